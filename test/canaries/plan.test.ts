/**
 * Secret canaries in plans: `plan --from-config FILE#SERVER` pre-answers the interview from a
 * config entry (its URL, package, image, transport). No plan, in Markdown or JSON, on stdout or
 * in the files `--out` writes, and no note on stderr, may hold a canary planted in that entry.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePlan } from '../../src/app/plans.js';
import { answersFromConfig } from '../../src/commands/plan.js';
import { planMarkdown } from '../../src/core/plan/markdown.js';
import { runCli, tempHome } from '../helpers/cli.js';
import { CANARIES, leaks } from './canaries.js';
import { CLIENT_PATHS, configText, plantAll, type ClientFile } from './plant.js';

const planted = plantAll();
const remote = planted.filter((p) => ['url', 'url-userinfo', 'url-query', 'header'].includes(p.place));

/** One config per canary (all its places), so each `plan --from-config` reviews a small file. */
function writePerCanary(home: string, client: ClientFile): Map<string, string> {
  const files = new Map<string, string>();
  for (const c of CANARIES) {
    const dir = join(home, c.id);
    const path = join(dir, CLIENT_PATHS[client]);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, configText(client, planted.filter((p) => p.canary === c)));
    files.set(c.id, path);
  }
  return files;
}

describe('secret canaries: plans from a config entry', () => {
  it('no pre-answered plan (Markdown, JSON) or note holds a canary, for every entry of every client', async () => {
    const home = tempHome();
    const outputs: Record<string, string> = {};
    let plans = 0;
    for (const client of ['cursor', 'codex', 'continue'] as const) {
      const files = writePerCanary(join(home, client), client);
      // Every entry of the Cursor file; in TOML and YAML the entries a plan reads most from (URL and headers).
      for (const p of client === 'cursor' ? planted : remote) {
        const spec = `${files.get(p.canary.id) as string}#${p.name}`;
        const { answers, notes } = await answersFromConfig(spec);
        expect(answers.server).toBe(p.name);
        const plan = makePlan(answers, new Date('2026-02-01T00:00:00Z'));
        outputs[`${client} ${p.name}`] = `${notes.join('\n')}\n${planMarkdown(plan)}\n${JSON.stringify(plan)}`;
        plans += 1;
      }
    }
    expect(plans).toBe(planted.length + remote.length * 2);
    // The URL answer survives where it is no secret: the remote entries are planned as remote servers.
    expect(outputs['cursor github-classic--header']).toContain('https://mcp.acme-corp.net/mcp');
    const leaked = Object.entries(outputs).flatMap(([label, text]) => leaks(text).map((l) => `${label}: ${l}`));
    expect(leaked).toEqual([]);
  }, 60_000);

  it('the built CLI: plan --from-config --format md|json and --out write no canary, nor print one on stderr', async () => {
    const home = tempHome();
    const cwd = join(home, 'work');
    mkdirSync(cwd, { recursive: true });
    // The entries where a plan could pick a secret up: the URL (user-info, query, a webhook as the URL), headers, args.
    const chosen = planted.filter((p) => ['url', 'url-userinfo', 'url-query', 'header'].includes(p.place) && ['basic-auth-url', 'slack-webhook', 'github-classic', 'bearer-header', 'high-entropy-arg', 'private-key'].includes(p.canary.id));
    chosen.push(...planted.filter((p) => p.canary.id === 'postgres' && p.place === 'arg-positional'));
    expect(chosen.length).toBeGreaterThanOrEqual(8);
    const file = join(home, CLIENT_PATHS.cursor);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, configText('cursor', chosen));
    const env = { HOME: home, XDG_CONFIG_HOME: join(home, '.config') };
    const outDir = join(home, 'plans');
    const runs = await Promise.all(
      chosen.flatMap((p, i) => [
        runCli(['plan', '--from-config', `${file}#${p.name}`, '--format', i % 2 ? 'md' : 'json'], { home, cwd, env }),
        runCli(['plan', '--from-config', `${file}#${p.name}`, '--out', join(outDir, p.name)], { home, cwd, env }),
      ]),
    );
    for (const r of runs) expect([r.code, r.stderr.split('\n').filter((l) => !l.startsWith('from the config: ') && l !== '')]).toEqual([0, []]);
    const written = readdirSync(outDir);
    expect(written).toHaveLength(chosen.length * 2);
    const outputs: Record<string, string> = {};
    runs.forEach((r, i) => {
      outputs[`run ${i} stdout`] = r.stdout;
      outputs[`run ${i} stderr`] = r.stderr;
    });
    for (const name of written) outputs[name] = readFileSync(join(outDir, name), 'utf8');
    expect(outputs[`${'basic-auth-url--url'}.md`]).toContain('mcp.corp-tools.net');
    const leaked = Object.entries(outputs).flatMap(([label, text]) => leaks(text).map((l) => `${label}: ${l}`));
    expect(leaked).toEqual([]);
  }, 60_000);
});
