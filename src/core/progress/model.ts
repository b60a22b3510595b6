import { z } from 'zod';

export const PROGRESS_SCHEMA_VERSION = 1;

const iso = z.string().min(1);

export const checkRecordSchema = z.object({
  /** Index of the option chosen last. */
  answer: z.number().int().min(0),
  correct: z.boolean(),
  attempts: z.number().int().min(1),
  at: iso,
});

export const exerciseRecordSchema = z.object({
  passed: z.boolean(),
  attempts: z.number().int().min(1),
  at: iso,
});

export const lessonRecordSchema = z.object({
  status: z.enum(['in-progress', 'done']),
  startedAt: iso,
  updatedAt: iso,
  completedAt: iso.optional(),
  /** Reader scroll position (first visible line), so a lesson reopens where it was left. */
  position: z.number().int().min(0).optional(),
  checks: z.record(z.string(), checkRecordSchema).default({}),
  exercise: exerciseRecordSchema.optional(),
});

export const progressSchema = z.object({
  schemaVersion: z.literal(PROGRESS_SCHEMA_VERSION),
  lessons: z.record(z.string(), lessonRecordSchema).default({}),
  last: z.object({ lessonId: z.string(), at: iso }).optional(),
});

export type CheckRecord = z.infer<typeof checkRecordSchema>;
export type ExerciseRecord = z.infer<typeof exerciseRecordSchema>;
export type LessonRecord = z.infer<typeof lessonRecordSchema>;
export type Progress = z.infer<typeof progressSchema>;
export type LessonStatus = 'not-started' | 'in-progress' | 'done';

export function emptyProgress(): Progress {
  return { schemaVersion: PROGRESS_SCHEMA_VERSION, lessons: {} };
}
