import type { Exercise } from '../core/content/schema.js';

/** The exercise brief as Markdown: title, prompt and the code to study. */
export function exerciseMarkdown(exercise: Exercise, shownItems?: { text: string }[]): string {
  const parts = [`## ${exercise.title}`, exercise.prompt];
  if (exercise.code) parts.push(`\`\`\`${exercise.language ?? ''}\n${exercise.code.replace(/\n$/, '')}\n\`\`\``);
  if (shownItems) parts.push(shownItems.map((item) => `- ${item.text}`).join('\n'));
  return parts.join('\n\n');
}
