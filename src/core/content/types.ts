import type { LessonFrontMatter, Track } from './schema.js';
import type { Scenario } from './scenario-schema.js';
import type { QuizItem } from './quiz-schema.js';

export type { Scenario, QuizItem };

export interface Lesson extends LessonFrontMatter {
  /** Markdown body after the front matter. */
  body: string;
  /** Path relative to the content root, for messages. */
  file: string;
}

export interface Catalogue {
  tracks: Track[];
  /** Every lesson, in course order (track number, then order). */
  lessons: Lesson[];
  /** Every scenario, deployments first (in family order), then incidents. */
  scenarios: Scenario[];
  /** The self-assessment question bank, by area then level. */
  quiz: QuizItem[];
}

/** A problem found in content: which file, which field, what is wrong. */
export interface ContentIssue {
  file: string;
  field: string;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  return issue.field ? `${issue.file}: ${issue.field}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}
