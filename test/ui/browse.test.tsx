import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderSized as renderSizedOnce, type Sized } from './holds.js';
import { SIZES } from './screen-harness.js';
import { App, type Screen } from '../../src/ui/App.js';
import { CourseSession } from '../../src/app/course-session.js';
import { ProgressStore } from '../../src/io/progress-store.js';
import { ServersScreen } from '../../src/ui/screens/ServersScreen.js';
import { ToolboxScreen } from '../../src/ui/screens/ToolboxScreen.js';
import { searchServers } from '../../src/core/servers/lookup.js';
import { toolsForJob } from '../../src/core/toolbox/catalog.js';
import { JOB_TITLES, JOBS } from '../../src/core/toolbox/schema.js';
import { makeCatalogue, makeLesson } from '../helpers/fixtures.js';
import { realKnowledge } from '../helpers/knowledge.js';
import { tempHome } from '../helpers/cli.js';
import { KEY, press, waitForFrame } from '../helpers/ui.js';

const mounted: Sized[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) m.instance.unmount();
});

/** The shared harness's sized render (test/ui/holds.tsx), unmounted after each test. */
function renderSized(node: React.ReactElement, columns: number, rows: number): Sized {
  const app = renderSizedOnce(node, columns, rows);
  mounted.push(app);
  return app;
}

const catalogue = makeCatalogue([makeLesson('alpha', 1, 1)]);
const k = realKnowledge();

function renderApp(initial: Screen[], columns: number, rows: number) {
  const session = new CourseSession(catalogue, new ProgressStore({ dir: tempHome() }));
  const exits: number[] = [];
  const app = renderSized(<App session={session} initial={initial} onExit={(code) => exits.push(code)} />, columns, rows);
  return { ...app, exits, session };
}

/** Every line fits the terminal, the frame is no taller than it, and header and key help are on it. */
function expectHolds(frame: string, columns: number, rows: number, title: RegExp, keys: RegExp): void {
  const lines = frame.replace(/\n$/, '').split('\n');
  for (const line of lines) expect([...line].length, `too wide at ${columns}: "${line}"`).toBeLessThanOrEqual(columns);
  expect(lines.length).toBeLessThanOrEqual(rows);
  expect(lines[0]).toMatch(title);
  // Under the title: the rule, or on a narrow terminal the status and then the rule.
  expect(lines.findIndex((l) => /^─+$/.test(l))).toBeOneOf([1, 2]);
  expect(lines.slice(-3).join('\n')).toMatch(keys);
}

/** The selected row is marked with "›", so it shows without colour. */
function selectedRow(frame: string): string | undefined {
  return frame.split('\n').find((line) => line.startsWith('› '));
}

async function openFromHome(app: ReturnType<typeof renderApp>, label: RegExp): Promise<void> {
  await waitForFrame(app.lastFrame, (t) => t.includes('Quit'));
  for (let i = 0; i < 15 && !label.test(app.lastFrame()); i += 1) await press(app.stdin, KEY.down);
  expect(app.lastFrame()).toMatch(label);
  await press(app.stdin, KEY.enter);
}


