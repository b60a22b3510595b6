import React from 'react';
import type { CourseSession } from '../app/course-session.js';
import type { ReviewResult } from '../core/review/engine.js';
import { App } from './App.js';
import { runFullScreen } from './run.js';
import { REVIEW_RULES } from '../core/review/rules/index.js';

/** `mcp-operator review` in a terminal: the review screen of the App, so a finding's lesson opens in place. */
export function runReviewTui(session: CourseSession, result: ReviewResult, home: string): Promise<number> {
  return runFullScreen((onExit) => <App session={session} initial={[{ name: 'review', result, rules: REVIEW_RULES, home }]} onExit={onExit} />, () => session.flush());
}
