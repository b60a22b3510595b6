/**
 * Issue 16.5: line mode is a true line interface. Answers piped in are read as whole lines, one
 * question at a time; every choice is a numbered (or lettered) list; words are never cut; output
 * that is not a terminal carries no escape codes (colour left on: NO_COLOR is unset here).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../helpers/cli.js';
import { loadCatalogue } from '../../src/io/content-loader.js';
import { optionOrder } from '../../src/core/course/grading.js';
import { renderInline } from '../../src/core/text/inline.js';

const COLOUR = { NO_COLOR: '' };
const ESC = /\u001B/;

/** Every word of `text` is on one line of `out`: none was cut in two. */
function wordsWhole(out: string, text: string): string[] {
  const lines = out.split('\n');
  return renderInline(text)
    .split(/\s+/)
    .filter((w) => w.length > 3)
    .filter((w) => !lines.some((l) => l.includes(w)));
}

describe('line mode from a pipe', () => {
  it("printf 'y\\n2\\n' | mcp-operator --plain learn rate-the-risk answers check 1 with option 2", async () => {
    const home = tempHome();
    const r = await runCli(['--plain', 'learn', 'rate-the-risk'], { home, input: 'y\n2\n', env: COLOUR });
    expect(r.stdout).not.toMatch(ESC);
    expect(r.stdout).toContain('Continue to Check 1 of 4? (Y/n): y');
    expect(r.stdout).toMatch(/^ {2}A\. .+\n {2}B\. .+\n {2}C\. .+\n {2}D\. .+\n/m);
    expect(r.stdout).toContain('Your answer (A-D; h for a hint, q to stop the lesson): 2');
    expect(r.stdout).toMatch(/[✓✗] B\. /);
    // The answers ran out at the next question: that is said, and what was answered is kept.
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mcp-operator: input ended before the course did; your progress so far is saved\n');
    const catalogue = await loadCatalogue();
    const lesson = catalogue.lessons.find((l) => l.id === 'rate-the-risk')!;
    const check = lesson.checks[0]!;
    const stored = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8'));
    expect(stored.lessons['rate-the-risk'].checks[check.id]).toMatchObject({ answer: optionOrder(check, lesson.id)[1], attempts: 1 });
    // Lines fit 80 columns and no word is cut in two.
    for (const line of r.stdout.split('\n')) if (!/https?:\/\//.test(line)) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(wordsWhole(r.stdout, check.question)).toEqual([]);
    for (const o of check.options) expect(wordsWhole(r.stdout, o.text)).toEqual([]);
  });

  it('a whole check: a wrong answer, retry, the right one by letter', async () => {
    const catalogue = await loadCatalogue();
    const lesson = catalogue.lessons.find((l) => l.id === 'rate-the-risk')!;
    const check = lesson.checks[0]!;
    const order = optionOrder(check, lesson.id);
    const rightAt = order.findIndex((i) => check.options[i]?.correct === true);
    const wrongAt = order.findIndex((i) => check.options[i]?.correct !== true);
    const input = ['y', String(wrongAt + 1), '', 'ABCD'[rightAt]!.toLowerCase(), 'n'].join('\n') + '\n';
    const r = await runCli(['--plain', 'learn', 'rate-the-risk'], { home: tempHome(), input, env: COLOUR });
    expect(r.stdout).not.toMatch(ESC);
    expect(r.stdout).toContain('✗ Not quite.');
    expect(r.stdout).toContain('What now? (1-3; Enter for 1, q to stop the lesson):');
    expect(r.stdout).toContain('✓ Correct.');
    expect(r.stdout).toContain('Continue to Check 2 of 4? (Y/n): n');
    expect(r.code).toBe(0);
  });

  it('a scenario left after its first decision goes on from the second', async () => {
    const home = tempHome();
    const first = await runCli(['--plain', 'scenarios', 'community-database'], { home, input: 'y\n1\nn\n', env: COLOUR });
    expect(first.code).toBe(0);
    expect(first.stdout).not.toMatch(ESC);
    expect(first.stdout).toMatch(/Your choice \(1-\d; q to stop \(your choices so far are kept\)\): 1/);
    const again = await runCli(['--plain', 'scenarios', 'community-database'], { home, input: 'y\n2\n', env: COLOUR });
    expect(again.stdout).toContain('You left this scenario after decision 1. Go on from decision 2? (Y/n): y');
    expect(again.stdout).toContain('Decision 2 of 4');
    expect(again.stdout).not.toContain('Decision 1 of 4');
    const runs = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')).scenarios['community-database'].runs;
    expect(runs).toHaveLength(1);
    expect(Object.keys(runs[0].choices)).toHaveLength(2);
  });

  it('a quiz: numbered environment and feedback, lettered answers, the result with how it was reached', async () => {
    const r = await runCli(['quiz', '--plain', '--areas', 'isolation', '--count', '2'], { home: tempHome(), input: '4\n1\na\n1\nb\n2\n', env: COLOUR });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ESC);
    expect(r.stdout).toContain('Where do you run MCP servers? (it sets the level to aim for) (1-5): 4');
    expect(r.stdout).toMatch(/Your answer \(A-[D-H]; q to stop \(answers given are kept\)\): a/);
    expect(r.stdout).toContain('How sure are you? (1-2; q to stop (answers given are kept)): 1');
    expect(r.stdout).toMatch(/Result: \d of 2 items right/);
    expect(r.stdout).toContain('Target level 2.5 in every area: the level for servers shared by a team');
    expect(r.stdout).toMatch(/\d of 2 items right at levels? [\d, and]+: a rough estimate/);
    expect(r.stdout).not.toMatch(/\(s\)|\b1 items\b/);
  });

  it('a quiz keeps every line within 80 columns, the target level included', async () => {
    // "Target level 1 in every area: the level for only sandboxes and experiments (the environment
    // saved with your progress)." was written as one 119-character line.
    const r = await runCli(['quiz', '--plain', '--count', '1'], { home: tempHome(), input: '1\n1\na\n1\n', env: COLOUR });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Target level 1 in every area');
    for (const line of r.stdout.split('\n')) if (!/https?:\/\//.test(line)) expect([...line].length, line).toBeLessThanOrEqual(80);
  });

  it('the interview: < goes back, Enter keeps the earlier answer, numbers mark a multi-choice, q pauses', async () => {
    const home = tempHome();
    const input = ['acme-files', '2', '<', '', '1.0.0', '1 3', 'q', 'y'].join('\n') + '\n';
    const r = await runCli(['plan', '--plain'], { home, input, env: COLOUR });
    expect(r.stdout).not.toMatch(ESC);
    expect(r.stdout).toContain('Question 1 of');
    expect(r.stdout).toMatch(/Question 2 of \d+[\s\S]*Question 3 of \d+[\s\S]*Question 2 of \d+[\s\S]*Enter for 2/);
    expect(r.stdout).toContain('The numbers of all that apply, e.g. 1 3');
    expect(r.stdout).toMatch(/Pause the interview\? 4 answers given, all kept\. \(Y\/n\): y/);
    const draft = JSON.parse(readFileSync(join(home, 'plans', 'interview-draft.json'), 'utf8'));
    expect(draft.answers).toEqual({ server: 'acme-files', source: 'vendor', version: '1.0.0', capabilities: ['read-only', 'network-egress'] });
  });

  it('the home menu is numbered, has the config review, and ends as Quit when the input ends', async () => {
    const home = tempHome();
    const r = await runCli(['--plain'], { home, input: '6\n', env: { ...COLOUR, HOME: home, XDG_CONFIG_HOME: join(home, '.config') } });
    expect(r.stdout).not.toMatch(ESC);
    expect(r.stdout).toMatch(/^ {3}6\. Review my MCP client configs/m);
    expect(r.stdout).toContain('What next? (1-10; q to quit): 6');
    expect(r.stdout).toContain('Review of your MCP client configs');
    expect(r.stdout).toMatch(/MCP config review: \d+ files?/);
    // The input ends at the menu after the review: it says so, and leaves as Quit would.
    expect(r.stdout).toContain('Input ended at the menu: leaving as Quit would. Your progress is saved.');
    expect(r.code).toBe(0);
  });

  it('--help says what line mode is', async () => {
    const r = await runCli(['--help'], { home: tempHome() });
    const help = r.stdout.replace(/\s+/g, ' ');
    expect(help).toContain('--plain line mode: plain text, every choice a numbered list answered with a typed line');
    expect(help).toContain('Answers can be piped in, one a line');
    expect(help).not.toContain('numbered prompts instead of');
  });
});
