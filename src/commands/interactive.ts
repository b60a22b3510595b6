import { UserError } from '../io/errors.js';
import { loadContext } from './context.js';
import { CourseSession } from '../app/course-session.js';
import { letInkDraw } from './terminal.js';

export interface InteractiveRequest {
  screen: 'home' | 'learn' | 'scenarios';
  lessonId?: string;
  scenarioId?: string;
  plain: boolean;
}

const ALTERNATIVES = 'use --plain for line mode, or the non-interactive commands: mcp-operator lessons --json, mcp-operator progress --json';

/** Start the full-screen TUI or line mode, after making sure the terminal can carry it. */
export async function runInteractive(request: InteractiveRequest): Promise<number> {
  if (!request.plain && (!process.stdin.isTTY || !process.stdout.isTTY)) {
    const which = !process.stdin.isTTY ? 'standard input' : 'standard output';
    throw new UserError(`the full-screen course needs a terminal, but ${which} is not one; ${ALTERNATIVES}`);
  }
  const { catalogue, store } = await loadContext();
  if (request.lessonId && !catalogue.lessons.some((l) => l.id === request.lessonId)) {
    throw new UserError(`no lesson "${request.lessonId}" (see mcp-operator lessons)`);
  }
  if (request.scenarioId && !catalogue.scenarios.some((s) => s.id === request.scenarioId)) {
    throw new UserError(`no scenario "${request.scenarioId}" (see mcp-operator scenarios --json)`);
  }
  const session = new CourseSession(catalogue, store);
  if (request.plain) {
    const { runPlain } = await import('../plain/run.js');
    return runPlain(session, request);
  }
  letInkDraw();
  const { runTui } = await import('../ui/run.js');
  return runTui(session, request);
}
