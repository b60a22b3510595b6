import { z } from 'zod';
import { AREAS } from './areas.js';
import { kebab, optionSchema, text } from './schema.js';

export const quizItemSchema = z
  .strictObject({
    id: kebab,
    area: z.enum(AREAS),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    stem: text,
    options: z.array(optionSchema).min(3, 'needs at least 3 options').max(5, 'at most 5 options'),
    lessons: z.array(kebab).min(1, 'name at least one lesson that teaches it'),
  })
  .superRefine((item, ctx) => {
    const correct = item.options.filter((o) => o.correct === true).length;
    if (correct !== 1) ctx.addIssue({ code: 'custom', path: ['options'], message: `must have exactly one option with correct: true (found ${correct})` });
  });

export const quizFileSchema = z.array(quizItemSchema).min(1, 'needs at least one item');

export type QuizItem = z.infer<typeof quizItemSchema> & { file: string };
export type QuizLevel = QuizItem['level'];
