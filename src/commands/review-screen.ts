import { homedir } from 'node:os';
import type { ReviewResult } from '../core/review/engine.js';
import { CourseSession } from '../app/course-session.js';
import { loadContext } from './context.js';
import { letInkDraw } from './terminal.js';

/** The interactive review: the TUI's review screen, with lessons a key away. */
export async function runReviewScreen(result: ReviewResult): Promise<number> {
  const { catalogue, store } = await loadContext();
  const session = new CourseSession(catalogue, store);
  letInkDraw();
  const { runReviewTui } = await import('../ui/review-run.js');
  return runReviewTui(session, result, homedir());
}
