import { describe, expect, it } from 'vitest';
import { perEntry } from '../../../src/core/review/per-entry.js';

describe('perEntry', () => {
  it('works an entry out once, and again when its command, args or url are other values', () => {
    let calls = 0;
    const words = perEntry((e: { command?: string; args: string[]; url?: string }) => (calls += 1, [e.command, ...e.args, e.url]));
    const entry: { command?: string; args: string[]; url?: string } = { command: 'npx', args: ['-y', 'a'] };
    expect(words(entry)).toEqual(['npx', '-y', 'a', undefined]);
    words(entry);
    expect(calls).toBe(1);
    entry.args = ['-y', 'b'];
    expect(words(entry)).toEqual(['npx', '-y', 'b', undefined]);
    entry.url = 'https://x';
    expect(words(entry)[3]).toBe('https://x');
    expect(words({ command: 'npx', args: entry.args, url: 'https://x' })).toEqual(['npx', '-y', 'b', 'https://x']);
    expect(calls).toBe(4);
  });
});
