import { z } from 'zod';
import { AREAS } from './areas.js';

export const kebab = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)');
export const text = z.string().trim().min(1, 'must not be empty');
const httpUrl = z
  .string()
  .regex(/^https?:\/\/\S+$/, 'must be an http(s) URL');

export const referenceSchema = z.strictObject({ title: text, url: httpUrl });

/** True for a real date; a value that is not YYYY-MM-DD at all is left to the pattern check's message. */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date written YYYY-MM-DD, such as the day a lesson's facts were last confirmed at their sources. */
export const isoDate = z
  .string({ error: (issue) => (issue.input === undefined ? 'is missing: add the day the facts were last confirmed, as YYYY-MM-DD' : 'must be a date written YYYY-MM-DD') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a real calendar date');

export const optionSchema = z.strictObject({
  text,
  correct: z.boolean().optional(),
  explanation: text,
});

export const checkSchema = z
  .strictObject({
    id: kebab,
    question: text,
    hint: text.optional(),
    options: z.array(optionSchema).min(2, 'needs at least 2 options').max(6, 'at most 6 options'),
  })
  .superRefine((check, ctx) => {
    const correct = check.options.filter((o) => o.correct === true).length;
    if (correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `must have exactly one option with correct: true (found ${correct})`,
      });
    }
  });

const exerciseItemSchema = z.strictObject({
  id: kebab,
  text,
  correct: z.boolean().optional(),
  /** In a reviewed exercise: the review finding that makes this item right (graded by the engine). */
  finding: z.strictObject({ server: z.string().min(1), rule: z.string().regex(/^MCPR-[A-Z]+-\d{3}$/, 'a review rule id such as MCPR-SEC-001'), field: z.string().min(1).optional() }).optional(),
  explanation: text,
});

const selectExerciseSchema = z.strictObject({
  kind: z.literal('select'),
  title: text,
  prompt: text,
  code: z.string().optional(),
  language: z.string().optional(),
  items: z.array(exerciseItemSchema).min(3, 'needs at least 3 items'),
  /** The config in code is reviewed as if it were this file (its name decides the client); items with a finding are graded by the review. */
  review: z.strictObject({ path: z.string().min(1) }).optional(),
});

const orderExerciseSchema = z.strictObject({
  kind: z.literal('order'),
  title: text,
  prompt: text,
  code: z.string().optional(),
  language: z.string().optional(),
  items: z.array(exerciseItemSchema.omit({ correct: true, finding: true })).min(3, 'needs at least 3 items'),
});

export const exerciseSchema = z
  .discriminatedUnion('kind', [selectExerciseSchema, orderExerciseSchema])
  .superRefine((ex, ctx) => {
    if (ex.kind === 'select' && !ex.items.some((i) => ('correct' in i && i.correct === true) || ('finding' in i && i.finding))) {
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'a select exercise needs at least one correct item' });
    }
    const ids = new Set<string>();
    ex.items.forEach((item, index) => {
      if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `duplicate item id "${item.id}"` });
      ids.add(item.id);
    });
  });

export const lessonFrontMatterSchema = z
  .strictObject({
    id: kebab,
    title: text,
    track: z.number().int().min(1),
    order: z.number().int().min(1),
    minutes: z.number().int().min(1).max(30),
    /** When the lesson's facts were last confirmed at their sources; check-content fails once it is over a year old. */
    checked: isoDate,
    objectives: z.array(text).min(1, 'needs at least one objective'),
    areas: z.array(z.enum(AREAS)).min(1, 'needs at least one knowledge area'),
    prerequisites: z.array(kebab).default([]),
    scenarios: z.array(kebab).default([]),
    references: z.array(referenceSchema).min(1, 'needs at least one reference'),
    checks: z.array(checkSchema).min(1, 'needs at least one knowledge check'),
    exercise: exerciseSchema.optional(),
  })
  .superRefine((lesson, ctx) => {
    const ids = new Set<string>();
    lesson.checks.forEach((check, index) => {
      if (ids.has(check.id)) ctx.addIssue({ code: 'custom', path: ['checks', index, 'id'], message: `duplicate check id "${check.id}"` });
      ids.add(check.id);
    });
  });

export const trackSchema = z.strictObject({
  id: kebab,
  number: z.number().int().min(1),
  title: text,
  folder: z.string().regex(/^[a-z0-9-]+$/, 'must be a plain folder name'),
  summary: text,
});
export const tracksFileSchema = z.array(trackSchema).min(1, 'needs at least one track');

export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;
export type Check = z.infer<typeof checkSchema>;
export type CheckOption = z.infer<typeof optionSchema>;
export type Exercise = z.infer<typeof exerciseSchema>;
export type SelectExercise = Extract<Exercise, { kind: 'select' }>;
export type OrderExercise = Extract<Exercise, { kind: 'order' }>;
export type Reference = z.infer<typeof referenceSchema>;
export type Track = z.infer<typeof trackSchema>;
