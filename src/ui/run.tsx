import React from 'react';
import { render } from 'ink';
import type { CourseSession } from '../app/course-session.js';
import { continueTarget } from '../core/course/navigation.js';
import type { InteractiveRequest } from '../commands/interactive.js';
import { App, type Screen } from './App.js';

const ENTER_ALT_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALT_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

export function initialScreens(session: CourseSession, request: InteractiveRequest): Screen[] {
  if (request.screen === 'home') return [{ name: 'home' }];
  // Leaving the list a command opened goes to the home screen, not out of the program.
  if (request.screen === 'scenarios') {
    return request.scenarioId
      ? [{ name: 'home' }, { name: 'scenarios', focus: request.scenarioId }, { name: 'scenario', scenarioId: request.scenarioId }]
      : [{ name: 'home' }, { name: 'scenarios' }];
  }
  const id = request.lessonId ?? continueTarget(session.catalogue, session.progress)?.lesson.id;
  return id ? [{ name: 'home' }, { name: 'course', focus: id }, { name: 'lesson', lessonId: id }] : [{ name: 'home' }, { name: 'course' }];
}

/**
 * Mount a full-screen Ink app in the alternate screen buffer. Whatever way it ends (q, Ctrl-C,
 * SIGTERM, SIGHUP), the terminal gets its screen, cursor and cooked mode back, and `flush`
 * (pending writes) finishes first. `app` receives the function that ends it with an exit code.
 */
export async function runFullScreen(app: (exit: (code: number) => void) => React.ReactElement, flush: () => Promise<void> = async () => undefined): Promise<number> {
  const out = process.stdout;
  let code = 0;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    // After a real hang-up the terminal is gone and the write fails (EIO, EPIPE): nothing to restore then.
    out.once('error', () => undefined);
    try {
      out.write(SHOW_CURSOR + LEAVE_ALT_SCREEN);
    } catch {
      // the terminal is gone
    }
  };
  out.write(ENTER_ALT_SCREEN);
  process.once('exit', restore);
  const instance = render(app((c) => (code = c)), { exitOnCtrlC: false, patchConsole: true });
  const onSignal = (signal: NodeJS.Signals) => {
    code = signal === 'SIGINT' ? 130 : 128 + (signal === 'SIGHUP' ? 1 : 15);
    instance.unmount();
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, onSignal);
  try {
    await instance.waitUntilExit();
    await flush();
  } finally {
    for (const s of signals) process.off(s, onSignal);
    restore();
  }
  return code;
}

/** The full-screen course. */
export async function runTui(session: CourseSession, request: InteractiveRequest): Promise<number> {
  const notices = session.store.notices.splice(0);
  return runFullScreen((onExit) => <App session={session} initial={initialScreens(session, request)} notices={notices} onExit={onExit} />, () => session.flush());
}
