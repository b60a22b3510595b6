import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateProgress } from '../../src/core/progress/migrate.js';
import { runCli, tempHome } from '../helpers/cli.js';
import { age, random, runKilled, type Kill } from './helpers.js';

const AT = '2026-02-01T00:00:00.000Z';
/** conf (atomically) saves through this temp file, then renames it over progress.json. */
const CONF_TEMP = /^progress\.json\.tmp-\d{10}[0-9a-f]{6}$/;
const LOCK = 'progress.json.lock';
const SEED = Number(process.env.MCP_OPERATOR_FAULT_SEED ?? 20260201);

/**
 * A big progress file (about 0.5 MB), so that each save takes long enough to be killed in the
 * middle of it.
 */
function seedProgress(home: string, lessons: number): string[] {
  const records: Record<string, unknown> = {};
  for (let i = 0; i < lessons; i += 1) {
    records[`seed-${i}`] = { status: 'done', startedAt: AT, updatedAt: AT, completedAt: AT, checks: { c1: { answer: 1, correct: true, attempts: 1, at: AT }, c2: { answer: 0, correct: false, attempts: 2, at: AT } } };
  }
  writeFileSync(join(home, 'progress.json'), JSON.stringify({ schemaVersion: 3, lessons: records, scenarios: {}, quiz: { attempts: [], cards: {} } }));
  return Object.keys(records);
}

function importFile(home: string, id: string): string {
  const file = join(home, `in-${id}.json`);
  writeFileSync(file, JSON.stringify({ schemaVersion: 1, lessons: { [id]: { status: 'done', startedAt: AT, updatedAt: AT, checks: {} } } }));
  return file;
}

/** progress.json as the CLI would read it: it must parse and pass the same validation, or the test fails. */
function storedLessons(home: string): string[] {
  const text = readFileSync(join(home, 'progress.json'), 'utf8');
  const migrated = migrateProgress(JSON.parse(text));
  if (!migrated.ok) throw new Error(`progress.json is invalid after a kill: ${migrated.message}`);
  return Object.keys(migrated.progress.lessons);
}

describe('SIGKILL while progress is being written', () => {
  it('at 36 random moments: progress.json is always complete and valid, nothing recorded is lost, and only tolerated leftovers remain', async () => {
    const home = tempHome();
    let recorded = new Set(seedProgress(home, 1500));
    const env = { MCP_OPERATOR_HOME: home };
    // How long an uninterrupted import takes here: random kills are spread over that time.
    const warm = await runKilled(['progress', 'import', importFile(home, 'warm-up')], env);
    expect(warm.code).toBe(0);
    recorded = new Set(storedLessons(home));
    const rand = random(SEED);
    const stats = { killed: 0, finished: 0, tempLeft: 0, lockLeft: 0, killedMidWrite: 0 };

    for (let i = 0; i < 36; i += 1) {
      const id = `lesson-${i}`;
      const file = importFile(home, id);
      // A quarter each: killed as the save's temp file appears (mid-write), as the lock appears or
      // goes, as progress.json itself changes (a save that wrote in place would be cut short
      // here), and at a random moment of the run.
      const kill: Kill = [
        { dir: home, name: CONF_TEMP },
        { dir: home, name: /^progress\.json\.lock$/ },
        { dir: home, name: /^progress\.json$/ },
        { after: Math.floor(rand() * warm.ms * 1.2) },
      ][i % 4];
      const run = await runKilled(['progress', 'import', file], env, kill);
      const context = `run ${i} (seed ${SEED}, ${JSON.stringify(kill, (_k, v: unknown) => (v instanceof RegExp ? String(v) : v))}, ended by ${run.signal ?? `exit ${run.code}`}: ${run.stderr})`;
      if (run.signal === 'SIGKILL') stats.killed += 1;
      else {
        expect(run.code, context).toBe(0);
        stats.finished += 1;
      }

      const now = new Set(storedLessons(home));
      for (const before of recorded) expect(now.has(before), `${before} lost in ${context}`).toBe(true);
      for (const after of now) expect(recorded.has(after) || after === id, `${after} appeared from nowhere in ${context}`).toBe(true);
      if (run.code === 0) expect(now.has(id), context).toBe(true);
      recorded = now;

      const names = readdirSync(home);
      const unexpected = names.filter((n) => !/^in-.+\.json$/.test(n) && n !== 'progress.json' && n !== LOCK && !CONF_TEMP.test(n));
      expect(unexpected, context).toEqual([]);
      const temps = names.filter((n) => CONF_TEMP.test(n));
      stats.tempLeft += temps.length;
      if (temps.length && run.signal === 'SIGKILL' && kill && 'dir' in kill && kill.name === CONF_TEMP) stats.killedMidWrite += 1;
      if (names.includes(LOCK)) stats.lockLeft += 1;
      // What a wait of 10 s would do: the lock a killed process held goes stale, its temp file is an orphan.
      for (const n of names) if (n === LOCK || CONF_TEMP.test(n)) age(join(home, n), 10);
    }

    if (process.env.MCP_OPERATOR_FAULT_STATS) console.log(JSON.stringify(stats));
    expect(stats.killed).toBeGreaterThanOrEqual(30);
    expect(stats.killedMidWrite, JSON.stringify(stats)).toBeGreaterThan(0);
    expect(stats.lockLeft, JSON.stringify(stats)).toBeGreaterThan(0);

    // After all that, a write goes through (taking over any stale lock) and clears the orphans.
    const last = await runCli(['progress', 'import', importFile(home, 'after-the-kills')], { home });
    expect(last.code).toBe(0);
    expect(readdirSync(home).filter((n) => !/^in-.+\.json$/.test(n))).toEqual(['progress.json']);
    const shown = await runCli(['progress', '--json'], { home });
    expect(shown.code).toBe(0);
    expect(shown.stderr).toBe('');
    const unknown = new Set(JSON.parse(shown.stdout).unknownLessons as string[]);
    for (const id of [...recorded, 'after-the-kills']) expect(unknown.has(id), id).toBe(true);
  });

  it('a lock left by a killed writer holds up the next write only until it goes stale (2 s)', async () => {
    const home = tempHome();
    seedProgress(home, 200);
    const env = { MCP_OPERATOR_HOME: home };
    // Kill writers as they take the lock until one dies holding it.
    let held = false;
    for (let i = 0; i < 10 && !held; i += 1) {
      await runKilled(['progress', 'import', importFile(home, `killed-${i}`)], env, { dir: home, name: /^progress\.json\.lock$/ });
      held = existsSync(join(home, LOCK));
    }
    expect(held).toBe(true);
    const start = Date.now();
    const next = await runCli(['progress', 'import', importFile(home, 'next')], { home });
    const waited = Date.now() - start;
    expect(next.code).toBe(0);
    expect(next.stderr).toBe('');
    expect(storedLessons(home)).toContain('next');
    expect(existsSync(join(home, LOCK))).toBe(false);
    // Start-up plus at most the stale time and one retry interval, with room for a slow machine.
    expect(waited).toBeLessThan(6_000);
  });
});
