import type { Catalogue, Lesson } from '../content/types.js';
import type { Track } from '../content/schema.js';
import type { LessonRecord, Progress } from '../progress/model.js';
import { lessonStatus } from '../progress/update.js';

export function findLesson(catalogue: Catalogue, id: string): Lesson | undefined {
  return catalogue.lessons.find((l) => l.id === id);
}

export function lessonsOfTrack(catalogue: Catalogue, trackNumber: number): Lesson[] {
  return catalogue.lessons.filter((l) => l.track === trackNumber);
}

/** A lesson is complete when every check has been answered correctly and its exercise, if any, passed. */
export function isLessonComplete(lesson: Lesson, record: LessonRecord | undefined): boolean {
  if (!record) return false;
  const checksDone = lesson.checks.every((c) => record.checks[c.id]?.correct === true);
  const exerciseDone = !lesson.exercise || record.exercise?.passed === true;
  return checksDone && exerciseDone;
}

export type ContinueTarget = { lesson: Lesson; reason: 'resume' | 'next' | 'start' } | undefined;

/**
 * Where "continue" takes the learner: the lesson they last had open if it is not done; otherwise
 * the first unfinished lesson after it in course order; otherwise the first unfinished one.
 * Undefined when the whole course is done.
 */
export function continueTarget(catalogue: Catalogue, progress: Progress): ContinueTarget {
  const { lessons } = catalogue;
  const lastId = progress.last?.lessonId;
  const lastIndex = lastId ? lessons.findIndex((l) => l.id === lastId) : -1;
  const last = lessons[lastIndex];
  if (last && lessonStatus(progress, last.id) !== 'done') return { lesson: last, reason: 'resume' };
  const unfinished = (l: Lesson) => lessonStatus(progress, l.id) !== 'done';
  const after = lessons.slice(lastIndex + 1).find(unfinished);
  if (after) return { lesson: after, reason: lastIndex >= 0 ? 'next' : 'start' };
  const any = lessons.find(unfinished);
  return any ? { lesson: any, reason: lastIndex >= 0 ? 'next' : 'start' } : undefined;
}

/**
 * What "Up next" offers after a lesson: the first lesson after it in course order that is not done
 * yet, else the first one not done before it. Undefined when every other lesson is done.
 */
export function nextUnfinishedAfter(catalogue: Catalogue, progress: Progress, lessonId: string): Lesson | undefined {
  const index = catalogue.lessons.findIndex((l) => l.id === lessonId);
  const open = (l: Lesson) => l.id !== lessonId && lessonStatus(progress, l.id) !== 'done';
  return catalogue.lessons.slice(index + 1).find(open) ?? catalogue.lessons.slice(0, Math.max(0, index)).find(open);
}

/** The lesson after this one in course order, if any. */
export function nextLessonAfter(catalogue: Catalogue, lessonId: string): Lesson | undefined {
  const index = catalogue.lessons.findIndex((l) => l.id === lessonId);
  return index >= 0 ? catalogue.lessons[index + 1] : undefined;
}

/** Prerequisites of a lesson that are not done yet (a warning, never a lock: learners may jump). */
export function missingPrerequisites(catalogue: Catalogue, progress: Progress, lesson: Lesson): Lesson[] {
  return lesson.prerequisites
    .filter((id) => lessonStatus(progress, id) !== 'done')
    .map((id) => findLesson(catalogue, id))
    .filter((l): l is Lesson => Boolean(l));
}

export interface TrackSummary {
  track: Track;
  lessons: number;
  done: number;
  inProgress: number;
  minutes: number;
}

export function trackSummaries(catalogue: Catalogue, progress: Progress): TrackSummary[] {
  return catalogue.tracks.map((track) => {
    const lessons = lessonsOfTrack(catalogue, track.number);
    return {
      track,
      lessons: lessons.length,
      done: lessons.filter((l) => lessonStatus(progress, l.id) === 'done').length,
      inProgress: lessons.filter((l) => lessonStatus(progress, l.id) === 'in-progress').length,
      minutes: lessons.reduce((sum, l) => sum + l.minutes, 0),
    };
  });
}
