import { describe, expect, it } from 'vitest';
import { GLOBAL_OPTIONS, parseArgsOptions, REVIEW_OPTIONS, reviewOptionValues } from '../../src/review-options.js';
import { fastReviewArgs } from '../../src/review-fast.js';

describe('one table of review options for commander and the fast path', () => {
  it('the fast path reads every option of the table, and only those', () => {
    const table = parseArgsOptions();
    expect(Object.keys(table).sort()).toEqual([...REVIEW_OPTIONS, ...GLOBAL_OPTIONS].map((o) => (o.flags.split(' ')[0] as string).slice(2)).sort());
    for (const o of REVIEW_OPTIONS) expect(table[(o.flags.split(' ')[0] as string).slice(2)]?.type).toBe(o.flags.includes('<') ? 'string' : 'boolean');
  });

  it('gives the values commander gives: defaults, negated switches, values', () => {
    expect(reviewOptionValues({})).toEqual({ failOn: 'high', discover: true, fixes: true });
    expect(reviewOptionValues({ format: 'sarif', 'fail-on': 'none', 'no-discover': true, client: 'zed', 'no-fixes': true })).toEqual({ format: 'sarif', failOn: 'none', discover: false, client: 'zed', fixes: false });
  });

  it('an option added to the table reaches the fast path (every value option is read with its value)', () => {
    for (const o of REVIEW_OPTIONS.filter((x) => x.flags.includes('<'))) {
      const flag = o.flags.split(' ')[0] as string;
      expect(fastReviewArgs(['review', `${flag}=v`], {}), flag).toBeDefined();
      expect(fastReviewArgs(['review', flag], {}), `${flag} without a value goes to commander`).toBeUndefined();
    }
  });
});
