import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, runCli, tempHome } from '../helpers/cli.js';
import { TmuxTerminal } from '../helpers/tmux.js';

const terminals: TmuxTerminal[] = [];
afterEach(() => {
  for (const t of terminals.splice(0)) t.close();
});

const FIXTURE = readFileSync(join(process.cwd(), 'test/fixtures/review/mixed.mcp.json'), 'utf8');
const TOKEN = 'ghp_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7d';

/** A home folder with a Cursor config in it, and the folder the command runs in. */
function machine() {
  const home = tempHome();
  mkdirSync(join(home, '.cursor'), { recursive: true });
  writeFileSync(join(home, '.cursor', 'mcp.json'), FIXTURE);
  const cwd = join(home, 'work');
  mkdirSync(cwd);
  return { home, cwd };
}

function terminal(args: string, home: string, cwd: string, width: number, height: number, color: boolean): TmuxTerminal {
  const env: Record<string, string> = { MCP_OPERATOR_HOME: home, HOME: home, XDG_CONFIG_HOME: join(home, '.config') };
  if (!color) env.NO_COLOR = '1';
  const t = new TmuxTerminal(`sh -c 'cd "${cwd}" && exec node "${BIN}" ${args}'`, { width, height, env });
  terminals.push(t);
  return t;
}

const fits = (screen: string, width: number) => screen.split('\n').every((line) => line.length <= width);

describe('every top-level flow in a real terminal', () => {
  for (const [width, height] of [
    [80, 24],
    [40, 20],
  ] as const) {
    for (const color of [true, false]) {
      const label = `${width}x${height}${color ? '' : ' NO_COLOR'}`;

      it(`review: grouped findings, a finding expanded, its lesson, back, exit 1 (${label})`, async () => {
        const { home, cwd } = machine();
        const t = terminal('review', home, cwd, width, height, color);
        let screen = await t.waitFor((s) => s.includes('Config review'), 'the review screen');
        expect(screen).toContain('Cursor');
        expect(fits(screen, width)).toBe(true);
        t.keys('Enter');
        screen = await t.waitFor((s) => s.includes('Why it matters'), 'the expanded finding');
        expect(fits(screen, width)).toBe(true);
        expect(screen).not.toContain(TOKEN.slice(4, 12));
        t.keys('l');
        await t.waitFor((s) => !s.includes('Config review') && /Track \d/.test(s), 'the lesson');
        t.keys('q');
        await t.waitFor((s) => s.includes('Config review'), 'back to the review');
        t.keys('q');
        await t.waitFor((s) => s.includes('EXIT=1'), 'exit code 1 for high findings');
      });

      it(`course, scenario, plan and quiz open, fit the screen, take a key and leave cleanly (${label})`, async () => {
        const { home, cwd } = machine();
        const course = terminal('learn trust-before-install', home, cwd, width, height, color);
        let screen = await course.waitFor((s) => s.includes('q back') || s.includes('Enter'), 'the lesson reader');
        expect(fits(screen, width)).toBe(true);
        course.keys('PageDown', 'q');
        screen = await course.waitFor((s) => /^Course/.test(s), 'the course list');
        expect(fits(screen, width)).toBe(true);
        course.keys('q');
        screen = await course.waitFor((s) => s.includes('q quit'), 'the home screen');
        expect(fits(screen, width)).toBe(true);
        course.keys('q');
        await course.waitFor((s) => s.includes('EXIT=0'), 'leaving the course');

        const scenario = terminal('scenarios', home, cwd, width, height, color);
        screen = await scenario.waitFor((s) => s.includes('Enter'), 'the scenario list');
        expect(fits(screen, width)).toBe(true);
        scenario.keys('Enter');
        screen = await scenario.waitFor((s) => s.startsWith('Scenario:'), 'a scenario brief');
        expect(fits(screen, width)).toBe(true);
        scenario.keys('C-c');
        await scenario.waitFor((s) => s.includes('EXIT=130'), 'Ctrl-C leaves the scenario');

        const plan = terminal('plan', home, cwd, width, height, color);
        screen = await plan.waitFor((s) => /Question 1 of/.test(s) || /Deployment planning/.test(s), 'the first interview question');
        expect(fits(screen, width)).toBe(true);
        plan.keys('C-c');
        await plan.waitFor((s) => s.includes('EXIT=130'), 'Ctrl-C leaves the interview');

        const quiz = terminal('quiz --count 2', home, cwd, width, height, color);
        screen = await quiz.waitFor((s) => /Enter (choose|answer)|q back/.test(s), 'the quiz');
        expect(fits(screen, width)).toBe(true);
        quiz.keys('C-c');
        await quiz.waitFor((s) => s.includes('EXIT=130'), 'Ctrl-C leaves the quiz');
      });

      it(`progress from the home screen, then quit (${label})`, async () => {
        const { home, cwd } = machine();
        const t = terminal('', home, cwd, width, height, color);
        await t.waitFor((s) => s.includes('Quit'), 'the home screen');
        // Move down until the selected option is Progress (at 40 columns options wrap, so count nothing).
        for (let i = 0; i < 12 && !/› Progress/.test(t.screen()); i += 1) {
          t.keys('Down');
          await new Promise((r) => setTimeout(r, 120));
        }
        t.keys('Enter');
        const screen = await t.waitFor((s) => s.includes('q back') && s.includes('Progress'), 'the progress screen');
        expect(fits(screen, width)).toBe(true);
        t.keys('q');
        await t.waitFor((s) => s.includes('Quit'), 'home again');
        t.keys('q');
        await t.waitFor((s) => s.includes('EXIT=0'), 'a clean exit');
      });
    }
  }
});

describe('line mode with standard input from a pipe', () => {
  it('course: answers a check from the pipe and saves it, then says the input ended', async () => {
    const home = tempHome();
    const r = await runCli(['learn', 'trust-before-install', '--plain'], { home, input: '\n\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('input ended before the course did; your progress so far is saved');
  });

  it('review, progress and scenarios print text when stdin is a pipe', async () => {
    const { home, cwd } = machine();
    const env = { HOME: home, XDG_CONFIG_HOME: join(home, '.config') };
    const review = await runCli(['review', '--plain'], { home, cwd, env });
    expect(review.code).toBe(1);
    expect(review.stdout).toMatch(/^MCP config review: 1 file, 4 servers/);
    expect(review.stdout).not.toContain(TOKEN.slice(4, 12));
    const progress = await runCli(['progress'], { home, cwd, env });
    expect(progress.code).toBe(0);
    expect(progress.stdout).toContain('progress.json');
    const scenarios = await runCli(['scenarios'], { home, cwd, env });
    expect(scenarios.code).toBe(0);
    expect(scenarios.stdout.length).toBeGreaterThan(100);
  });

  it('plan --plain and quiz --plain read answers from the pipe and stop cleanly when it ends', async () => {
    const home = tempHome();
    const plan = await runCli(['plan', '--plain'], { home, input: 'my-server\n' });
    expect([0, 2, 130]).toContain(plan.code);
    expect(plan.stderr + plan.stdout).not.toMatch(/\n\s+at .*\.js/);
    const draft = JSON.parse((await runCli(['progress', '--json'], { home })).stdout) as Record<string, unknown>;
    expect(draft).toBeTypeOf('object');
    const quiz = await runCli(['quiz', '--plain', '--count', '3'], { home, input: '\n\n' });
    expect([0, 2, 130]).toContain(quiz.code);
    expect(quiz.stderr + quiz.stdout).not.toMatch(/\n\s+at .*\.js/);
  });
});
