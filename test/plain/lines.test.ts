import { describe, expect, it } from 'vitest';
import { choiceIndex, parseNumbers } from '../../src/plain/lines.js';

describe('answers read as lines', () => {
  it('a choice is its number, or its letter where options are lettered', () => {
    expect(choiceIndex('2', 4)).toBe(1);
    expect(choiceIndex('5', 4)).toBeUndefined();
    expect(choiceIndex('0', 4)).toBeUndefined();
    expect(choiceIndex('b', 4)).toBeUndefined();
    expect(choiceIndex('b', 4, true)).toBe(1);
    expect(choiceIndex('D', 4, true)).toBe(3);
    expect(choiceIndex('e', 4, true)).toBeUndefined();
  });

  it('several numbers: spaces, commas and ranges; 0 or nothing for none; anything else is refused', () => {
    expect(parseNumbers('1 3', 5)).toEqual([0, 2]);
    expect(parseNumbers('1,3, 5', 5)).toEqual([0, 2, 4]);
    expect(parseNumbers('2-4', 5)).toEqual([1, 2, 3]);
    expect(parseNumbers('3 3', 5)).toEqual([2]);
    expect(parseNumbers('', 5)).toEqual([]);
    expect(parseNumbers('0', 5)).toEqual([]);
    expect(parseNumbers('6', 5)).toBeUndefined();
    expect(parseNumbers('1 x', 5)).toBeUndefined();
    expect(parseNumbers('4-2', 5)).toBeUndefined();
  });
});
