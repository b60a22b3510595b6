export const PROGRESS_SCHEMA_VERSION = 1;

/** The stored progress file (schema version 1). Validated by `validateProgress`. */
export interface CheckRecord {
  /** Index (into the lesson's options as authored) of the option chosen last. */
  answer: number;
  correct: boolean;
  attempts: number;
  at: string;
}

export interface ExerciseRecord {
  passed: boolean;
  attempts: number;
  at: string;
}

export interface LessonRecord {
  status: 'in-progress' | 'done';
  startedAt: string;
  updatedAt: string;
  completedAt?: string;
  /** Reader scroll position (first visible line), so a lesson reopens where it was left. */
  position?: number;
  checks: Record<string, CheckRecord>;
  exercise?: ExerciseRecord;
}

export interface Progress {
  schemaVersion: typeof PROGRESS_SCHEMA_VERSION;
  lessons: Record<string, LessonRecord>;
  last?: { lessonId: string; at: string };
}

export type LessonStatus = 'not-started' | 'in-progress' | 'done';

export function emptyProgress(): Progress {
  return { schemaVersion: PROGRESS_SCHEMA_VERSION, lessons: {} };
}
