import type { InterviewAnswers } from '../core/interview/questions.js';
import { resolveKnownServer, suggestAnswers, type Suggestion } from '../core/servers/suggest.js';
import { loadKnowledgeSync } from '../io/knowledge-loader.js';

/** Suggestions for the rest of the interview once the answers name a known server (none otherwise, or when the knowledge base cannot be read). */
export function suggestionsFor(answers: InterviewAnswers): Record<string, Suggestion> {
  try {
    const k = loadKnowledgeSync();
    const known = resolveKnownServer(k, answers);
    return known ? suggestAnswers(known, answers) : {};
  } catch {
    return {};
  }
}

/** The line the interview shows under a question with a suggestion. */
export function suggestionLine(s: Suggestion): string {
  const v = Array.isArray(s.value) ? s.value.join(', ') : s.value;
  return `Suggested from ${s.from}: ${v} (${s.because}). Confirm it or choose another answer.`;
}
