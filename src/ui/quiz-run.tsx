import React from 'react';
import type { CourseSession } from '../app/course-session.js';
import type { QuizItem } from '../core/content/types.js';
import { App } from './App.js';
import { runFullScreen } from './run.js';

/** The quiz, full screen, inside the course app so a recommended lesson opens right there. */
export async function runQuizTui(session: CourseSession, mode: 'full' | 'focused' | 'review', items: QuizItem[], findingLessons: string[]): Promise<number> {
  return runFullScreen((onExit) => <App session={session} initial={[{ name: 'quiz', mode, items, findingLessons }]} onExit={onExit} />, () => session.flush());
}
