import type { Lesson } from '../content/types.js';
import type { LessonRecord } from '../progress/model.js';

export type LessonStep =
  | { kind: 'read' }
  | { kind: 'check'; index: number }
  | { kind: 'exercise' }
  | { kind: 'complete' };

/**
 * The steps of a lesson visit: read, then every check, then the exercise, then completion.
 * Checks already answered correctly are skipped while a lesson is unfinished, so a learner who
 * comes back does not redo what they got right; a finished lesson replays everything.
 */
export function lessonSteps(lesson: Lesson, record: LessonRecord | undefined): LessonStep[] {
  const replay = !record || record.status === 'done';
  const steps: LessonStep[] = [{ kind: 'read' }];
  lesson.checks.forEach((check, index) => {
    if (replay || record.checks[check.id]?.correct !== true) steps.push({ kind: 'check', index });
  });
  if (lesson.exercise && (replay || record.exercise?.passed !== true)) steps.push({ kind: 'exercise' });
  steps.push({ kind: 'complete' });
  return steps;
}

/** "Check 2 of 4" numbering is by the check's place in the lesson, not in the visit. */
export function stepLabel(lesson: Lesson, step: LessonStep): string {
  switch (step.kind) {
    case 'read': return 'Reading';
    case 'check': return `Check ${step.index + 1} of ${lesson.checks.length}`;
    case 'exercise': return `Exercise: ${lesson.exercise?.title ?? ''}`;
    case 'complete': return 'Done';
  }
}
