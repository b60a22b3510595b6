import { DONT_KNOW } from '../risk/factors.js';
import { QUESTIONS, type InterviewAnswers } from './questions.js';
import { answer } from './flow.js';
import { findSecrets, redactedEvidence, redactValue } from '../review/secrets.js';

/** Text from the file as an error may show it: any secret in it reduced to its kind and at most four characters. */
function shown(text: string): string {
  return redactValue(text, findSecrets(text));
}

/** `text` with every secret found in `values` redacted (for messages that echo the values). */
function redactedIn(text: string, values: readonly string[]): string {
  let out = text;
  for (const value of values) {
    for (const m of findSecrets(value)) {
      const secret = value.slice(m.start, m.end);
      if (secret.length >= 4) out = out.split(secret).join(`[${redactedEvidence(m.kind, secret)}]`);
    }
  }
  return out;
}

export interface AnswersFileResult {
  answers: InterviewAnswers;
  /** One line per problem, naming the question id (and value). Empty when the file is valid. */
  errors: string[];
}

/**
 * Validate an answers file (the public schema: question ids as keys, DESIGN section 7 values).
 * An unknown id or value is an error; a missing factor is left out here and becomes "don't know".
 */
export function readAnswersObject(data: unknown): AnswersFileResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { answers: {}, errors: ['the answers file must hold an object of question ids and answers'] };
  const errors: string[] = [];
  let answers: InterviewAnswers = {};
  for (const [id, raw] of Object.entries(data as Record<string, unknown>)) {
    const question = QUESTIONS.find((q) => q.id === id);
    if (!question) {
      errors.push(`unknown question id ${JSON.stringify(shown(id))} (known: ${QUESTIONS.map((q) => q.id).join(', ')})`);
      continue;
    }
    let value: string | string[];
    if (raw === null || raw === undefined) value = DONT_KNOW;
    else if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') value = String(raw);
    else if (Array.isArray(raw) && raw.every((v) => typeof v === 'string')) value = raw as string[];
    else {
      errors.push(`${id}: expected a string${question.kind === 'multi' ? ' or a list of strings' : ''}`);
      continue;
    }
    if (question.kind === 'multi' && typeof value === 'string' && value !== DONT_KNOW) value = [value];
    if (question.kind === 'choice' && Array.isArray(value)) {
      errors.push(`${id}: takes one value, not a list`);
      continue;
    }
    const result = answer(answers, question, value, QUESTIONS.map((q) => ({ ...q, appliesWhen: undefined })));
    if (!result.ok) {
      // The value is echoed to say what was wrong; a secret pasted into an answers file is not.
      const values = Array.isArray(value) ? value : [value];
      errors.push(`${id}: ${JSON.stringify(Array.isArray(value) ? value.map(shown) : shown(value))} is not valid: ${redactedIn(result.message, values).replace(/\s*[\r\n]+\s*/g, ' ')}`);
    } else answers = result.answers;
  }
  return { answers, errors };
}
