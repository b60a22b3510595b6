import { describe, expect, it } from 'vitest';
import { compareIds } from '../../../src/core/text/compare.js';
import { realKnowledge } from '../../helpers/knowledge.js';

describe('compareIds', () => {
  it('orders ids as localeCompare does for every server and tool id of the knowledge base', () => {
    const k = realKnowledge();
    const ids = [...k.servers.map((s) => s.id), ...k.tools.map((t) => t.id), 'a-b', 'ab', 'a1', 'a-1', 'mcp-2', 'mcp-10'];
    expect([...ids].sort(compareIds)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it('is a total order: equal ids compare 0, and the sign flips with the arguments', () => {
    expect(compareIds('github', 'github')).toBe(0);
    expect(compareIds('fetch', 'filesystem')).toBeLessThan(0);
    expect(compareIds('filesystem', 'fetch')).toBeGreaterThan(0);
  });
});
