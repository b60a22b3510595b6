import type { LessonFrontMatter, Track } from './schema.js';

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
