/**
 * Shared by the every-screen tests: the real course opened in the App at a terminal size, progress
 * seeded through the session, and the checks that a screen holds and that every option in a list
 * can be reached.
 */
import React from 'react';
import { afterEach, expect } from 'vitest';
import { App, type Screen } from '../../src/ui/App.js';
import { CourseSession } from '../../src/app/course-session.js';
import { ProgressStore } from '../../src/io/progress-store.js';
import { loadCatalogue } from '../../src/io/content-loader.js';
import type { Catalogue, Lesson } from '../../src/core/content/types.js';
import { renderInline } from '../../src/core/text/inline.js';
import { tempHome } from '../helpers/cli.js';
import { KEY, press, waitForFrame } from '../helpers/ui.js';
import { holdProblems, renderSized, selectedRow, type HoldsOptions, type Sized } from './holds.js';

export const SIZES = [
  [40, 20],
  [80, 24],
  [120, 40],
] as const;

let cached: Promise<Catalogue> | undefined;
/** The real course: its longest questions and options are what breaks a small screen. */
export function realCatalogue(): Promise<Catalogue> {
  cached ??= loadCatalogue();
  return cached;
}

export type App = Sized & { session: CourseSession; exits: number[] };

export function newSession(catalogue: Catalogue): CourseSession {
  return new CourseSession(catalogue, new ProgressStore({ dir: tempHome() }));
}

export function openApp(session: CourseSession, initial: Screen[], columns: number, rows: number): App {
  const exits: number[] = [];
  const app = renderSized(<App session={session} initial={initial} onExit={(code) => exits.push(code)} />, columns, rows);
  return { ...app, session, exits };
}

/** Screens opened by a test file's tests, unmounted after each test: `start` opens the App, `sized` any element. */
export function mountedScreens(): { start: (...args: Parameters<typeof openApp>) => App; sized: (node: React.ReactElement, columns: number, rows: number) => Sized } {
  const open: Sized[] = [];
  afterEach(() => {
    for (const app of open.splice(0)) app.instance.unmount();
  });
  const keep = <T extends Sized>(app: T): T => {
    open.push(app);
    return app;
  };
  return { start: (...args) => keep(openApp(...args)), sized: (node, columns, rows) => keep(renderSized(node, columns, rows)) };
}

/** Every check of a lesson answered right, so opening it goes straight to its exercise (or its end). */
export async function answerChecks(session: CourseSession, lesson: Lesson): Promise<void> {
  for (const [i, check] of lesson.checks.entries()) await session.answerCheck(lesson, i, check.options.findIndex((o) => o.correct === true));
}

export function lessonById(catalogue: Catalogue, id: string): Lesson {
  const lesson = catalogue.lessons.find((l) => l.id === id);
  if (!lesson) throw new Error(`no lesson ${id}`);
  return lesson;
}

/** Waits for a frame, then asserts the screen holds at its size. */
export async function holds(app: Sized, what: string, ready: (frame: string) => boolean, options: HoldsOptions): Promise<string> {
  const frame = await waitForFrame(app.lastFrame, ready);
  expect(holdProblems(app, options), `${what} at ${app.stdout.columns}x${app.stdout.rows}:\n${frame}`).toEqual([]);
  return frame;
}

/** The first words of a label (as shown: inline Markdown rendered), short enough to be on its first row at any width. */
export function labelStart(label: string, room = 16): string {
  const plain = renderInline(label).replace(/\s+/g, ' ').trim();
  const words = plain.split(' ');
  let out = words[0] ?? '';
  for (const word of words.slice(1)) {
    if (out.length + 1 + word.length > room) break;
    out += ` ${word}`;
  }
  return out.slice(0, room);
}

/**
 * Moves the selection down through a list from its first entry and checks that each label, in
 * order, is the selected row at some point, and that the screen holds at every step.
 */
export async function reachEvery(app: Sized, what: string, labels: readonly string[], options: HoldsOptions): Promise<void> {
  for (const [i, label] of labels.entries()) {
    const start = labelStart(label);
    const frame = await waitForFrame(app.lastFrame, (t) => selectedRow(t).includes(start), 3000).catch(() => app.lastFrame());
    expect(selectedRow(frame), `${what}: option ${i + 1} "${label}" is not reachable at ${app.stdout.columns}x${app.stdout.rows}:\n${frame}`).toContain(start);
    expect(holdProblems(app, { ...options, selection: true }), `${what} with option ${i + 1} selected:\n${frame}`).toEqual([]);
    if (i < labels.length - 1) await press(app.stdin, KEY.down);
  }
}

export { KEY, press, waitForFrame };
