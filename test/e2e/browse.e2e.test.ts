import { afterEach, describe, expect, it } from 'vitest';
import { BIN, runCli, tempHome } from '../helpers/cli.js';
import { TmuxTerminal } from '../helpers/tmux.js';

const terminals: TmuxTerminal[] = [];
afterEach(() => {
  for (const t of terminals.splice(0)) t.close();
});

function terminal(args: string, width: number, height: number, color: boolean): TmuxTerminal {
  const home = tempHome();
  const env: Record<string, string> = { MCP_OPERATOR_HOME: home, HOME: home };
  if (!color) env.NO_COLOR = '1';
  const t = new TmuxTerminal(`node ${BIN} ${args}`, { width, height, env });
  terminals.push(t);
  return t;
}

/** No line wider than the terminal, the title on the first line, a rule under it, the key help at the bottom. */
function expectHolds(screen: string, width: number, title: RegExp, keys: RegExp): void {
  const lines = screen.replace(/\n+$/, '').split('\n');
  for (const line of lines) expect([...line].length, `"${line}"`).toBeLessThanOrEqual(width);
  expect(lines[0]).toMatch(title);
  // Under the title: the rule, or on a narrow terminal the status and then the rule.
  expect(lines.findIndex((l) => /^─+$/.test(l))).toBeOneOf([1, 2]);
  expect(lines.slice(-2).join(' ')).toMatch(keys);
}

/** The menu line the cursor is on. */
const cursorLine = (screen: string) => screen.split('\n').find((line) => line.startsWith('›')) ?? '';

/** Move down the home menu one step at a time (each step seen on screen, so a slow machine cannot overshoot), then Enter. */
async function choose(t: TmuxTerminal, option: RegExp): Promise<void> {
  await t.waitFor((s) => s.includes('Quit') && cursorLine(s) !== '', 'the home screen');
  for (let i = 0; i < 15 && !option.test(cursorLine(t.screen())); i += 1) {
    const before = cursorLine(t.screen());
    t.keys('Down');
    await t.waitFor((s) => cursorLine(s) !== before, 'the menu cursor to move');
  }
  expect(cursorLine(t.screen())).toMatch(option);
  t.keys('Enter');
}

