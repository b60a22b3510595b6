import React from 'react';
import { describe, expect, it } from 'vitest';
import { render } from 'ink-testing-library';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LabSession } from '../../src/app/lab-session.js';
import { ProgressStore } from '../../src/io/progress-store.js';
import { LabScreen } from '../../src/ui/screens/LabScreen.js';
import { App } from '../../src/ui/App.js';
import { CourseSession } from '../../src/app/course-session.js';
import { loadCatalogue } from '../../src/io/content-loader.js';
import { tempHome } from '../helpers/cli.js';
import { realKnowledge, ROOT } from '../helpers/knowledge.js';
import { KEY, press, waitForFrame } from '../helpers/ui.js';
import { githubEntry, json, TOKEN, tokenLab } from '../core/lab/helpers.js';

const { start, solution, lab } = tokenLab();

async function screen(width = 80, height = 24) {
  const home = tempHome();
  const dir = join(home, 'work');
  const s = new LabSession({ lab, dir, store: new ProgressStore({ dir: home }), knowledge: realKnowledge(), watch: { pollMs: 100, debounceMs: 50 } });
  await s.open();
  s.watch();
  const backs: number[] = [];
  const edits: string[] = [];
  const app = render(<LabScreen session={s} width={width} height={height} onBack={() => backs.push(1)} edit={async (file) => (edits.push(file), 'Opened it.')} />);
  return { app, s, dir, backs, edits };
}

describe('lab screen', () => {
  it('shows each goal with the engine\'s message and its line, and turns them when the file is saved', async () => {
    const { app, s, dir } = await screen();
    let frame = await waitForFrame(app.lastFrame, (t) => t.includes('0/2 goals'));
    expect(frame).toContain('✗ not yet  github: no "Credential written into the config file" finding');
    expect(frame).toMatch(/\.mcp\.json:\d+: github has a literal credential/);
    expect(frame).not.toContain(TOKEN.slice(4, 16));
    expect(frame).toContain(`Edit .mcp.json in ${dir}`.slice(0, 40));
    writeFileSync(join(dir, 'tmp.json'), solution['.mcp.json']);
    renameSync(join(dir, 'tmp.json'), join(dir, '.mcp.json'));
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('2/2 goals · passed'), 3000);
    expect(frame).toContain('✓ pass');
    expect(frame).toContain('All 2 goals pass: lab passed');
    app.unmount();
    await s.close();
  });

  it('h shows hints one by one; s stays shut until the third hint, then shows the solution; q leaves', async () => {
    const { app, s, backs } = await screen();
    await waitForFrame(app.lastFrame, (t) => t.includes('goals'));
    await press(app.stdin, 's');
    await waitForFrame(app.lastFrame, (t) => t.includes('The solution opens once every goal passes'));
    await press(app.stdin, 'h');
    await waitForFrame(app.lastFrame, (t) => t.includes('Hint 1 of 3: one'));
    await press(app.stdin, 'h', 'h');
    const third = await waitForFrame(app.lastFrame, (t) => t.includes('Hint 3 of 3: three'));
    expect(third).toContain('h hint (3/3)');
    await press(app.stdin, 's');
    const sol = await waitForFrame(app.lastFrame, (t) => t.includes('Reference solution'));
    expect(sol).toContain('Because.');
    expect(sol).toContain('── .mcp.json ──');
    expect(sol).toContain('  "mcpServers": {');
    await press(app.stdin, 'q');
    await waitForFrame(app.lastFrame, (t) => t.includes('h hint (3/3)'));
    expect(backs).toEqual([]);
    await press(app.stdin, 'q');
    expect(backs).toEqual([1]);
    app.unmount();
    await s.close();
  });

  it('r asks first: n keeps the work, y puts the starting files back', async () => {
    const { app, s, dir } = await screen();
    await waitForFrame(app.lastFrame, (t) => t.includes('goals'));
    writeFileSync(join(dir, '.mcp.json'), solution['.mcp.json']);
    await waitForFrame(app.lastFrame, (t) => t.includes('2/2 goals'), 3000);
    await press(app.stdin, 'r');
    await waitForFrame(app.lastFrame, (t) => t.includes('Restore the starting files?') && t.includes('y restore · n keep my work'));
    await press(app.stdin, 'n');
    await waitForFrame(app.lastFrame, (t) => t.includes('Nothing was restored.'));
    expect(readFileSync(join(dir, '.mcp.json'), 'utf8')).toBe(solution['.mcp.json']);
    await press(app.stdin, 'r', 'y');
    await waitForFrame(app.lastFrame, (t) => t.includes('The starting files are back.') && t.includes('0/2 goals'));
    expect(readFileSync(join(dir, '.mcp.json'), 'utf8')).toBe(start['.mcp.json']);
    app.unmount();
    await s.close();
  });

  it('e opens the file to edit and shows what happened', async () => {
    const { app, s, dir, edits } = await screen();
    await waitForFrame(app.lastFrame, (t) => t.includes('goals'));
    await press(app.stdin, 'e');
    await waitForFrame(app.lastFrame, (t) => t.includes('Opened it.'));
    expect(edits).toEqual([join(dir, '.mcp.json')]);
    app.unmount();
    await s.close();
  });

  it('holds at 40x20: every line fits and the keys stay on screen', async () => {
    const { app, s } = await screen(40, 20);
    const frame = await waitForFrame(app.lastFrame, (t) => t.includes('goals'));
    expect(frame.split('\n').every((line) => line.length <= 40)).toBe(true);
    expect(frame).toContain('e edit');
    expect(frame).toContain('q back');
    expect(frame.split('\n').length).toBeLessThanOrEqual(20);
    app.unmount();
    await s.close();
  });
});

