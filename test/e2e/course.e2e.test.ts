import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, runCli, tempHome } from '../helpers/cli.js';
import { TmuxTerminal, hasTmux } from '../helpers/tmux.js';

const terminals: TmuxTerminal[] = [];
function terminal(args: string, home: string, options: { width?: number; height?: number; env?: Record<string, string> } = {}): TmuxTerminal {
  const t = new TmuxTerminal(`node ${BIN} ${args}`, { ...options, env: { MCP_OPERATOR_HOME: home, ...options.env } });
  terminals.push(t);
  return t;
}
afterEach(() => {
  for (const t of terminals.splice(0)) t.close();
});

interface LessonInfo {
  id: string;
  title: string;
}
async function firstLesson(home: string): Promise<LessonInfo> {
  const data = JSON.parse((await runCli(['lessons', '--json'], { home })).stdout);
  return data.tracks[0].lessons[0];
}

describe('the built CLI in a real terminal (tmux)', () => {
  it('tmux is installed (.ci/run installs it)', () => {
    expect(hasTmux()).toBe(true);
  });

  it('opens a lesson, answers a check, quits cleanly, and finds the progress on the next start', async () => {
    const home = tempHome();
    const lesson = await firstLesson(home);
    const t = terminal(`learn ${lesson.id}`, home);
    await t.waitFor((s) => s.includes(`› ${lesson.title.slice(0, 30)}`) && / 1-\d+ of \d+ \(/.test(s), 'the lesson reader');
    t.keys('PageDown', 'j', 'j');
    await t.waitFor((s) => / (\d+)-\d+ of \d+ \(/.test(s) && !/ 1-\d+ of \d+ \(/.test(s), 'scrolling');
    t.keys('Enter');
    await t.waitFor((s) => s.includes('Check 1 of') && s.includes(`Checking: ${lesson.title.slice(0, 20)}`), 'the first check');
    t.keys('Enter');
    const feedback = await t.waitFor((s) => /Correct\.|Not quite\./.test(s), 'feedback');
    expect(feedback).toMatch(/\(your\s+answer\)/);
    t.keys('q');
    await t.waitFor((s) => s.includes('Enter open'), 'the course list');
    // q in the course list a command opened goes to the home screen, not out of the program.
    t.keys('q');
    await t.waitFor((s) => s.includes('Quit') && s.includes('q quit'), 'the home screen');
    t.keys('q');
    const after = await t.waitFor((s) => s.includes('EXIT=0'), 'a clean exit');
    // The alternate screen is gone: none of the TUI is left on the terminal.
    expect(after).not.toContain('Enter open');

    const stored = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8'));
    expect(Object.keys(stored.lessons[lesson.id].checks)).toHaveLength(1);
    expect(stored.lessons[lesson.id].position).toBeGreaterThan(0);

    const again = terminal('', home);
    const home2 = await again.waitFor((s) => s.includes('Continue:'), 'the home screen');
    expect(home2).toContain(`Continue: ${lesson.title.slice(0, 40)}`);
    again.keys('Enter');
    const resumed = await again.waitFor((s) => s.includes(`› ${lesson.title.slice(0, 30)}`) && / \d+-\d+ of \d+ \(/.test(s), 'the lesson at its saved position');
    expect(resumed).not.toMatch(/ 1-\d+ of \d+ \(/);
    again.keys('C-c');
    await again.waitFor((s) => s.includes('EXIT=130'), 'Ctrl-C exit code');
  });

  it('works at 40x20 and without colour, and re-renders on resize', async () => {
    const home = tempHome();
    const lesson = await firstLesson(home);
    const t = terminal(`learn ${lesson.id}`, home, { width: 40, height: 20, env: { NO_COLOR: '1' } });
    const narrow = await t.waitFor((s) => s.includes('PgUp') && s.includes('After this lesson'), 'the reader at 40 columns');
    for (const line of narrow.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    t.resize(90, 24);
    await t.waitFor((s) => s.split('\n').some((line) => line.length > 60), 'the reader re-rendered wider');
    t.keys('q');
    await t.waitFor((s) => s.includes('Enter open'), 'the course list');
    t.keys('Escape');
    await t.waitFor((s) => s.includes('q quit'), 'the home screen');
    t.keys('Escape');
    await t.waitFor((s) => s.includes('EXIT=0'), 'a clean exit');
  });

  it('line mode (--plain) runs a lesson in a terminal', async () => {
    const home = tempHome();
    const lesson = await firstLesson(home);
    const t = terminal(`learn ${lesson.id} --plain`, home);
    await t.waitFor((s) => s.includes('Continue to Check 1'), 'the first prompt');
    t.keys('Enter');
    await t.waitFor((s) => s.includes('Your answer (A-'), 'the check prompt');
    t.keys('a', 'Enter');
    await t.waitFor((s) => /Correct\.|Not quite\./.test(s), 'feedback');
    t.keys('C-c');
    await t.waitFor((s) => s.includes('EXIT=130'), 'Ctrl-C exit code');
    const stored = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8'));
    expect(Object.keys(stored.lessons[lesson.id].checks)).toHaveLength(1);
  });

  it('plays a scenario to its debrief and keeps the run', async () => {
    const home = tempHome();
    const list = JSON.parse((await runCli(['scenarios', '--json'], { home })).stdout);
    const scenario = list.scenarios[0] as { id: string; title: string; decisions: number };
    expect(scenario).toBeDefined();
    const t = terminal(`scenarios ${scenario.id}`, home);
    await t.waitFor((s) => s.includes('Enter: decision 1') && / 1-\d+ of \d+ \(|Scenario ·/.test(s), 'the situation');
    t.keys('Enter');
    for (let i = 1; i <= scenario.decisions; i += 1) {
      await t.waitFor((s) => s.includes(`Decision ${i} of ${scenario.decisions}`) && s.includes('Enter choose'), `decision ${i}`);
      t.keys('Enter');
      await t.waitFor((s) => s.includes('Why:') || s.includes('You chose:'), `feedback ${i}`);
      t.keys('Enter');
    }
    await t.waitFor((s) => s.includes('Debrief') || s.includes('back to the scenarios'), 'the debrief');
    t.keys('Enter');
    await t.waitFor((s) => s.includes('Enter play'), 'the scenario list');
    t.keys('q');
    await t.waitFor((s) => s.includes('q quit'), 'the home screen');
    t.keys('q');
    await t.waitFor((s) => s.includes('EXIT=0'), 'a clean exit');
    const stored = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8'));
    const runs = stored.scenarios[scenario.id].runs;
    expect(runs).toHaveLength(1);
    expect(Object.keys(runs[0].choices)).toHaveLength(scenario.decisions);
    expect(runs[0].finishedAt).toBeDefined();
  });

  it('runs the planning interview, resumes after Ctrl-C with every answer kept, and writes the plan', async () => {
    const home = tempHome();
    const t = terminal('plan', home);
    await t.waitFor((s) => s.includes('Which server is this?'), 'the first question');
    t.keys('acme-files');
    await t.waitFor((s) => s.includes('acme-files'), 'the typed name');
    t.keys('Enter');
    await t.waitFor((s) => s.includes('Who publishes the server?') && s.includes('Why we ask'), 'the second question');
    t.keys('Down', 'Enter');
    await t.waitFor((s) => s.includes('Which exact version'), 'the version question');
    t.keys('C-c');
    const left = await t.waitFor((s) => s.includes('EXIT=130'), 'Ctrl-C exit code');
    expect(left).toContain('Interview paused; your answers are kept.');
    const draft = JSON.parse(readFileSync(join(home, 'plans', 'interview-draft.json'), 'utf8'));
    expect(draft.answers).toEqual({ server: 'acme-files', source: 'vendor' });

    const again = terminal('plan', home);
    // The draft is offered, not resumed silently: Enter takes "Resume".
    await again.waitFor((s) => s.includes('An interview in progress was found') && s.includes('Resume: keep the 2 answers'), 'the resume choice');
    again.keys('Enter');
    await again.waitFor((s) => s.includes('Which exact version') && s.includes('Question 3 of'), 'the resumed interview');
    again.keys('?');
    await again.waitFor((s) => /^› \?/m.test(s), 'the typed ?');
    again.keys('Enter');
    // Every remaining question: take the highlighted answer (or, for text, "don't know").
    for (let i = 0; i < 20; i += 1) {
      const screen = await again.waitFor((s) => s.includes('Plan: acme-files') || s.includes('Question'), 'a question or the plan');
      if (screen.includes('Plan: acme-files')) break;
      if (screen.includes('How do updates reach you?')) again.keys('Down', 'Down', 'Down');
      if (screen.includes("? don't know")) {
        again.keys('?');
        await again.waitFor((s) => /^› \?/m.test(s), 'the typed ?');
      }
      again.keys('Enter');
      await new Promise((r) => setTimeout(r, 150));
    }
    const preview = await again.waitFor((s) => s.includes('decision:'), 'the plan preview');
    expect(preview).toMatch(/Rating (info|low|medium|high|critical)/);
    expect(preview).toContain('MCP-R02');
    again.keys('Enter');
    await again.waitFor((s) => s.includes('Triggered by'), 'an expanded finding');
    again.keys('q');
    await again.waitFor((s) => s.includes('EXIT=0'), 'a clean exit');
    const plan = JSON.parse(readFileSync(join(home, 'plans', 'acme-files.json'), 'utf8'));
    expect(plan).toMatchObject({ server: 'acme-files', schema: 'mcp-operator/plan@1' });
    expect(readFileSync(join(home, 'plans', 'acme-files.md'), 'utf8')).toContain('# Deployment plan: acme-files');
    const progress = JSON.parse((await runCli(['progress', '--json'], { home })).stdout);
    expect(progress.plans.map((p: { server: string }) => p.server)).toEqual(['acme-files']);
  });

  it('takes a focused quiz, keeps the attempt and shows scores; quiz --json prints it', async () => {
    const home = tempHome();
    const t = terminal('quiz --areas isolation --count 2', home);
    await t.waitFor((s) => s.includes('Where do you run MCP servers?'), 'the environment question');
    t.keys('Down', 'Enter');
    await t.waitFor((s) => s.includes('Feedback after each item'), 'the feedback choice');
    t.keys('Enter');
    for (let i = 1; i <= 2; i += 1) {
      await t.waitFor((s) => s.includes(`Item ${i} of 2`) && s.includes('Enter answer'), `item ${i}`);
      t.keys('Enter');
      await t.waitFor((s) => s.includes('How sure are you?'), 'the confidence question');
      t.keys('Enter');
      await t.waitFor((s) => /Correct\.|Not quite\./.test(s), 'feedback');
      t.keys('Enter');
    }
    const result = await t.waitFor((s) => s.includes('results'), 'the results');
    expect(result).toMatch(/\d of 2 items right/);
    expect(result).toContain('Isolation');
    t.keys('q');
    await t.waitFor((s) => s.includes('EXIT=0'), 'a clean exit');
    const json = JSON.parse((await runCli(['quiz', '--json'], { home })).stdout);
    expect(json.result).toMatchObject({ asked: 2, environment: 'dev-laptop', areas: [expect.objectContaining({ area: 'isolation' })] });
  });
});
