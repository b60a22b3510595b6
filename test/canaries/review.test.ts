/**
 * Secret canaries in the config review: a fake secret of every kind the review detects, planted in
 * env values, arguments (`--flag value`, `--flag=value`, positional), headers, URLs (query and
 * user-info), a `bash -c` script and a `${VAR:-default}`, in Cursor and VS Code JSON, Codex TOML and
 * Continue YAML. Nothing the review prints may hold a canary, nor any 8 characters of its secret
 * after the first four: not the result, not text, JSON, SARIF or Markdown, not the TUI rows with
 * every finding expanded, not the built CLI's stdout or stderr.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewConfigs, type ReviewResult } from '../../src/core/review/engine.js';
import { reviewJson } from '../../src/core/review/output/json.js';
import { reviewMarkdown } from '../../src/core/review/output/markdown.js';
import { reviewSarif } from '../../src/core/review/output/sarif.js';
import { reviewText } from '../../src/core/review/output/text.js';
import { REVIEW_RULES } from '../../src/core/review/rules/index.js';
import { findSecrets } from '../../src/core/review/secrets.js';
import { reviewRows } from '../../src/core/review/view.js';
import { runCli, tempHome } from '../helpers/cli.js';
import { CANARIES, leaks } from './canaries.js';
import { CLIENT_PATHS, configText, plantAll, writeConfigs, type ClientFile } from './plant.js';

const TOOL = { name: 'mcp-operator', version: '0.0.0-canary' };
const CLIENTS: ClientFile[] = ['cursor', 'vscode', 'codex', 'continue'];
const planted = plantAll();

function reviewAll(home = '/h'): ReviewResult {
  return reviewConfigs(
    CLIENTS.map((client) => ({ path: `${home}/${CLIENT_PATHS[client]}`, text: configText(client, planted) })),
    TOOL,
  );
}

/** Every way the review's result is shown in-process, each labelled (the TUI rows separately: wrapping is slow). */
function renderings(result: ReviewResult): Record<string, string> {
  return {
    result: JSON.stringify(result),
    text: reviewText(result, { home: '/h', fixes: true }),
    json: reviewJson(result.report),
    sarif: reviewSarif(result, REVIEW_RULES, { root: '/h' }),
    md: reviewMarkdown(result, { home: '/h' }),
  };
}

/** The TUI's rows with every finding expanded (why, evidence, fix, lesson and the fixed entry). */
function tuiRows(result: ReviewResult, width: number): string {
  const expanded = new Set(result.details.map((_, i) => i));
  return reviewRows(result, expanded, { width, home: '/h', rules: REVIEW_RULES, lessonTitle: (id) => `Lesson ${id}` })
    .map((r) => r.text)
    .join('\n');
}

function leaksIn(outputs: Record<string, string>): string[] {
  return Object.entries(outputs).flatMap(([label, text]) => leaks(text).map((l) => `${label}: ${l}`));
}