describe('the lab from the course', () => {
  it('a lesson with a lab offers it at its end (o), and the lab opens in its workspace beside the progress file', async () => {
    const catalogue = await loadCatalogue(ROOT);
    const home = tempHome();
    // Every check of the lesson answered right and its exercise passed: the visit is the reading, then the end.
    const lesson = catalogue.lessons.find((l) => l.id === 'harden-the-container')!;
    const at = '2026-12-01T10:00:00.000Z';
    const checks = Object.fromEntries(lesson.checks.map((c) => [c.id, { answer: 0, correct: true, attempts: 1, at }]));
    const record = { status: 'in-progress', startedAt: at, updatedAt: at, checks, ...(lesson.exercise ? { exercise: { passed: true, attempts: 1, at } } : {}) };
    writeFileSync(join(home, 'progress.json'), JSON.stringify({ schemaVersion: 4, lessons: { [lesson.id]: record }, scenarios: {}, quiz: { attempts: [], cards: {} }, labs: {} }));
    const session = new CourseSession(catalogue, new ProgressStore({ dir: home }));
    const exits: number[] = [];
    const app = render(<App session={session} initial={[{ name: 'lesson', lessonId: lesson.id }]} onExit={(c) => exits.push(c)} />);
    await waitForFrame(app.lastFrame, (t) => t.includes('Enter'));
    await press(app.stdin, KEY.enter);
    const end = await waitForFrame(app.lastFrame, (t) => t.includes('End of lesson') && t.includes('o lab'), 10_000);
    expect(end).toContain('Hands-on lab: press o');
    await press(app.stdin, 'o');
    const labFrame = await waitForFrame(app.lastFrame, (t) => t.includes('Lab: Harden a docker run line'), 10_000);
    expect(labFrame).toContain(join(home, 'labs', 'harden-docker-run').slice(0, 30));
    expect(readFileSync(join(home, 'labs', 'harden-docker-run', 'run-server.sh'), 'utf8')).toContain('--privileged');
    await press(app.stdin, 'q');
    // Back where the lab was offered: the lesson's end, not its first page.
    const back = await waitForFrame(app.lastFrame, (t) => !t.includes('Lab: Harden') && t.includes('End of lesson'), 10_000);
    expect(back).toContain('Hands-on lab: press o');
    expect(back).not.toMatch(/\d+-\d+ of \d+ \(/);
    app.unmount();
  }, 60_000);
});
