import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/core/review/edit-distance.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', 'ab')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('modelcontextprotocol', 'modelcontextprotoco1')).toBe(1);
    expect(editDistance('modelcontextprotocol', 'model-context-protocol')).toBe(2);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('github', 'gihtub')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });

  it('is symmetric', () => {
    expect(editDistance('supabase', 'supabsae')).toBe(editDistance('supabsae', 'supabase'));
    expect(editDistance('stripe', 'strapi')).toBe(editDistance('strapi', 'stripe'));
  });

  it('stops early past a limit', () => {
    expect(editDistance('modelcontextprotocol', 'lodash', 2)).toBe(3);
    expect(editDistance('abcdef', 'azcdef', 2)).toBe(1);
  });
});
