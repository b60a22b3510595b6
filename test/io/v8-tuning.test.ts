import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FLAGS, LARGE_REVIEW_BYTES, restoreCompilerDefaults, SHORT_RUN_FLAGS, tuneForLargeReview } from '../../src/io/v8-tuning.js';

describe('tuneForLargeReview', () => {
  it('leaves V8 alone for a typical config and asks it not to inline for a large one', () => {
    const asked: string[] = [];
    expect(tuneForLargeReview(4_000, (f) => asked.push(f))).toBe(false);
    expect(tuneForLargeReview(LARGE_REVIEW_BYTES - 1, (f) => asked.push(f))).toBe(false);
    expect(asked).toEqual([]);
    expect(tuneForLargeReview(LARGE_REVIEW_BYTES, (f) => asked.push(f))).toBe(true);
    expect(asked).toEqual([SHORT_RUN_FLAGS]);
    expect(SHORT_RUN_FLAGS).toContain('--no-turbo-inlining');
  });

  it('sets flags this Node accepts at run time (an unknown flag would be reported on stderr)', () => {
    const r = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(SHORT_RUN_FLAGS)}); console.log(typeof require('node:v8').setFlagsFromString)`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('function');
  });

  it('puts back exactly the settings it changed, once, and nothing when it changed none', () => {
    restoreCompilerDefaults(() => undefined); // whatever an earlier test left
    const asked: string[] = [];
    expect(restoreCompilerDefaults((f) => asked.push(f))).toBe(false);
    tuneForLargeReview(LARGE_REVIEW_BYTES - 1, () => undefined);
    expect(restoreCompilerDefaults((f) => asked.push(f))).toBe(false);
    tuneForLargeReview(LARGE_REVIEW_BYTES, () => undefined);
    expect(restoreCompilerDefaults((f) => asked.push(f))).toBe(true);
    expect(restoreCompilerDefaults((f) => asked.push(f))).toBe(false);
    expect(asked).toEqual([DEFAULT_FLAGS]);
    expect(DEFAULT_FLAGS.split(' ')).toEqual(SHORT_RUN_FLAGS.split(' ').map((f) => f.replace(/^--no-/, '--')));
  });
});