describe('known servers screen', () => {
  for (const [columns, rows] of SIZES) {
    it(`opens from home, searches, opens a record, scrolls it and goes back (${columns}x${rows})`, async () => {
      const app = renderApp([{ name: 'home' }], columns, rows);
      await openFromHome(app, /› Known servers/);
      let frame = await waitForFrame(app.lastFrame, (t) => t.includes('Search:') && t.includes(`of ${k.servers.length}`));
      expectHolds(frame, columns, rows, /^Known servers/, /Esc back/);
      expect(selectedRow(frame)).toContain(k.servers[0]!.id);

      // Typing filters with searchServers; the first match is selected.
      await press(app.stdin, 'github');
      const matches = searchServers(k, 'github');
      frame = await waitForFrame(app.lastFrame, (t) => t.includes('Search: github') && t.includes(`${matches.length} of ${k.servers.length}`));
      expectHolds(frame, columns, rows, /^Known servers/, /Esc clear search/);
      expect(selectedRow(frame)).toContain(matches[0]!.id);
      expect(frame).not.toContain('atlassian');
      if (matches.some((s) => s.status.state === 'archived')) expect(frame).toContain('ARCHIVED');

      // Enter opens the record; it scrolls to its end; Esc goes back to the list with the search kept.
      await press(app.stdin, KEY.enter);
      frame = await waitForFrame(app.lastFrame, (t) => t.includes('Publisher:') && /Esc back/.test(t));
      expectHolds(frame, columns, rows, columns < 60 ? new RegExp(`^${matches[0]!.id}`) : /^Known servers › /, /Esc back/);
      expect(frame).toMatch(/\d+-\d+ of \d+ \(\d+%\)/);
      await press(app.stdin, KEY.pageDown);
      frame = await waitForFrame(app.lastFrame, (t) => !/ 1-\d+ of /.test(t));
      expectHolds(frame, columns, rows, /\S/, /Esc back/);
      await press(app.stdin, 'G');
      frame = await waitForFrame(app.lastFrame, (t) => t.includes('(100%)'));
      expect(frame).toContain('Checked:');
      expectHolds(frame, columns, rows, /\S/, /Esc back/);
      await press(app.stdin, KEY.escape);
      frame = await waitForFrame(app.lastFrame, (t) => t.includes('Search: github'));
      expectHolds(frame, columns, rows, /^Known servers/, /Esc clear search/);

      // Esc clears the search, then goes back home.
      await press(app.stdin, KEY.escape);
      frame = await waitForFrame(app.lastFrame, (t) => t.includes(`${k.servers.length} of ${k.servers.length}`));
      await press(app.stdin, KEY.escape);
      await waitForFrame(app.lastFrame, (t) => t.includes('Quit') && t.includes('Known servers:'));
      expect(app.exits).toEqual([]);
    });
  }

  it('reaches every server by scrolling, and says when nothing matches', async () => {
    const app = renderSized(<ServersScreen session={new CourseSession(catalogue, new ProgressStore({ dir: tempHome() }))} knowledge={k} width={40} height={19} onBack={() => undefined} refresh={() => undefined} />, 40, 20);
    await waitForFrame(app.lastFrame, (t) => t.includes('Search:'));
    const seen = new Set<string>();
    for (let i = 0; i < k.servers.length; i += 1) {
      const row = selectedRow(app.lastFrame());
      if (row) seen.add(row.slice(2).split(' ')[0]!);
      await press(app.stdin, KEY.down);
    }
    expect([...seen].sort()).toEqual(k.servers.map((s) => s.id).sort());
    await press(app.stdin, 'zzzqqq');
    const frame = await waitForFrame(app.lastFrame, (t) => t.includes('No known server matches "zzzqqq"'));
    expect(frame).toContain(`0 of ${k.servers.length}`);
    await press(app.stdin, '\u007F', '\u007F', '\u007F', '\u007F', '\u007F', '\u007F');
    await waitForFrame(app.lastFrame, (t) => t.includes(`${k.servers.length} of ${k.servers.length}`));
  });

  it('marks deprecated and archived servers and opens a successor with s', async () => {
    const old = k.servers.find((s) => s.status.state !== 'active' && s.status.successor && k.byId.has(s.status.successor));
    expect(old).toBeDefined();
    const successor = k.byId.get(old!.status.successor!)!;
    const app = renderSized(<ServersScreen session={new CourseSession(catalogue, new ProgressStore({ dir: tempHome() }))} knowledge={k} width={80} height={23} onBack={() => undefined} refresh={() => undefined} />, 80, 24);
    await waitForFrame(app.lastFrame, (t) => t.includes('Search:'));
    await press(app.stdin, old!.id);
    let frame = await waitForFrame(app.lastFrame, (t) => t.includes(`Search: ${old!.id}`));
    expect(frame).toMatch(old!.status.state === 'deprecated' ? /DEPRECATED/ : /ARCHIVED/);
    // The exact id is first.
    expect(selectedRow(frame)).toContain(old!.id);
    await press(app.stdin, KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('s successor'));
    expect(frame).toMatch(/Status: (DEPRECATED|ARCHIVED)/);
    await press(app.stdin, 's');
    frame = await waitForFrame(app.lastFrame, (t) => t.includes(`${successor.name} (${successor.id})`));
    await press(app.stdin, KEY.escape);
    await waitForFrame(app.lastFrame, (t) => t.includes(`${old!.name.slice(0, 30)}`) && t.includes('s successor'));
    await press(app.stdin, KEY.escape);
    await waitForFrame(app.lastFrame, (t) => t.includes(`Search: ${old!.id}`));
  });
});

