import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempHome } from '../helpers/cli.js';

/**
 * Holds the progress lock as a live writer would (proper-lockfile's lock folder, its time kept
 * fresh so it never looks stale) until release(): every writer started meanwhile queues on it.
 */
function holdLock(home: string): { release: () => void } {
  const lock = join(home, 'progress.json.lock');
  mkdirSync(lock);
  const timer = setInterval(() => {
    const now = new Date();
    utimesSync(lock, now, now);
  }, 200);
  return {
    release: () => {
      clearInterval(timer);
      rmSync(lock, { recursive: true });
    },
  };
}

describe('mcp-operator CLI (built bundle, no TTY)', () => {
  it('prints version and help', async () => {
    const home = tempHome();
    const version = await runCli(['--version'], { home });
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    const help = await runCli(['--help'], { home });
    expect(help.code).toBe(0);
    for (const command of ['learn', 'lessons', 'progress', 'check-content']) expect(help.stdout).toContain(command);
  });

  it('wraps the help after the commands at word boundaries, like the rest of the help', async () => {
    // The line-mode and exit-code paragraphs were written as lines of up to 118 characters, so an
    // 80-column terminal cut them mid-word ("Enter alone t" / "akes the default shown").
    const help = await runCli(['--help'], { home: tempHome() });
    for (const line of help.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    const text = help.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Line mode (--plain): text printed line by line, never redrawn; each choice is a numbered list (checks and quiz items lettered), answered by typing its number and Enter; Enter alone takes the default shown.');
    expect(text).toContain('Exit codes: 0 success, 1 review found something at or above --fail-on, 2 bad usage or unreadable input, 130 interrupted.');
    expect(help.stdout).toMatch(/^Environment: MCP_OPERATOR_HOME/m);
  });

  it('rejects unknown commands and options with one line and exit 2', async () => {
    const home = tempHome();
    for (const args of [['bogus'], ['--bogus'], ['lessons', '--nope']]) {
      const r = await runCli(args, { home });
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^mcp-operator: /);
      expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    }
  });

  it('refuses the full-screen course without a TTY and names the alternatives', async () => {
    const home = tempHome();
    for (const args of [[], ['learn']]) {
      const r = await runCli(args, { home });
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('--plain');
      expect(r.stderr).toContain('lessons --json');
      expect(r.stderr).not.toMatch(/Raw mode|ERR_|at .*\.js/);
    }
  });

  it('an unknown lesson is a clear error', async () => {
    const r = await runCli(['learn', 'no-such-lesson', '--plain'], { home: tempHome() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no lesson "no-such-lesson"');
  });

  it('lists lessons as JSON with status', async () => {
    const r = await runCli(['lessons', '--json'], { home: tempHome() });
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.tracks.length).toBeGreaterThanOrEqual(3);
    const lesson = data.tracks[0].lessons[0];
    expect(lesson).toMatchObject({ id: expect.any(String), status: 'not-started', checks: expect.any(Number) });
  });

  it('shows where progress is stored', async () => {
    const home = tempHome();
    const text = await runCli(['progress'], { home });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(join(home, 'progress.json'));
    const json = JSON.parse((await runCli(['progress', '--json'], { home })).stdout);
    expect(json).toMatchObject({ path: join(home, 'progress.json'), schemaVersion: 4, summary: { done: 0 } });
  });

  it('exports and imports progress, merging and never wiping', async () => {
    const source = tempHome();
    const target = tempHome();
    const lessons = JSON.parse((await runCli(['lessons', '--json'], { home: source })).stdout).tracks.flatMap((t: { lessons: { id: string }[] }) => t.lessons.map((l) => l.id));
    const at = '2026-02-01T00:00:00.000Z';
    const mine = { schemaVersion: 1, lessons: { [lessons[0]]: { status: 'done', startedAt: at, updatedAt: at, completedAt: at, checks: {} } } };
    const theirs = { schemaVersion: 1, lessons: { [lessons[1]]: { status: 'in-progress', startedAt: at, updatedAt: at, checks: {} } } };
    writeFileSync(join(source, 'progress.json'), JSON.stringify(mine));
    writeFileSync(join(target, 'progress.json'), JSON.stringify(theirs));

    const file = join(source, 'export.json');
    const exported = await runCli(['progress', 'export', file], { home: source });
    expect(exported.code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = await runCli(['progress', 'export', file], { home: source });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');

    const imported = await runCli(['progress', 'import', file], { home: target });
    expect(imported.code).toBe(0);
    const merged = JSON.parse((await runCli(['progress', '--json'], { home: target })).stdout);
    const status = Object.fromEntries(merged.lessons.map((l: { id: string; status: string }) => [l.id, l.status]));
    expect(status[lessons[0]]).toBe('done');
    expect(status[lessons[1]]).toBe('in-progress');
  });

  it('rejects an import that is not progress, leaving progress as it was', async () => {
    const home = tempHome();
    writeFileSync(join(home, 'progress.json'), JSON.stringify({ schemaVersion: 1, lessons: {} }));
    const bad = join(home, 'bad.json');
    for (const [content, message] of [
      ['{nope', 'not valid JSON'],
      [JSON.stringify({ schemaVersion: 1, lessons: { a: { status: 3 } } }), 'does not match the schema'],
      ['\u0000\u0001binary', 'binary'],
    ] as const) {
      writeFileSync(bad, content);
      const r = await runCli(['progress', 'import', bad], { home });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
    }
    expect((await runCli(['progress', 'import', join(home, 'missing.json')], { home })).stderr).toContain('no such file');
    expect(JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8'))).toEqual({ schemaVersion: 1, lessons: {} });
  });

  it('asks before resetting; without a TTY it needs --yes', async () => {
    const home = tempHome();
    const at = '2026-02-01T00:00:00.000Z';
    writeFileSync(join(home, 'progress.json'), JSON.stringify({ schemaVersion: 1, lessons: { x: { status: 'done', startedAt: at, updatedAt: at, checks: {} } } }));
    const refused = await runCli(['progress', 'reset', '--all'], { home });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--yes');
    expect(JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')).lessons.x).toBeDefined();
    expect((await runCli(['progress', 'reset'], { home })).code).toBe(2);
    const done = await runCli(['progress', 'reset', 'x', '--yes'], { home });
    expect(done.code).toBe(0);
    expect(JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')).lessons).toEqual({});
  });

  it('recovers from a corrupt progress file and tells the user where it went', async () => {
    const home = tempHome();
    writeFileSync(join(home, 'progress.json'), 'garbage{');
    const r = await runCli(['progress', '--json'], { home });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/moved to .*progress\.corrupt-.*\.json/);
    const aside = /moved to (\S+\.json)/.exec(r.stderr)?.[1] ?? '';
    expect(existsSync(aside)).toBe(true);
    expect(readFileSync(aside, 'utf8')).toBe('garbage{');
  });

  it('six processes importing at once lose nothing: they queue on the lock and each merges into what the others wrote', async () => {
    const home = tempHome();
    const at = '2026-02-01T00:00:00.000Z';
    writeFileSync(join(home, 'progress.json'), JSON.stringify({ schemaVersion: 1, lessons: { seeded: { status: 'done', startedAt: at, updatedAt: at, checks: {} } } }));
    const before = readFileSync(join(home, 'progress.json'), 'utf8');
    const files = Array.from({ length: 6 }, (_, i) => {
      const file = join(home, `in-${i}.json`);
      writeFileSync(file, JSON.stringify({ schemaVersion: 1, lessons: { [`lesson-${i}`]: { status: 'done', startedAt: at, updatedAt: at, checks: {} } } }));
      return file;
    });
    // All six start together and find the lock taken, so they really are writing at the same moment.
    const lock = holdLock(home);
    let settled = 0;
    const runs = files.map((f) => runCli(['progress', 'import', f], { home }).finally(() => (settled += 1)));
    await new Promise((r) => setTimeout(r, 1_500));
    expect(settled).toBe(0);
    expect(readFileSync(join(home, 'progress.json'), 'utf8')).toBe(before);
    lock.release();
    const results = await Promise.all(runs);
    expect(results.map((r) => r.code)).toEqual(files.map(() => 0));
    const stored = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8'));
    expect(Object.keys(stored.lessons).sort()).toEqual([...files.map((_, i) => `lesson-${i}`), 'seeded']);
    expect(readdirSync(home).filter((n) => n.startsWith('progress'))).toEqual(['progress.json']);
  });

  it('writers of different kinds at once lose nothing: lesson, quiz attempt, review card, scenario run, a lesson opened in line mode, a reset', async () => {
    const home = tempHome();
    const at = '2026-02-01T00:00:00.000Z';
    const lesson = (status: 'done' | 'in-progress') => ({ status, startedAt: at, updatedAt: at, checks: {} });
    const empty = { schemaVersion: 3, lessons: {}, scenarios: {}, quiz: { attempts: [], cards: {} } };
    writeFileSync(join(home, 'progress.json'), JSON.stringify({ ...empty, lessons: { 'to-reset': lesson('done'), 'to-keep': lesson('done') } }));
    const course = JSON.parse((await runCli(['lessons', '--json'], { home: tempHome() })).stdout).tracks[0].lessons[0].id as string;
    const imports = {
      lesson: { ...empty, lessons: { 'imported-lesson': { ...lesson('done'), checks: { c1: { answer: 0, correct: true, attempts: 1, at } } } } },
      attempt: { ...empty, quiz: { attempts: [{ startedAt: at, finishedAt: at, mode: 'focused', planned: 1, answers: [{ id: 'q-1', area: 'isolation', level: 1, chosen: 0, correct: true, sure: true }] }], cards: {}, environment: 'team' } },
      card: { ...empty, quiz: { attempts: [], cards: { 'q-2': { due: at, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, reps: 1, lapses: 0, learning_steps: 0, state: 1, last_review: at } } } },
      run: { ...empty, scenarios: { 'some-scenario': { runs: [{ startedAt: at, finishedAt: at, choices: { d1: 'a' }, matched: 1, decisions: 1 }] } } },
    };
    const lock = holdLock(home);
    let settled = 0;
    const runs = [
      ...Object.entries(imports).map(([name, data]) => {
        const file = join(home, `${name}.json`);
        writeFileSync(file, JSON.stringify(data));
        return runCli(['progress', 'import', file], { home });
      }),
      runCli(['learn', course, '--plain'], { home }),
      runCli(['progress', 'reset', 'to-reset', '--yes'], { home }),
    ].map((p) => p.finally(() => (settled += 1)));
    await new Promise((r) => setTimeout(r, 1_500));
    expect(settled).toBe(0);
    lock.release();
    const [lessonRun, attemptRun, cardRun, scenarioRun, learnRun, resetRun] = await Promise.all(runs);
    for (const r of [lessonRun, attemptRun, cardRun, scenarioRun, resetRun]) expect(r?.code, r?.stderr).toBe(0);
    // Line mode with nothing on stdin stops at its first question, having saved the lesson it opened.
    expect(learnRun?.stderr).toContain('your progress so far is saved');

    const stored = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8'));
    expect(Object.keys(stored.lessons).sort()).toEqual([course, 'imported-lesson', 'to-keep'].sort());
    expect(stored.lessons['imported-lesson'].checks.c1.correct).toBe(true);
    expect(stored.lessons[course].status).toBe('in-progress');
    expect(stored.last.lessonId).toBe(course);
    expect(stored.quiz.attempts).toEqual(imports.attempt.quiz.attempts);
    expect(stored.quiz.environment).toBe('team');
    expect(stored.quiz.cards).toEqual(imports.card.quiz.cards);
    expect(stored.scenarios).toEqual(imports.run.scenarios);
  });

  it('check-content passes on the course and names file and field on broken content', async () => {
    const ok = await runCli(['check-content'], { home: tempHome() });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('check-content: ok');
    const json = JSON.parse((await runCli(['check-content', '--json'], { home: tempHome() })).stdout);
    expect(json).toMatchObject({ lessons: expect.any(Number), scenarios: expect.any(Number), quizItems: expect.any(Number) });
    expect(json.quizItems).toBeGreaterThanOrEqual(90);
    expect(Object.keys(json).sort()).toEqual(['areas', 'lessons', 'quizItems', 'scenarios']);
    expect(Object.keys(json.areas)).toHaveLength(18);
    expect(json.areas['incident-response']).toEqual({ lessons: expect.any(Number), quiz: { '1': expect.any(Number), '2': expect.any(Number), '3': expect.any(Number) } });
    for (const area of Object.values(json.areas) as { quiz: Record<string, number> }[]) for (const level of ['1', '2', '3']) expect(area.quiz[level]).toBeGreaterThan(0);
    expect(Object.values(json.areas).every((a) => (a as { lessons: number }).lessons > 0)).toBe(true);

    const root = tempHome();
    cpSync('lessons', join(root, 'lessons'), { recursive: true });
    cpSync('scenarios', join(root, 'scenarios'), { recursive: true });
    cpSync('quiz', join(root, 'quiz'), { recursive: true });
    const file = readdirSync(join(root, 'lessons', '1-planning'))[0] as string;
    const path = join(root, 'lessons', '1-planning', file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, 'title: ""'));
    const broken = await runCli(['check-content', root], { home: tempHome() });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`lessons/1-planning/${file}: title: must not be empty`);
    expect((await runCli(['check-content', join(root, 'nowhere')], { home: tempHome() })).code).toBe(2);
  });
});