describe('the server browser and the toolbox in a real terminal (tmux)', () => {
  for (const [width, height, color] of [
    [80, 24, true],
    [40, 20, false],
  ] as const) {
    const label = `${width}x${height}${color ? '' : ', NO_COLOR'}`;

    it(`known servers: search, open a record, scroll, back to home (${label})`, async () => {
      const t = terminal('', width, height, color);
      await choose(t, /› Known servers/);
      let screen = await t.waitFor((s) => s.includes('Search:') && /› atlassian/.test(s), 'the server list');
      expectHolds(screen, width, /^Known servers/, /Esc back/);
      t.keys('github');
      screen = await t.waitFor((s) => s.includes('Search: github') && /› github/.test(s), 'the search result');
      expect(screen).not.toContain('atlassian');
      expect(screen).toContain('ARCHIVED');
      expectHolds(screen, width, /^Known servers/, /Esc clear search/);
      t.keys('Enter');
      screen = await t.waitFor((s) => s.includes('Publisher: GitHub') && /(^| )1-\d+ of \d+ /m.test(s), 'the GitHub record');
      expectHolds(screen, width, width < 60 ? /^github/ : /^Known servers › GitHub MCP Server/, /Esc back/);
      t.keys('PageDown', 'PageDown');
      screen = await t.waitFor((s) => !/(^| )1-\d+ of \d+ /m.test(s) && /(^| )\d+-\d+ of \d+ /m.test(s), 'the record scrolled');
      expectHolds(screen, width, /\S/, /Esc back/);
      t.keys('End');
      screen = await t.waitFor((s) => s.includes('(100%)') && s.includes('Checked:'), 'the end of the record');
      t.keys('Escape');
      await t.waitFor((s) => s.includes('Search: github') && /› github/.test(s), 'the list, search kept');
      t.keys('Escape');
      await t.waitFor((s) => /› atlassian/.test(s), 'the search cleared');
      t.keys('Escape');
      await t.waitFor((s) => s.includes('Quit') && cursorLine(s) !== '', 'home again');
      t.keys('q');
      await t.waitFor((s) => s.includes('EXIT=0'), 'a clean exit');
    });

    it(`operator's toolbox: jobs, tools, a tool's data handling, back to home (${label})`, async () => {
      const t = terminal('', width, height, color);
      await choose(t, /› Operator's toolbox/);
      let screen = await t.waitFor((s) => /› Config scanners/.test(s) && s.includes('Enter tools'), 'the jobs');
      expectHolds(screen, width, /^Operator's toolbox/, /Esc back/);
      t.keys('Down', 'Down');
      await t.waitFor((s) => /› Gateways and proxies/.test(s), 'the gateway job selected');
      t.keys('Enter');
      screen = await t.waitFor((s) => s.includes('Enter details') && /› Docker MCP Gateway/.test(s), 'the gateways');
      expectHolds(screen, width, /Gateways and proxies/, /Esc jobs/);
      expect(screen).toMatch(/sends data out|sends nothing/);
      t.keys('Enter');
      // Data handling first: on the first page, right under the name.
      screen = await t.waitFor((s) => s.includes('Works offline:') && s.includes('What it sends out:') && s.includes('Esc back'), 'the Docker MCP Gateway record');
      expectHolds(screen, width, width < 60 ? /^docker-mcp-gateway/ : /^Operator's toolbox › Docker MCP Gateway/, /Esc back/);
      expect(screen.indexOf('Works offline:')).toBeLessThan(screen.indexOf('What it sends out:'));
      t.keys('End');
      screen = await t.waitFor((s) => s.includes('(100%)') && s.includes('Checked:'), 'the end of the record');
      expectHolds(screen, width, /\S/, /Esc back/);
      t.keys('Escape');
      await t.waitFor((s) => s.includes('Enter details'), 'the tools again');
      t.keys('Escape');
      await t.waitFor((s) => s.includes('Enter tools') && /› Gateways and proxies/.test(s), 'the jobs, same job selected');
      t.keys('Escape');
      await t.waitFor((s) => s.includes('Quit') && cursorLine(s) !== '', 'home again');
      t.keys('q');
      await t.waitFor((s) => s.includes('EXIT=0'), 'a clean exit');
    });
  }

  it('line mode in a terminal: both entries on the numbered home menu, a search, a record', async () => {
    const t = terminal('--plain', 80, 24, false);
    const menu = await t.waitFor((s) => s.includes('What next? (1-10; q to quit)'), 'the home menu');
    expect(menu).toMatch(/^ {3}7\. Known servers: /m);
    expect(menu).toMatch(/^ {3}8\. Operator's toolbox: /m);
    t.keys('7', 'Enter');
    await t.waitFor((s) => s.includes('words to search'), 'the server prompt');
    t.keys('playwright', 'Enter');
    await t.waitFor((s) => s.includes('Publisher: Microsoft') || s.includes('Checked:'), 'the Playwright record');
    t.keys('q', 'Enter');
    await t.waitFor((s) => /Number to open .*: q/.test(s) && s.includes('10. Quit') && /What next\? \(1-10; q to quit\):\s*$/.test(s.trimEnd()), 'the home menu again');
    t.keys('q', 'Enter');
    await t.waitFor((s) => s.includes('EXIT=0'), 'the end');
  });
});

describe('line mode from a pipe: numbered choices, whole lines', () => {
  it('browses servers and the toolbox from answers piped in at once, with no escape codes', async () => {
    const home = tempHome();
    const input = ['7', 'github', '2', 'github', 'q', '8', '3', '1', '', '', 'q'].join('\n') + '\n';
    const r = await runCli(['--plain'], { home, input });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).not.toMatch(/\u001B/);
    // The home menu, numbered, with both entries.
    expect(out).toMatch(/^ {3}7\. Known servers: /m);
    expect(out).toMatch(/^ {3}8\. Operator's toolbox: /m);
    expect(out).toContain('What next? (1-10; q to quit): 7');
    // The whole list, then a search, the second match, then the successor by its id.
    expect(out).toMatch(/^ {3}1\. atlassian: /m);
    expect(out).toMatch(/2 of \d+ match "github":/);
    expect(out).toMatch(/^ {2}2\. server-github: GitHub MCP Server \(archived reference,\n[^\n]*\n[^\n]*\[ARCHIVED\]/m);
    expect(out).toContain('Known server: GitHub MCP Server (archived reference');
    expect(out).toMatch(/Status: ARCHIVED since \d{4}-\d{2}-\d{2}; successor: GitHub MCP Server \(github\)/);
    expect(out).toContain('Type github to open its successor.');
    expect(out).toContain('Known server: GitHub MCP Server\n');
    expect(out).toContain('Least-privilege switches:');
    expect(out).toContain('--read-only');
    // The toolbox: jobs, the gateways, Docker MCP Gateway with its data handling.
    expect(out).toMatch(/^ {3}3\. Gateways and proxies \(\d+\)/m);
    expect(out).toContain('Gateways and proxies: Docker MCP Gateway');
    const record = out.slice(out.indexOf('Gateways and proxies: Docker MCP Gateway'));
    expect(record.indexOf('Works offline:')).toBeGreaterThan(0);
    expect(record.indexOf('What it sends out:')).toBeGreaterThan(record.indexOf('Works offline:'));
    expect(record.indexOf('References:')).toBeGreaterThan(record.indexOf('What it sends out:'));
    for (const line of out.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(100);
  });

  it('ends cleanly when the piped answers run out inside a browser', async () => {
    const r = await runCli(['--plain'], { home: tempHome(), input: '7\ngithub\n' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Known server: GitHub MCP Server');
  });
});
