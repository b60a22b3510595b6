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

describe('perEntry answers kept on the entry', () => {
  it('keeps an undefined answer, is invisible to JSON and keys, and serves a spread copy until its command changes', () => {
    let calls = 0;
    const nothing = perEntry((e: { command?: string; args: string[] }) => {
      calls += 1;
      return e.command === 'docker' ? 'container' : undefined;
    });
    const entry = { command: 'npx', args: ['-y', 'a'] };
    expect(nothing(entry)).toBeUndefined();
    expect(nothing(entry)).toBeUndefined();
    expect(calls).toBe(1);
    expect(JSON.stringify(entry)).toBe('{"command":"npx","args":["-y","a"]}');
    expect(Object.keys(entry)).toEqual(['command', 'args']);
    const copy = { ...entry, env: {} };
    expect(nothing(copy)).toBeUndefined();
    expect(calls).toBe(1);
    const other = { ...entry, command: 'docker' };
    expect(nothing(other)).toBe('container');
    expect(nothing(entry)).toBeUndefined();
    expect(calls).toBe(2);
  });

  it('keeps the answers of different questions apart on one entry', () => {
    const first = perEntry((e: { command?: string; args: string[] }) => `first ${e.command}`);
    const second = perEntry((e: { command?: string; args: string[] }) => `second ${e.args.length}`);
    const entry = { command: 'uvx', args: ['x'] };
    expect([first(entry), second(entry), first(entry), second(entry)]).toEqual(['first uvx', 'second 1', 'first uvx', 'second 1']);
  });
});
