import type { QuizAttempt } from '../quiz/score.js';
import type { ReviewCard } from '../quiz/review.js';

export const PROGRESS_SCHEMA_VERSION = 4;

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

/** One play-through of a scenario: the option chosen at each decision point, in order. */
export interface ScenarioRun {
  startedAt: string;
  finishedAt?: string;
  /** decision id -> option id */
  choices: Record<string, string>;
  /** Decisions where the learner chose what the expert would. */
  matched: number;
  /** Decision points in the scenario when it was played. */
  decisions: number;
}

export interface ScenarioRecord {
  runs: ScenarioRun[];
}

/** Runs kept per scenario; older ones are dropped. */
export const MAX_SCENARIO_RUNS = 50;

export interface QuizRecord {
  attempts: QuizAttempt[];
  /** The learner's environment, which sets the target level (asked once, or taken from a plan). */
  environment?: string;
  /** Spaced-repetition cards for missed and unsure items, by item id. */
  cards: Record<string, ReviewCard>;
}

/** A hands-on lab: how often the workspace was graded, and when it first passed. */
export interface LabRecord {
  startedAt: string;
  updatedAt: string;
  /** Gradings of a changed workspace so far. */
  checks: number;
  passed: boolean;
  /** The first time every goal passed. */
  passedAt?: string;
  /** Gradings it took to pass the first time. */
  checksToPass?: number;
  /** Most hints shown (0-3). */
  hints: number;
  /** The reference solution was shown. */
  solutionShown: boolean;
}

export interface Progress {
  schemaVersion: typeof PROGRESS_SCHEMA_VERSION;
  lessons: Record<string, LessonRecord>;
  scenarios: Record<string, ScenarioRecord>;
  quiz: QuizRecord;
  /** Labs by their stable id (schema 4). */
  labs: Record<string, LabRecord>;
  last?: { lessonId: string; at: string };
}

export type LessonStatus = 'not-started' | 'in-progress' | 'done';

export function emptyProgress(): Progress {
  return { schemaVersion: PROGRESS_SCHEMA_VERSION, lessons: {}, scenarios: {}, quiz: { attempts: [], cards: {} }, labs: {} };
}
