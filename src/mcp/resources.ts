import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Catalogue } from '../core/content/types.js';
import { ProtocolError, RESOURCE_NOT_FOUND } from './errors.js';
import { lessonMarkdown, scenarioMarkdown } from './markdown.js';

export { RESOURCE_NOT_FOUND };

function variable(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function complete(ids: string[]) {
  return (value: string) => ids.filter((id) => id.startsWith(value)).slice(0, 100);
}

/** Every lesson as lesson://ID and every scenario as scenario://ID, Markdown, listed by resources/list. */
export function registerResources(server: McpServer, catalogue: Catalogue): void {
  const lessonIds = catalogue.lessons.map((l) => l.id);
  server.registerResource(
    'lesson',
    new ResourceTemplate('lesson://{id}', {
      list: () => ({
        resources: catalogue.lessons.map((l) => ({
          uri: `lesson://${l.id}`,
          name: l.id,
          title: l.title,
          description: `Track ${l.track}, lesson ${l.order}: about ${l.minutes} minutes (${l.areas.join(', ')})`,
          mimeType: 'text/markdown',
        })),
      }),
      complete: { id: complete(lessonIds) },
    }),
    { title: 'Lesson', description: 'A lesson of the course, as Markdown.', mimeType: 'text/markdown' },
    (uri, variables) => {
      const id = variable(variables.id);
      const lesson = catalogue.lessons.find((l) => l.id === id);
      if (!lesson) throw new ProtocolError(RESOURCE_NOT_FOUND, 'Resource not found: no lesson has that id; resources/list or the list_lessons tool gives every lesson');
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text: lessonMarkdown(catalogue, lesson) }] };
    },
  );

  const scenarioIds = catalogue.scenarios.map((s) => s.id);
  server.registerResource(
    'scenario',
    new ResourceTemplate('scenario://{id}', {
      list: () => ({
        resources: catalogue.scenarios.map((s) => ({
          uri: `scenario://${s.id}`,
          name: s.id,
          title: s.title,
          description: s.summary.trim(),
          mimeType: 'text/markdown',
        })),
      }),
      complete: { id: complete(scenarioIds) },
    }),
    { title: 'Scenario', description: 'A practice scenario (a deployment decision or an incident), as Markdown: situation, decisions, then the expert choices and debrief.', mimeType: 'text/markdown' },
    (uri, variables) => {
      const id = variable(variables.id);
      const scenario = catalogue.scenarios.find((s) => s.id === id);
      if (!scenario) throw new ProtocolError(RESOURCE_NOT_FOUND, 'Resource not found: no scenario has that id; resources/list gives every scenario');
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text: scenarioMarkdown(catalogue, scenario) }] };
    },
  );
}
