import type { Catalogue } from '../content/types.js';
import type { Progress } from '../progress/model.js';
import type { InterviewAnswers, Question } from '../interview/questions.js';
import { visibleQuestions } from '../interview/flow.js';
import { lessonStatus } from '../progress/update.js';
import { lessonsOfTrack } from './navigation.js';

export interface PendingCapstone {
  track: number;
  /** The track's planning questions answered so far for the learner's own server, of `total`. */
  answered: number;
  total: number;
  server: string;
}

/**
 * A capstone the learner started for their own server and left before the end (Ctrl-C, q): the
 * first track whose last lesson is done and whose planning questions are not all answered in the
 * learner's own deployment. Nothing when they never started one for their own server.
 */
export function pendingCapstone(catalogue: Catalogue, progress: Progress, own: InterviewAnswers, questions: readonly Question[]): PendingCapstone | undefined {
  if (typeof own.server !== 'string' || !own.server) return undefined;
  for (const track of catalogue.tracks) {
    const last = lessonsOfTrack(catalogue, track.number).at(-1);
    if (!last || lessonStatus(progress, last.id) !== 'done') continue;
    const asked = visibleQuestions(own, questions).filter((q) => q.track === track.number && q.id !== 'server');
    const answered = asked.filter((q) => own[q.id] !== undefined).length;
    if (asked.length && answered < asked.length) return { track: track.number, answered, total: asked.length, server: own.server };
  }
  return undefined;
}
