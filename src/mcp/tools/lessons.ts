import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import * as z from 'zod';
import type { Catalogue } from '../../core/content/types.js';
import { lessonMarkdown } from '../markdown.js';
import { idSchema } from '../schemas.js';
import { ok, READ_ONLY, safely, shownId, toolError } from '../results.js';

export function registerLessonTools(server: McpServer, catalogue: Catalogue): void {
  server.registerTool(
    'list_lessons',
    {
      title: 'List the lessons',
      description: 'The course: its tracks in order and each track\'s lessons (id, title, minutes, knowledge areas, resource URI). Read one with get_lesson or the lesson://ID resource.',
      inputSchema: {},
      outputSchema: {
        tracks: z.array(
          z.object({
            number: z.number(),
            id: z.string(),
            title: z.string(),
            summary: z.string(),
            minutes: z.number(),
            lessons: z.array(z.object({ id: z.string(), title: z.string(), track: z.number(), order: z.number(), minutes: z.number(), areas: z.array(z.string()), uri: z.string() })),
          }),
        ),
      },
      annotations: { title: 'List the lessons', ...READ_ONLY },
    },
    () =>
      safely('list_lessons', () => {
        const tracks = catalogue.tracks.map((t) => {
          const lessons = catalogue.lessons.filter((l) => l.track === t.number);
          return {
            number: t.number,
            id: t.id,
            title: t.title,
            summary: t.summary,
            minutes: lessons.reduce((sum, l) => sum + l.minutes, 0),
            lessons: lessons.map((l) => ({ id: l.id, title: l.title, track: l.track, order: l.order, minutes: l.minutes, areas: [...l.areas], uri: `lesson://${l.id}` })),
          };
        });
        return ok({ tracks });
      }),
  );

  server.registerTool(
    'get_lesson',
    {
      title: 'Read a lesson',
      description: 'One lesson as Markdown (links to other lessons and scenarios are lesson:// and scenario:// resource URIs) with its metadata: track, minutes, objectives, knowledge areas, prerequisites and references.',
      inputSchema: { id: idSchema.describe('A lesson id from list_lessons, e.g. trust-before-install.') },
      outputSchema: {
        id: z.string(),
        title: z.string(),
        track: z.number(),
        order: z.number(),
        minutes: z.number(),
        objectives: z.array(z.string()),
        areas: z.array(z.string()),
        prerequisites: z.array(z.string()),
        scenarios: z.array(z.string()),
        references: z.array(z.object({ title: z.string(), url: z.string() })),
        checks: z.number().describe('How many knowledge checks the lesson has (taken in the terminal course).'),
        uri: z.string(),
        markdown: z.string(),
      },
      annotations: { title: 'Read a lesson', ...READ_ONLY },
    },
    ({ id }) =>
      safely('get_lesson', () => {
        const lesson = catalogue.lessons.find((l) => l.id === id.trim());
        if (!lesson) return toolError(`No lesson with id ${shownId(id)}. list_lessons gives every lesson id.`);
        return ok({
          id: lesson.id,
          title: lesson.title,
          track: lesson.track,
          order: lesson.order,
          minutes: lesson.minutes,
          objectives: [...lesson.objectives],
          areas: [...lesson.areas],
          prerequisites: [...lesson.prerequisites],
          scenarios: [...lesson.scenarios],
          references: lesson.references.map((r) => ({ title: r.title, url: r.url })),
          checks: lesson.checks.length,
          uri: `lesson://${lesson.id}`,
          markdown: lessonMarkdown(catalogue, lesson),
        });
      }),
  );
}
