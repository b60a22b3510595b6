import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import * as z from 'zod';
import { AREAS } from '../../core/content/areas.js';
import type { Catalogue, QuizItem } from '../../core/content/types.js';
import { displayOrder, optionOrder } from '../../core/course/grading.js';
import { LIMITS } from '../limits.js';
import { idSchema, lessonRef } from '../schemas.js';
import { ok, READ_ONLY, safely, shownId, toolError } from '../results.js';

const LETTERS = 'ABCDEF';

/** The options in the order the terminal quiz shows them (a stable shuffle per item), as indices. */
function order(item: QuizItem): number[] {
  return optionOrder({ id: item.id, question: item.stem, options: item.options }, 'quiz');
}

const optionOut = z.object({ letter: z.string(), text: z.string() });

export function registerQuizTools(server: McpServer, catalogue: Catalogue): void {
  server.registerTool(
    'quiz_item',
    {
      title: 'Get a quiz item',
      description:
        'One self-assessment question (without its answer) for a knowledge area and level (1 basic, 2 applied, 3 expert): the stem and lettered options. ' +
        'The choice is deterministic: the same arguments give the same item, so pass the ids already asked in exclude to get the next one. ' +
        'Ask the user, then check their letter with check_quiz_answer.',
      inputSchema: {
        area: z.enum(AREAS).optional().describe('A knowledge area; any area when left out.'),
        level: z.number().int().min(1).max(3).optional().describe('1 basic, 2 applied, 3 expert; any level when left out.'),
        exclude: z.array(idSchema).max(LIMITS.excludeIds).optional().describe('Item ids already asked in this session.'),
      },
      outputSchema: {
        id: z.string(),
        area: z.string(),
        level: z.number(),
        stem: z.string(),
        options: z.array(optionOut),
        remaining: z.number().describe('Other items that match the same area and level and are not excluded.'),
      },
      annotations: { title: 'Get a quiz item', ...READ_ONLY },
    },
    ({ area, level, exclude }) =>
      safely('quiz_item', () => {
        const pool = catalogue.quiz.filter((i) => (!area || i.area === area) && (!level || i.level === level));
        if (pool.length === 0) return toolError(`No quiz items for ${area ?? 'any area'} at level ${level ?? 'any'}; try another level or leave it out.`);
        const asked = new Set(exclude ?? []);
        const ordered = displayOrder(pool, `mcp/${area ?? '*'}/${level ?? '*'}`).filter((i) => !asked.has(i.id));
        const item = ordered[0];
        if (!item) return toolError(`All ${pool.length} matching quiz items have been asked; choose another area or level, or start again without exclude.`);
        return ok({
          id: item.id,
          area: item.area,
          level: item.level,
          stem: item.stem.trim(),
          options: order(item).map((index, position) => ({ letter: LETTERS[position] ?? '?', text: item.options[index]?.text.trim() ?? '' })),
          remaining: ordered.length - 1,
        });
      }),
  );

  server.registerTool(
    'check_quiz_answer',
    {
      title: 'Check a quiz answer',
      description: 'Check the letter the user chose for a quiz_item: whether it is right, the right option, the explanations, and the lessons that teach it. Nothing is recorded.',
      inputSchema: {
        id: idSchema.describe('The quiz item id from quiz_item.'),
        answer: z.string().min(1).max(3).describe('The option letter the user chose, e.g. B.'),
      },
      outputSchema: {
        id: z.string(),
        correct: z.boolean(),
        chosen: optionOut.extend({ explanation: z.string() }),
        rightOption: optionOut.extend({ explanation: z.string() }),
        lessons: z.array(lessonRef),
      },
      annotations: { title: 'Check a quiz answer', ...READ_ONLY },
    },
    ({ id, answer }) =>
      safely('check_quiz_answer', () => {
        const item = catalogue.quiz.find((i) => i.id === id.trim());
        if (!item) return toolError(`No quiz item with id ${shownId(id)}; quiz_item gives an item and its id.`);
        const shown = order(item);
        const letters = shown.map((_, p) => LETTERS[p] ?? '?');
        const position = letters.indexOf(answer.trim().replace(/\.$/, '').toUpperCase());
        if (position < 0) return toolError(`Answer with one of the option letters ${letters.join(', ')}.`);
        const describeOption = (p: number) => {
          const option = item.options[shown[p] as number];
          return { letter: letters[p] ?? '?', text: option?.text.trim() ?? '', explanation: option?.explanation.trim() ?? '' };
        };
        const right = shown.findIndex((index) => item.options[index]?.correct === true);
        return ok({
          id: item.id,
          correct: position === right,
          chosen: describeOption(position),
          rightOption: describeOption(right),
          lessons: item.lessons.map((l) => ({ id: l, title: catalogue.lessons.find((x) => x.id === l)?.title ?? l, uri: `lesson://${l}` })),
        });
      }),
  );
}
