/**
 * Property: imported progress never crashes the tutor and never corrupts the progress it has.
 * In-process, validateProgress and migrateProgress take any JSON without throwing, and whatever
 * they accept merges into existing progress as a document that reads back as valid. Through the
 * built CLI, `progress import FILE` of random content exits 0 or 2 with one line, and the stored
 * progress still parses, validates and keeps the lesson recorded before.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../src/core/progress/merge.js';
import { migrateProgress } from '../../src/core/progress/migrate.js';
import { emptyProgress, type Progress } from '../../src/core/progress/model.js';
import { validateProgress } from '../../src/core/progress/validate.js';
import { runCli, tempHome } from '../helpers/cli.js';

const AT = '2026-02-01T00:00:00.000Z';
const MINE = 'trust-before-install';

/** Ids a progress file may hold, including names every plain object inherits. */
const idArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(MINE, 'harden-the-container', 'lesson-x', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__', '__defineGetter__') },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);
const stringish = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(AT, '2025-01-01T00:00:00.000Z', 'not a date', '9999-12-31T23:59:59.999Z') }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) });
const intish = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -1, max: 5 }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) });
const boolish = fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) });

const checkArb = fc.record({ answer: intish, correct: boolish, attempts: intish, at: stringish }, { requiredKeys: [] });
const lessonArb = fc.record(
  {
    status: fc.oneof(fc.constantFrom('done', 'in-progress', 'nope'), fc.jsonValue({ maxDepth: 1 })),
    startedAt: stringish,
    updatedAt: stringish,
    completedAt: stringish,
    position: intish,
    checks: fc.dictionary(idArb, checkArb, { maxKeys: 3 }),
    exercise: fc.record({ passed: boolish, attempts: intish, at: stringish }, { requiredKeys: [] }),
  },
  { requiredKeys: ['status', 'startedAt', 'updatedAt', 'checks'] },
);
const runArb = fc.record({ startedAt: stringish, finishedAt: stringish, choices: fc.dictionary(idArb, fc.string({ maxLength: 5 }), { maxKeys: 3 }), matched: intish, decisions: intish }, { requiredKeys: ['startedAt', 'choices', 'matched', 'decisions'] });
const cardArb = fc.record(
  { due: stringish, stability: fc.double(), difficulty: fc.double(), elapsed_days: fc.integer(), scheduled_days: fc.integer(), reps: fc.integer(), lapses: fc.integer(), learning_steps: fc.integer(), state: fc.integer({ min: 0, max: 3 }), last_review: stringish },
  { requiredKeys: ['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'reps', 'lapses', 'learning_steps', 'state'] },
);
const attemptArb = fc.record({
  startedAt: stringish,
  mode: fc.constantFrom('full', 'focused', 'review', 'other'),
  planned: intish,
  answers: fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), area: fc.constantFrom('isolation', 'least-privilege', 'Bad Area'), level: fc.integer({ min: 0, max: 4 }), chosen: intish, correct: boolish, sure: boolish }), { maxLength: 3 }),
});

/** A progress document of some schema version, mostly well formed, sometimes not. */
const progressArb = fc.record(
  {
    schemaVersion: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(0, 1, 2, 3) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 0 }) }),
    lessons: fc.oneof({ weight: 5, arbitrary: fc.dictionary(idArb, lessonArb, { maxKeys: 4 }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }),
    completed: fc.array(idArb, { maxLength: 3 }),
    scenarios: fc.dictionary(idArb, fc.record({ runs: fc.array(runArb, { maxLength: 3 }) }), { maxKeys: 3 }),
    quiz: fc.record({ attempts: fc.array(attemptArb, { maxLength: 2 }), cards: fc.dictionary(idArb, cardArb, { maxKeys: 3 }), environment: fc.string({ maxLength: 8 }) }, { requiredKeys: [] }),
    last: fc.record({ lessonId: idArb, at: stringish }),
  },
  { requiredKeys: [] },
);

/** Parse JSON text the way the CLI does, so __proto__ keys stay own properties. */
const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

/** The progress a user has before importing: one lesson done with a check answered. */
function mine(): Progress {
  return {
    ...emptyProgress(),
    lessons: { [MINE]: { status: 'done', startedAt: AT, updatedAt: AT, completedAt: AT, checks: { 'first-check': { answer: 1, correct: true, attempts: 1, at: AT } } } },
  };
}

