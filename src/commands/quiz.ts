import { UserError } from '../io/errors.js';
import { planFindingLessons } from '../io/plan-files.js';
import { CourseSession } from '../app/course-session.js';
import { parseQuizRequest, planQuiz, type QuizRequest } from '../app/quiz-plan.js';
import { latestAttempt, quizResult } from '../core/quiz/result.js';
import { seededRandom } from '../core/quiz/select.js';
import { flushNotices, loadContext } from './context.js';
import { letInkDraw } from './terminal.js';

export interface QuizOptions extends QuizRequest {
  json?: boolean;
}

export async function quizCommand(options: QuizOptions, plain: boolean): Promise<number> {
  const request = parseQuizRequest(options);
  const { catalogue, store } = await loadContext();
  if (options.json) {
    const progress = store.read();
    flushNotices(store);
    const attempt = latestAttempt(progress);
    const result = attempt ? quizResult(catalogue, progress, attempt, planFindingLessons(), new Date()) : null;
    process.stdout.write(`${JSON.stringify({ result, attempts: progress.quiz.attempts.length }, null, 2)}\n`);
    return 0;
  }
  if (!catalogue.quiz.length) throw new UserError('this course has no quiz items yet');
  if (!plain && (!process.stdin.isTTY || !process.stdout.isTTY)) {
    throw new UserError('the quiz needs a terminal; use --plain for line mode, or quiz --json for your last result');
  }
  const session = new CourseSession(catalogue, store);
  const { mode, items } = planQuiz(catalogue, session.progress, request, seededRandom(Date.now()), new Date());
  if (plain) {
    const { runPlainQuiz } = await import('../plain/quiz.js');
    try {
      await runPlainQuiz(session, mode, items, planFindingLessons());
    } catch (error) {
      await session.flush();
      if (error instanceof Error && error.name === 'ExitPromptError') {
        process.stdout.write('\nQuiz stopped; the answers you gave are kept (mcp-operator quiz --json shows them).\n');
        return process.stdin.isTTY ? 130 : 2;
      }
      throw error;
    }
    return 0;
  }
  letInkDraw();
  const { runQuizTui } = await import('../ui/quiz-run.js');
  return runQuizTui(session, mode, items, planFindingLessons());
}
