/** Issue 16.5 in a real terminal: line mode reads typed lines, wraps at word boundaries, and writes only text into a pipe. */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, tempHome } from '../helpers/cli.js';
import { TmuxTerminal } from '../helpers/tmux.js';

const terminals: TmuxTerminal[] = [];
afterEach(() => {
  for (const t of terminals.splice(0)) t.close();
});

function terminal(command: string, home: string, width: number, height: number): TmuxTerminal {
  const t = new TmuxTerminal(`sh -c '${command}'`, { width, height, env: { MCP_OPERATOR_HOME: home, HOME: home } });
  terminals.push(t);
  return t;
}

describe('line mode in a terminal', () => {
  it('at 40 columns: lettered options, a typed answer, no word cut at the edge', async () => {
    const home = tempHome();
    const t = terminal(`node "${BIN}" --plain learn rate-the-risk`, home, 40, 20);
    await t.waitFor((s) => s.includes('Continue to Check 1 of 4? (Y/n)'), 'the first question');
    t.keys('y', 'Enter');
    const screen = await t.waitFor((s) => /^ {2}D\. /m.test(s) && s.includes('q to stop the lesson):'), 'the options and the question');
    // The question is wrapped at a word boundary by the tool, not cut by the terminal.
    expect(screen).toMatch(/^Your answer \(A-D; h for a hint,$/m);
    t.keys('2', 'Enter');
    await t.waitFor((s) => s.includes('(your answer)') || s.includes('(your'), 'feedback');
    t.keys('q', 'Enter');
    await t.waitFor((s) => s.includes('EXIT=0'), 'the end');
    const stored = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8'));
    expect(Object.keys(stored.lessons['rate-the-risk'].checks)).toHaveLength(1);
  });

  it('with output into a pipe: only text, no escape codes, though the keyboard is a terminal', async () => {
    const home = tempHome();
    const out = join(home, 'out.txt');
    const t = terminal(`node "${BIN}" --plain learn rate-the-risk | tee "${out}"`, home, 80, 24);
    await t.waitFor((s) => s.includes('Continue to Check 1 of 4? (Y/n)'), 'the first question');
    t.keys('y', 'Enter');
    await t.waitFor((s) => s.includes('Your answer (A-D'), 'the check');
    t.keys('4', 'Enter');
    await t.waitFor((s) => s.includes('Continue to Check 2 of 4?'), 'the next question');
    t.keys('n', 'Enter');
    await t.waitFor((s) => s.includes('EXIT=0'), 'the end');
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('Your answer (A-D; h for a hint, q to stop the lesson):');
    expect(text).toMatch(/[✓✗] D\. /);
    expect(text).not.toMatch(/\u001B/);
  });
});
