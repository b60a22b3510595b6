import React from 'react';
import { describe, expect, it } from 'vitest';
import { render } from 'ink-testing-library';
import { ChoiceList } from '../../src/ui/components/ChoiceList.js';
import { KEY, press, waitForFrame } from '../helpers/ui.js';

/** A question of twelve lines over four choices, in eight rows: the question and the first choice do not fit together. */
const lead = Array.from({ length: 12 }, (_, i) => `Question line ${i + 1}`);
const choices = ['A. first answer', 'B. second answer', 'C. third answer', 'D. fourth answer'].map((label, i) => ({ label, value: String(i) }));

describe('ChoiceList with a question longer than its rows (issue 16.1)', () => {
  it('↑ on the first choice scrolls back to the start of the question, and ↓ goes on to the choices', async () => {
    const picked: string[] = [];
    const app = render(<ChoiceList choices={choices} width={40} height={8} lead={lead} onSelect={(v) => picked.push(v)} />);
    const first = await waitForFrame(app.lastFrame, (t) => t.includes('A. first answer'));
    expect(first).not.toContain('Question line 1\n');
    expect(first).toMatch(/↑ more/);
    // More presses than hidden rows: the window stops at the first line.
    for (let i = 0; i < 16; i += 1) await press(app.stdin, KEY.up);
    const start = await waitForFrame(app.lastFrame, (t) => t.includes('Question line 1\n'));
    expect(start.split('\n')[0]).toBe('Question line 1');
    await press(app.stdin, KEY.down);
    const second = await waitForFrame(app.lastFrame, (t) => /^› B\. second answer/m.test(t));
    expect(second).toContain('B. second answer');
    await press(app.stdin, KEY.enter);
    expect(picked).toEqual(['1']);
    app.unmount();
  });
});
