import type { Catalogue, Lesson, Scenario } from '../core/content/types.js';
import { situationMarkdown } from '../core/scenario/play.js';

const LINK = /\[([^\]]*)\]\((lesson|scenario):([a-z0-9-]+)\)/g;

/** Course links `[text](lesson:ID)` become MCP resource links `[text](lesson://ID)` a client can read. */
export function resourceLinks(markdown: string): string {
  return markdown.replace(LINK, (_raw, text: string, kind: string, id: string) => `[${text}](${kind}://${id})`);
}

/** A lesson for an AI assistant: title, track and time, objectives, the body and the references. */
export function lessonMarkdown(catalogue: Catalogue, lesson: Lesson): string {
  const track = catalogue.tracks.find((t) => t.number === lesson.track);
  const prerequisites = lesson.prerequisites.map((id) => `[${catalogue.lessons.find((l) => l.id === id)?.title ?? id}](lesson://${id})`);
  const parts = [
    `# ${lesson.title}`,
    `*Track ${lesson.track}${track ? `: ${track.title}` : ''} · about ${lesson.minutes} minutes · areas: ${lesson.areas.join(', ')}*`,
    ...(prerequisites.length ? [`Builds on: ${prerequisites.join('; ')}.`] : []),
    `**After this lesson you can:**\n\n${lesson.objectives.map((o) => `- ${o}`).join('\n')}`,
    resourceLinks(lesson.body.trim()),
    `## References\n\n${lesson.references.map((r, i) => `${i + 1}. ${r.title}: ${r.url}`).join('\n')}`,
  ];
  return `${parts.join('\n\n')}\n`;
}

/**
 * A scenario as one readable document: the situation and server profile, every decision with its
 * options, then (marked as the answers, after the questions) the expert choice at each point and
 * the debrief, so an assistant can play it with a user or discuss it.
 */
export function scenarioMarkdown(catalogue: Catalogue, scenario: Scenario): string {
  const decisions = scenario.decisions.map((d, i) => {
    const options = d.options.map((o, k) => `${String.fromCharCode(65 + k)}. ${o.text.trim()}`).join('\n');
    return `### Decision ${i + 1}: ${d.prompt.trim()}\n\n${options}`;
  });
  const answers = scenario.decisions.map((d, i) => {
    const k = d.options.findIndex((o) => o.expert === true);
    const expert = d.options[k];
    const others = d.options
      .filter((o) => o !== expert)
      .map((o) => `  - ${String.fromCharCode(65 + d.options.indexOf(o))}: ${o.consequence.trim()}`)
      .join('\n');
    return `${i + 1}. **${String.fromCharCode(65 + k)}** ${expert?.consequence.trim() ?? ''}\n\n   Why: ${d.why.trim()}\n\n   The other choices:\n${others}`;
  });
  const lessons = scenario.lessons.map((id) => `- [${catalogue.lessons.find((l) => l.id === id)?.title ?? id}](lesson://${id})`);
  const parts = [
    situationMarkdown(scenario),
    `## Decisions\n\n${decisions.join('\n\n')}`,
    `## The expert's choices (answers: read after deciding)\n\n${answers.join('\n\n')}`,
    `## Debrief\n\n${scenario.debrief.trim()}`,
    ...(lessons.length ? [`## Lessons behind this scenario\n\n${lessons.join('\n')}`] : []),
    `## References\n\n${scenario.references.map((r, i) => `${i + 1}. ${r.title}: ${r.url}`).join('\n')}`,
  ];
  return `${resourceLinks(parts.join('\n\n'))}\n`;
}