describe('properties: imported progress', () => {
  it('validateProgress and migrateProgress never throw on any JSON; a refusal is a one-line reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), progressArb.map(viaJson)), (raw) => {
        const v = validateProgress(raw);
        if (!v.ok) expect(v.path.length).toBeGreaterThan(0);
        const m = migrateProgress(raw);
        if (!m.ok) {
          expect(['newer', 'invalid']).toContain(m.reason);
          expect(m.message).toMatch(/^[^\n]+$/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('whatever migrates merges into existing progress as a valid document that keeps what was there', () => {
    let merged = 0;
    fc.assert(
      fc.property(progressArb.map(viaJson), (raw) => {
        const m = migrateProgress(raw);
        if (!m.ok) return;
        merged += 1;
        for (const [a, b] of [
          [mine(), m.progress],
          [m.progress, mine()],
          [emptyProgress(), m.progress],
          [m.progress, m.progress],
        ] as const) {
          const merged = mergeProgress(a, b);
          // What the store writes must read back: JSON round trip, then the validator.
          const back = validateProgress(viaJson(merged));
          expect(back.ok ? 'valid' : `${back.path}: ${back.message}`).toBe('valid');
          // Nothing either side holds is lost: every lesson id of both is still there.
          for (const id of [...Object.keys(a.lessons), ...Object.keys(b.lessons)]) expect(Object.hasOwn(merged.lessons, id), id).toBe(true);
        }
        const withMine = mergeProgress(mine(), m.progress);
        expect(withMine.lessons[MINE]?.status).toBe('done');
        expect(withMine.lessons[MINE]?.checks['first-check']?.correct).toBe(true);
      }),
      { numRuns: 400 },
    );
    expect(merged).toBeGreaterThan(40); // enough generated documents are valid progress for the property to mean something
  });

  it('the built CLI: progress import of random content exits 0 or 2 with one line, and the stored progress survives', async () => {
    const home = tempHome();
    const store = join(home, 'progress.json');
    writeFileSync(store, JSON.stringify(mine()));
    let n = 0;
    const content = fc.oneof(
      progressArb.map((p) => JSON.stringify(p)),
      fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
      fc.string({ maxLength: 120 }),
      fc.array(fc.constantFrom('{', '}', '[', ']', '"lessons"', ':', ',', '"schemaVersion"', '3', '\n', ' ', 'null', '"x"', 'garbage'), { maxLength: 40 }).map((t) => t.join('')),
      fc.uint8Array({ maxLength: 120 }).map((b) => Buffer.from(b)),
    );
    // Tried first: an inherited name as a lesson and as a check id of a lesson already stored, and a parse error whose quoted context spans lines.
    const examples: [string | Buffer][] = [
      [JSON.stringify({ schemaVersion: 3, lessons: { constructor: { status: 'done', startedAt: AT, updatedAt: AT, checks: {} } } })],
      [JSON.stringify({ schemaVersion: 3, lessons: { [MINE]: { status: 'in-progress', startedAt: AT, updatedAt: AT, checks: { toString: { answer: 0, correct: false, attempts: 2, at: AT } } } } })],
      [JSON.stringify({ schemaVersion: 3, lessons: {}, scenarios: { valueOf: { runs: [] } }, quiz: { attempts: [], cards: { hasOwnProperty: { due: AT, stability: 1, difficulty: 1, elapsed_days: 0, scheduled_days: 1, reps: 1, lapses: 0, learning_steps: 0, state: 1 } } } })],
      ['abc\ndef ghi jkl'],
      [''],
    ];
    await fc.assert(
      fc.asyncProperty(content, async (text) => {
        const file = join(home, `import-${n++}.json`);
        writeFileSync(file, text);
        const r = await runCli(['progress', 'import', file], { home, env: { HOME: home } });
        expect([0, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(/^\s+at /m);
        expect(r.stderr).not.toContain('unexpected error');
        if (r.code === 2) expect(r.stderr).toMatch(/^mcp-operator: [^\n]+\n$/);
        else expect(r.stdout).toMatch(/^Merged progress on /);
        // The store still reads, validates and holds the lesson done before, with its check.
        const stored = migrateProgress(JSON.parse(readFileSync(store, 'utf8')));
        expect(stored.ok ? 'valid' : stored.message).toBe('valid');
        if (stored.ok) {
          expect(stored.progress.lessons[MINE]?.status).toBe('done');
          expect(stored.progress.lessons[MINE]?.checks['first-check']?.correct).toBe(true);
        }
      }),
      { numRuns: 20 + examples.length, examples },
    );
  }, 60_000);
});