describe("operator's toolbox screen", () => {
  const jobs = JOBS.filter((j) => toolsForJob(k, j).length > 0);

  for (const [columns, rows] of SIZES) {
    it(`opens from home: jobs, tools of a job, a tool with its data handling first, and back (${columns}x${rows})`, async () => {
      const app = renderApp([{ name: 'home' }], columns, rows);
      await openFromHome(app, /› Operator's toolbox/);
      let frame = await waitForFrame(app.lastFrame, (t) => t.includes(JOB_TITLES[jobs[0]!].slice(0, 12)) && t.includes('Enter tools'));
      expectHolds(frame, columns, rows, /^Operator's toolbox/, /Esc back/);
      expect(selectedRow(frame)).toContain(JOB_TITLES[jobs[0]!]);

      // Every job is reachable by scrolling.
      for (let i = 1; i < jobs.length; i += 1) await press(app.stdin, KEY.down);
      frame = await waitForFrame(app.lastFrame, (t) => selectedRow(t)?.includes(JOB_TITLES[jobs[jobs.length - 1]!].slice(0, 20)) === true);
      expectHolds(frame, columns, rows, /^Operator's toolbox/, /Esc back/);
      await press(app.stdin, 'g');

      const job = jobs[0]!;
      const tools = toolsForJob(k, job);
      await press(app.stdin, KEY.enter);
      frame = await waitForFrame(app.lastFrame, (t) => t.includes('Enter details'));
      expectHolds(frame, columns, rows, new RegExp(JOB_TITLES[job].slice(0, 10)), /Esc jobs/);
      expect(frame).toContain(`1/${tools.length}`);
      expect(selectedRow(frame)).toContain(tools[0]!.name.slice(0, 15));
      expect(frame).toMatch(/works offline|partly offline|needs the network|offline:/);

      await press(app.stdin, KEY.enter);
      frame = await waitForFrame(app.lastFrame, (t) => t.includes('Esc back') && t.includes('Works offline:'));
      expectHolds(frame, columns, rows, /\S/, /Esc back/);
      // The data-handling facts are on the first page, whatever the size.
      expect(frame).toContain('What it sends out:');
      // Data handling comes before licence, limits and references.
      await press(app.stdin, 'G');
      const all: string[] = [];
      await press(app.stdin, 'g');
      for (let i = 0; i < 40; i += 1) {
        all.push(app.lastFrame());
        if (app.lastFrame().includes('(100%)') || !/\d+-\d+ of \d+/.test(app.lastFrame())) break;
        await press(app.stdin, KEY.pageDown);
      }
      const text = all.join('\n');
      expect(text.indexOf('Works offline:')).toBeGreaterThan(-1);
      expect(text.indexOf('What it sends out:')).toBeGreaterThan(text.indexOf('Works offline:'));
      expect(text.indexOf('Licence:')).toBeGreaterThan(text.indexOf('What it sends out:'));
      expect(text.indexOf('Limits:') < 0 || text.indexOf('Limits:') > text.indexOf('Licence:')).toBe(true);
      expect(text.indexOf('References:')).toBeGreaterThan(text.indexOf('Licence:'));
      expect(text).toContain('Checked:');
      for (const f of all) expectHolds(f, columns, rows, /\S/, /Esc back/);

      await press(app.stdin, KEY.escape);
      await waitForFrame(app.lastFrame, (t) => t.includes('Enter details'));
      await press(app.stdin, KEY.escape);
      await waitForFrame(app.lastFrame, (t) => t.includes('Enter tools'));
      await press(app.stdin, KEY.escape);
      await waitForFrame(app.lastFrame, (t) => t.includes('Quit') && t.includes("Operator's toolbox:"));
      expect(app.exits).toEqual([]);
    });
  }

  it('lists every tool of every job', async () => {
    const app = renderSized(<ToolboxScreen session={new CourseSession(catalogue, new ProgressStore({ dir: tempHome() }))} knowledge={k} width={40} height={19} onBack={() => undefined} refresh={() => undefined} />, 40, 20);
    await waitForFrame(app.lastFrame, (t) => t.includes('Enter tools'));
    for (const [index, job] of jobs.entries()) {
      await press(app.stdin, KEY.enter);
      await waitForFrame(app.lastFrame, (t) => t.includes('Enter details'));
      const tools = toolsForJob(k, job);
      for (const [i, tool] of tools.entries()) {
        const frame = await waitForFrame(app.lastFrame, (t) => t.includes(`${i + 1}/${tools.length}`));
        expect(selectedRow(frame)).toContain(tool.name.slice(0, 20));
        await press(app.stdin, KEY.down);
      }
      await press(app.stdin, KEY.escape);
      await waitForFrame(app.lastFrame, (t) => t.includes('Enter tools'));
      if (index < jobs.length - 1) await press(app.stdin, KEY.down);
    }
  });
});

describe('an empty knowledge base', () => {
  it('says so, and Esc goes back', async () => {
    const session = new CourseSession(catalogue, new ProgressStore({ dir: tempHome() }));
    const backs: number[] = [];
    const broken = { servers: [], advisories: [], tools: [] } as never;
    const app = renderSized(<ServersScreen session={session} knowledge={broken} width={80} height={23} onBack={() => backs.push(1)} refresh={() => undefined} />, 80, 24);
    const frame = await waitForFrame(app.lastFrame, (t) => t.includes('0 of 0') && t.includes('lists no servers'));
    expectHolds(frame, 80, 24, /^Known servers/, /Esc back/);
    await press(app.stdin, KEY.escape);
    expect(backs).toEqual([1]);
  });
});
