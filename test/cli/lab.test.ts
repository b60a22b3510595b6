import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempHome } from '../helpers/cli.js';

const LAB = 'vscode-token-input';
const SOLUTION = join(process.cwd(), 'lessons', '2-deployment', 'labs', LAB, 'solution');

describe('labs', () => {
  it('--json lists at least 12 labs across the four tracks, with lesson, track and status', async () => {
    const home = tempHome();
    const result = await runCli(['labs', '--json'], { home });
    expect(result.code).toBe(0);
    const { labs, summary } = JSON.parse(result.stdout) as { labs: Array<{ id: string; lesson: string; track: number; status: string; files: string[] }>; summary: { labs: number; tracks: number[] } };
    expect(labs.length).toBeGreaterThanOrEqual(12);
    expect(summary.tracks).toEqual([1, 2, 3, 4]);
    expect(labs.every((l) => l.status === 'not-started' && l.lesson && l.files.length > 0)).toBe(true);
    const lessons = JSON.parse((await runCli(['lessons', '--json'], { home })).stdout).tracks.flatMap((t: { number: number; lessons: Array<{ id: string }> }) => t.lessons.map((l) => ({ id: l.id, track: t.number })));
    for (const lab of labs) expect(lessons.find((l: { id: string }) => l.id === lab.lesson)?.track).toBe(lab.track);
  });

  it('prints a list without a terminal', async () => {
    const result = await runCli(['labs'], { home: tempHome() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Track 4: ');
    expect(result.stdout).toContain(`${LAB}  [not started]`);
    expect(result.stdout).not.toMatch(/\u001B\[/);
  });
});

describe('lab --init and --check, without a terminal', () => {
  it('writes the starting files, grades them (exit 1), then the fixed files (exit 0), and keeps the pass in progress', async () => {
    const home = tempHome();
    const dir = join(home, 'ws');
    const init = await runCli(['lab', LAB, '--init', '--dir', dir], { home });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(`into ${dir}`);
    expect(existsSync(join(dir, '.vscode', 'mcp.json'))).toBe(true);
    const first = await runCli(['lab', LAB, '--check', '--dir', dir], { home });
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('✗ not yet  github: no "Credential written into the config file" finding (MCPR-SEC-001)');
    expect(first.stdout).toMatch(/\.vscode\/mcp\.json:\d+: github has a literal credential/);
    expect(first.stdout).toContain('1 of 3 goals pass.');
    expect(first.stdout).not.toMatch(/ghp_[A-Za-z0-9]{8}/);
    cpSync(SOLUTION, dir, { recursive: true });
    const second = await runCli(['lab', LAB, '--check', '--dir', dir], { home });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('All 3 goals pass: lab passed (saved in your progress after 1 check).');
    const progress = JSON.parse((await runCli(['progress', '--json'], { home })).stdout);
    expect(progress.labs).toEqual([expect.objectContaining({ id: LAB, passed: true, checks: 1, checksToPass: 1, passedAt: expect.stringMatching(/^\d{4}-/) })]);
    const listed = JSON.parse((await runCli(['labs', '--json'], { home })).stdout).labs.find((l: { id: string }) => l.id === LAB);
    expect(listed).toMatchObject({ status: 'passed', checksToPass: 1 });
  });

  it('--init --solution writes the reference solution, which passes', async () => {
    const home = tempHome();
    const dir = join(home, 'ws');
    expect((await runCli(['lab', 'harden-docker-run', '--init', '--solution', '--dir', dir], { home })).code).toBe(0);
    expect(readFileSync(join(dir, 'run-server.sh'), 'utf8')).toContain('--cap-drop ALL');
    expect((await runCli(['lab', 'harden-docker-run', '--check', '--dir', dir], { home })).code).toBe(0);
  });

  it('never overwrites the learner\'s work: --init into a folder holding other content stops with exit 2', async () => {
    const home = tempHome();
    const dir = join(home, 'ws');
    mkdirSync(join(dir, '.vscode'), { recursive: true });
    writeFileSync(join(dir, '.vscode', 'mcp.json'), '{"mine": true}');
    const result = await runCli(['lab', LAB, '--init', '--dir', dir], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/already holds \.vscode\/mcp\.json with other content; nothing was written/);
    expect(readFileSync(join(dir, '.vscode', 'mcp.json'), 'utf8')).toBe('{"mine": true}');
  });

  it.each([
    [['lab', 'no-such-lab', '--check'], /no lab "no-such-lab" \(see mcp-operator labs\)/],
    [['lab', '--check'], /say which lab/],
    [['lab', LAB, '--solution'], /--solution goes with --init/],
    [['lab', LAB, '--init', '--check'], /not both/],
    [['lab', LAB, '--check', '--dir', '/nonexistent/lab/dir'], /no workspace at \/nonexistent\/lab\/dir: write the starting files first/],
    [['lab', LAB], /the lab needs a terminal, but standard input is not one; use --plain/],
  ])('bad use %j: one line, exit 2', async (args, message) => {
    const result = await runCli(args, { home: tempHome() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('lab in line mode', () => {
  it('from a pipe: Enter re-checks, h shows a hint, s stays shut, r asks, q leaves', async () => {
    const home = tempHome();
    const dir = join(home, 'ws');
    expect((await runCli(['lab', LAB, '--init', '--dir', dir], { home })).code).toBe(0);
    const result = await runCli(['--plain', 'lab', LAB, '--dir', dir], { home, input: ['', 'h', 's', 'r', 'n', 'q', ''].join('\n') });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Lab: Move a GitHub token into a VS Code input variable');
    expect(result.stdout).toContain('1 of 3 goals pass.');
    expect(result.stdout).toContain('No change since the last check.');
    expect(result.stdout).toMatch(/Hint 1 of 3: VS Code can ask you/);
    expect(result.stdout).toContain('The solution opens once every goal passes');
    expect(result.stdout).toContain('Nothing was restored.');
    expect(result.stdout).not.toMatch(/\u001B\[/);
    expect(result.stdout).not.toMatch(/ghp_[A-Za-z0-9]{8}/);
    const progress = JSON.parse((await runCli(['progress', '--json'], { home })).stdout);
    expect(progress.labs[0]).toMatchObject({ id: LAB, hints: 1, passed: false });
  });
});

describe('check-content on labs', () => {
  it('fails, naming the lab and the goal, when a lab\'s solution does not solve it or a start already passes', async () => {
    const root = tempHome();
    for (const folder of ['lessons', 'scenarios', 'quiz', 'servers', 'advisories', 'toolbox']) cpSync(join(process.cwd(), folder), join(root, folder), { recursive: true });
    const labDir = join(root, 'lessons', '2-deployment', 'labs', LAB);
    // The reference solution replaced by the starting file: nothing solves it any more.
    cpSync(join(labDir, 'start'), join(labDir, 'solution'), { recursive: true });
    const result = await runCli(['check-content', root], { home: tempHome() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`lessons/2-deployment/labs/${LAB}/lab.yaml: goals[0]: the reference solution fails "github: no "Credential written into the config file" finding (MCPR-SEC-001)"`);
    expect(result.stderr).not.toMatch(/ghp_[A-Za-z0-9]{8}/);
  }, 60_000);
});

describe('lab without an id', () => {
  it('resumes the lab worked on last that is not passed, else the first not passed', async () => {
    const { defaultLab } = await import('../../src/commands/lab.js');
    const { emptyProgress } = await import('../../src/core/progress/model.js');
    const { makeLab } = await import('../core/lab/helpers.js');
    const labs = ['a', 'b', 'c'].map((id) => ({ ...makeLab([], [], {}), id }));
    const rec = (updatedAt: string, passed: boolean) => ({ startedAt: updatedAt, updatedAt, checks: 1, passed, hints: 0, solutionShown: false });
    expect(defaultLab(labs, emptyProgress())?.id).toBe('a');
    expect(defaultLab(labs, { ...emptyProgress(), labs: { a: rec('2026-01-01', true), c: rec('2026-01-03', false), b: rec('2026-01-02', false) } })?.id).toBe('c');
    expect(defaultLab(labs, { ...emptyProgress(), labs: { a: rec('2026-01-01', true) } })?.id).toBe('b');
  });
});
