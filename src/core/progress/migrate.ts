import { PROGRESS_SCHEMA_VERSION, type Progress } from './model.js';
import { validateProgress } from './validate.js';

export type MigrateResult =
  | { ok: true; progress: Progress; migratedFrom?: number }
  | { ok: false; reason: 'newer' | 'invalid'; message: string };

type Step = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations from each older schema version to the next. Version 0 is a store with no
 * schemaVersion at all (for example a hand-written file or one from a pre-release build):
 * `completed: [lessonId]` becomes done lessons.
 */
const STEPS: Record<number, Step> = {
  0: (data) => {
    const lessons: Record<string, unknown> = {};
    const existing = data.lessons;
    if (existing && typeof existing === 'object' && !Array.isArray(existing)) Object.assign(lessons, existing);
    const completed = Array.isArray(data.completed) ? data.completed : [];
    const at = new Date(0).toISOString();
    for (const id of completed) {
      if (typeof id === 'string' && !(id in lessons)) {
        lessons[id] = { status: 'done', startedAt: at, updatedAt: at, completedAt: at, checks: {} };
      }
    }
    const { completed: _dropped, ...rest } = data;
    return { ...rest, lessons, schemaVersion: 1 };
  },
  // 1 -> 2: scenario runs are kept too.
  1: (data) => ({ ...data, scenarios: {}, schemaVersion: 2 }),
  // 2 -> 3: quiz attempts and review cards.
  2: (data) => ({ ...data, quiz: { attempts: [], cards: {} }, schemaVersion: 3 }),
  // 3 -> 4: hands-on labs. A version 3 file has none; everything it holds is kept as it is.
  3: (data) => ({ ...data, labs: {}, schemaVersion: 4 }),
};

/** Bring stored progress of any known version to the current schema, or say why it cannot be read. */
export function migrateProgress(raw: unknown): MigrateResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, reason: 'invalid', message: 'progress is not a JSON object' };
  }
  let data = raw as Record<string, unknown>;
  const declared = data.schemaVersion;
  let version = declared === undefined ? 0 : declared;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, reason: 'invalid', message: 'schemaVersion is not a whole number' };
  }
  if (version > PROGRESS_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: 'newer',
      message: `progress was written by a newer mcp-operator (schema ${version}, this one reads up to ${PROGRESS_SCHEMA_VERSION})`,
    };
  }
  const from = version;
  while (version < PROGRESS_SCHEMA_VERSION) {
    const step = STEPS[version];
    if (!step) return { ok: false, reason: 'invalid', message: `no migration from schema ${version}` };
    data = step(data);
    version += 1;
  }
  const parsed = validateProgress(data);
  if (!parsed.ok) return { ok: false, reason: 'invalid', message: `progress does not match the schema at ${parsed.path}: ${parsed.message}` };
  return from === PROGRESS_SCHEMA_VERSION ? { ok: true, progress: parsed.value } : { ok: true, progress: parsed.value, migratedFrom: from };
}
