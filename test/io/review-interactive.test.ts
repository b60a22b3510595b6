import { describe, expect, it } from 'vitest';
import { reviewIsInteractive } from '../../src/io/review-interactive.js';

describe('reviewIsInteractive: the review opens its screen only in a terminal, both ways, with nothing to print', () => {
  const both = { stdin: () => true, stdout: () => true };
  it('opens with no --format, not line mode, a terminal both ways and no config on stdin', () => {
    expect(reviewIsInteractive(undefined, false, ['a.json'], both)).toBe(true);
  });
  it('asks the terminal only when the options leave the screen open', () => {
    let asked = 0;
    const counting = { stdin: () => (asked += 1) > 0, stdout: () => (asked += 1) > 0 };
    for (const [format, plain, paths] of [['json', false, []], [undefined, true, []], [undefined, false, ['-']]] as const) reviewIsInteractive(format, plain, paths, counting);
    expect(asked).toBe(0);
  });
  it('prints otherwise', () => {
    expect(reviewIsInteractive('text', false, [], both)).toBe(false);
    expect(reviewIsInteractive(undefined, true, [], both)).toBe(false);
    expect(reviewIsInteractive(undefined, false, ['-'], both)).toBe(false);
    expect(reviewIsInteractive(undefined, false, [], { stdin: () => false, stdout: () => true })).toBe(false);
    expect(reviewIsInteractive(undefined, false, [], { stdin: () => true, stdout: () => false })).toBe(false);
  });
});