describe('secret canaries: the config review', () => {
  it('every canary is detected as the kind it stands for, covering its secret', () => {
    const missed: string[] = [];
    for (const c of CANARIES) {
      const matches = findSecrets(c.value, c.name);
      const hit = matches.find((m) => {
        const found = c.value.slice(m.start, m.end);
        const kindOk = typeof c.kind === 'string' ? m.kind === c.kind : c.kind.test(m.kind);
        return kindOk && found.includes(c.secret);
      });
      if (!hit) missed.push(`${c.id}: ${JSON.stringify(matches.map((m) => m.kind))}`);
    }
    expect(missed).toEqual([]);
    // Every kind is here (the preset's, AWS key id and secret, bearer, entropy, a named password), each canary distinct.
    expect(new Set(CANARIES.map((c) => c.value)).size).toBe(CANARIES.length);
    expect(CANARIES.length).toBeGreaterThanOrEqual(33);
  });

  it('the review reports a secret in every planted entry, in every client file', () => {
    const result = reviewAll();
    expect(result.report.scanned.map((s) => [s.client, s.servers, s.error])).toEqual(CLIENTS.map((c) => [c, planted.length, undefined]));
    const missed: string[] = [];
    for (const client of CLIENTS) {
      const path = `/h/${CLIENT_PATHS[client]}`;
      for (const p of planted) {
        const seen = result.report.findings.some((f) => f.path === path && f.server === p.name && f.category === 'secret-exposure');
        if (!seen) missed.push(`${client}: ${p.name}`);
      }
    }
    expect(missed).toEqual([]);
    // Every entry is shown with a fixed version (it auto-approves a write tool), so the fixed entries are checked too.
    expect(result.servers.filter((s) => s.fixed !== undefined)).toHaveLength(CLIENTS.length * planted.length);
  });

  it('no in-process rendering holds a canary: the result, text, JSON, SARIF and Markdown', () => {
    const outputs = renderings(reviewAll());
    expect(outputs.text).toMatch(/(partly )?fixed entry/i);
    expect(leaksIn(outputs)).toEqual([]);
  }, 60_000);

  it('the TUI rows with every finding expanded hold no canary, in every client format', () => {
    // Every canary in one of its places, a different one per canary where it can (wrapping thousands of expanded findings takes a minute).
    const some = CANARIES.map((c, i) => planted.find((p) => p.canary === c && p.place === c.places[i % c.places.length]) as (typeof planted)[number]);
    const outputs: Record<string, string> = {};
    for (const client of CLIENTS) {
      const result = reviewConfigs([{ path: `/h/${CLIENT_PATHS[client]}`, text: configText(client, some) }], TOOL);
      expect(result.report.scanned[0]?.servers).toBe(some.length);
      outputs[`${client} rows`] = tuiRows(result, client === 'cursor' ? 30 : 100);
      expect(outputs[`${client} rows`]).toMatch(/(Partly f|F)ixed entry/);
    }
    expect(leaksIn(outputs)).toEqual([]);
  }, 60_000);

  it('the built CLI prints no canary in text, json, sarif or md, on stdout or stderr', async () => {
    const home = tempHome();
    const cwd = join(home, 'work');
    mkdirSync(cwd, { recursive: true });
    const files = Object.values(writeConfigs(home, planted));
    const env = { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: '', CLAUDE_CONFIG_DIR: '' };
    const runs = await Promise.all(['text', 'json', 'sarif', 'md'].map((format) => runCli(['review', ...files, '--no-discover', '--format', format], { home, cwd, env })));
    for (const r of runs) expect(r.code).toBe(1);
    const json = JSON.parse(runs[1]?.stdout ?? '') as { scanned: { servers: number }[]; findings: unknown[] };
    expect(json.scanned.map((s) => s.servers)).toEqual(files.map(() => planted.length));
    expect(json.findings.length).toBeGreaterThan(planted.length * files.length);
    const outputs = Object.fromEntries(runs.flatMap((r, i) => [[`stdout ${i}`, r.stdout], [`stderr ${i}`, r.stderr]]));
    expect(leaksIn(outputs)).toEqual([]);

    // Standard input too (the format is sniffed).
    const stdin = await runCli(['review', '-', '--no-discover', '--format', 'md'], { home, cwd, env, input: configText('codex', planted) });
    expect(stdin.code).toBe(1);
    expect(stdin.stdout).toMatch(/(Partly f|F)ixed entry/);
    expect(leaksIn({ stdout: stdin.stdout, stderr: stdin.stderr })).toEqual([]);
  }, 60_000);

  it('Zed and OpenCode shapes (command object, command array, environment) print no canary either', () => {
    const zed = { context_servers: Object.fromEntries(planted.filter((p) => p.entry.command).map((p) => [p.name, { command: { path: p.entry.command, args: p.entry.args, env: p.entry.env ?? {} } }])) };
    const opencode = { mcp: Object.fromEntries(planted.filter((p) => p.entry.command).map((p) => [p.name, { type: 'local', command: [p.entry.command, ...(p.entry.args as string[])], environment: p.entry.env ?? {} }])) };
    const home = tempHome();
    const zedPath = join(home, '.config/zed/settings.json');
    mkdirSync(join(zedPath, '..'), { recursive: true });
    writeFileSync(zedPath, JSON.stringify(zed));
    const result = reviewConfigs(
      [
        { path: zedPath, text: JSON.stringify(zed) },
        { path: join(home, 'opencode.json'), text: JSON.stringify(opencode) },
      ],
      TOOL,
    );
    expect(result.report.scanned.map((s) => s.client)).toEqual(['zed', 'opencode']);
    const servers = Object.keys(zed.context_servers).length;
    expect(result.report.scanned.map((s) => s.servers)).toEqual([servers, servers]);
    expect(new Set(result.report.findings.filter((f) => f.category === 'secret-exposure').map((f) => `${f.path}#${f.server}`)).size).toBe(servers * 2);
    expect(leaksIn(renderings(result))).toEqual([]);
  });
});
