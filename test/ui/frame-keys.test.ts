import { describe, expect, it } from 'vitest';
import { keyHelpLines, keyLines } from '../../src/ui/components/Frame.js';

describe('key help that needs more lines than the frame gives it', () => {
  // At 40 columns the frame has two rows of key help; these key lines needed three, and the third
  // ("q back", "n start over") was cut off: the scenario brief of a run left halfway, and a wrong
  // answer to a lesson's last check before its exercise.
  const cases = [
    '↑↓ scroll · Enter: go on from decision 2 · n start over · q back',
    'r retry · a show answer · h hint · Enter: Exercise: Review a registry listing · q back',
  ];

  it.each(cases)('keeps every key on screen at 40 columns: %s', (keys) => {
    const lines = keyHelpLines(keys, 40, keyLines(40));
    expect(lines.length).toBeLessThanOrEqual(keyLines(40));
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    const shown = lines.join(' ');
    for (const key of ['q back', keys.includes('n start over') ? 'n start over' : 'r retry', 'Enter:']) expect(shown).toContain(key);
    // Only a label was shortened, with "…".
    expect(shown).toMatch(/Enter: \S.*…/);
  });

  it('leaves key help that fits alone', () => {
    expect(keyHelpLines('↑↓ scroll · Enter: decision 1 · q back', 40, 2)).toEqual(['↑↓ scroll · Enter: decision 1 · q back']);
    expect(keyHelpLines(cases[0]!, 80, keyLines(80))).toEqual([cases[0]]);
  });

  it('shortens the label at 80 columns too, where the frame has one row of key help', () => {
    // 85 characters: "q back" fell off the end at 80x24.
    expect(keyHelpLines(cases[1]!, 80, keyLines(80))).toEqual(['r retry · a show answer · h hint · Enter: Exercise: Review a registry… · q back']);
  });
});
