import React from 'react';
import { render } from 'ink-testing-library';
import { App, type Screen } from '../../src/ui/App.js';
import { CourseSession } from '../../src/app/course-session.js';
import { ProgressStore } from '../../src/io/progress-store.js';
import type { Catalogue } from '../../src/core/content/types.js';
import { tempHome } from './cli.js';

export const KEY = { down: '\u001B[B', up: '\u001B[A', enter: '\r', escape: '\u001B', space: ' ', pageDown: '\u001B[6~' };

export function renderApp(catalogue: Catalogue, initial: Screen[]) {
  const session = new CourseSession(catalogue, new ProgressStore({ dir: tempHome() }));
  const exits: number[] = [];
  const app = render(<App session={session} initial={initial} onExit={(code) => exits.push(code)} />);
  return { ...app, session, exits };
}

/** Poll the last frame until `predicate` holds (Ink renders after async work settles). */
export async function waitForFrame(frame: () => string | undefined, predicate: (text: string) => boolean, timeout = 8000): Promise<string> {
  const start = Date.now();
  for (;;) {
    const text = frame() ?? '';
    if (predicate(text)) {
      // Ink re-subscribes input handlers in effects after drawing; let them settle before typing.
      await new Promise((r) => setTimeout(r, 60));
      return text;
    }
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for frame; last frame:\n${text}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function press(stdin: { write: (s: string) => void }, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    stdin.write(key);
    await new Promise((r) => setTimeout(r, 40));
  }
}
