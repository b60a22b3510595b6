import { describe, expect, it } from 'vitest';
import { makeCatalogue, makeLesson } from '../../helpers/fixtures.js';
import { tempHome } from '../../helpers/cli.js';
import { CourseSession } from '../../../src/app/course-session.js';
import { ProgressStore } from '../../../src/io/progress-store.js';
import { progressLines } from '../../../src/app/progress-text.js';

describe('progress of a lesson', () => {
  it('shows how many checks were right at the first try, not only in the end', async () => {
    const lesson = makeLesson('alpha', 1, 1);
    const session = new CourseSession(makeCatalogue([lesson, makeLesson('beta', 1, 2)]), new ProgressStore({ dir: tempHome() }));
    const right = (i: number) => lesson.checks[i]!.options.findIndex((o) => o.correct === true);
    // Check 1 wrong then right, check 2 wrong then right, check 3 right at once.
    await session.answerCheck(lesson, 0, (right(0) + 1) % 3);
    await session.answerCheck(lesson, 0, right(0));
    await session.answerCheck(lesson, 1, (right(1) + 1) % 3);
    await session.answerCheck(lesson, 1, right(1));
    await session.answerCheck(lesson, 2, right(2));
    const text = progressLines(session, 80).join('\n');
    expect(text).toContain('Lesson alpha: 3/3 checks right, 1 at the first try');
    const clean = new CourseSession(makeCatalogue([lesson]), new ProgressStore({ dir: tempHome() }));
    for (const i of [0, 1, 2]) await clean.answerCheck(lesson, i, right(i));
    expect(progressLines(clean, 80).join('\n')).toContain('Lesson alpha: 3/3 checks right\n');
  });
});
