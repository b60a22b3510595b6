import type { Catalogue, Lesson } from '../content/types.js';
import { rewriteContentLinks } from '../content/links.js';
import { plural } from '../text/plural.js';

/**
 * The whole lesson as one Markdown document for the reader: title, time, objectives, a note on
 * unfinished prerequisites, the body with course links made readable, and the references.
 */
export function lessonMarkdown(lesson: Lesson, catalogue: Catalogue, missingPrerequisites: Lesson[] = []): string {
  const track = catalogue.tracks.find((t) => t.number === lesson.track);
  const parts: string[] = [];
  parts.push(`# ${lesson.title}`);
  parts.push(`*Track ${lesson.track}${track ? `: ${track.title}` : ''} · about ${lesson.minutes} minutes · ${plural(lesson.checks.length, 'check')}${lesson.exercise ? ' and an exercise' : ''}*`);
  if (missingPrerequisites.length) {
    parts.push(`> Builds on: ${missingPrerequisites.map((l) => `${l.title} (\`mcp-operator learn ${l.id}\`)`).join('; ')}. You can read on, or take that first.`);
  }
  parts.push(`**After this lesson you can:**\n\n${lesson.objectives.map((o) => `- ${o}`).join('\n')}`);
  const titleOf = (kind: 'lesson' | 'scenario', id: string) => (kind === 'lesson' ? catalogue.lessons.find((l) => l.id === id)?.title : undefined);
  parts.push(rewriteContentLinks(lesson.body.trim(), titleOf));
  parts.push(`## References\n\n${lesson.references.map((r, i) => `${i + 1}. ${r.title}: ${r.url}`).join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}
