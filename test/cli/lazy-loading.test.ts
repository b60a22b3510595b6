import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertNoNetwork, cliNodeArgs, networkLogFile, tempHome } from '../helpers/cli.js';

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

const HEAVY = /node_modules\/(ink|react|react-reconciler|marked-terminal|@inkjs\/ui|highlight\.js|cli-highlight|@inquirer|ts-fsrs|zod|yaml|conf|ajv|wrap-ansi)\//;

/** The bundle files `args` loaded: modules as Node resolved them, and the review script when a review ran from it (its code cache is written). */
function filesLoaded(args: string[], status = 0): { loaded: string[]; home: string } {
  const home = tempHome();
  const log = join(home, 'loads.txt');
  const network = networkLogFile();
  const result = spawnSync(process.execPath, cliNodeArgs(args, [join(process.cwd(), 'test/helpers/record-loads.mjs')]), {
    env: { ...process.env, MCP_OPERATOR_HOME: home, MCP_OPERATOR_LOAD_LOG: log, HOME: home, MCP_OPERATOR_NETWORK_LOG: network },
    cwd: home,
    encoding: 'utf8',
  });
  expect(result.status).toBe(status);
  assertNoNetwork(network, `mcp-operator ${args.join(' ')}`);
  const meta = JSON.parse(readFileSync('dist/meta.json', 'utf8')) as Metafile;
  const loaded = (existsSync(log) ? readFileSync(log, 'utf8') : '')
    .split('\n')
    .filter((url) => url.startsWith('file:') && url.includes('/dist/'))
    .map((url) => relative(process.cwd(), fileURLToPath(url)));
  const script = Object.keys(meta.outputs).find((f) => /^dist\/review-[A-Z0-9]+\.cjs$/.test(f)) as string;
  const cache = join(home, 'cache');
  if (existsSync(cache) && readdirSync(cache).some((n) => n.startsWith(script.slice('dist/'.length, -'.cjs'.length)))) loaded.push(script);
  expect(loaded.some((f) => f === 'dist/main.js' || f === script)).toBe(true);
  return { loaded, home };
}

/** Which npm packages the bundle files loaded by `args` contain. */
function heavyPackagesLoaded(args: string[], status = 0): string[] {
  const meta = JSON.parse(readFileSync('dist/meta.json', 'utf8')) as Metafile;
  const { loaded } = filesLoaded(args, status);
  const inputs = loaded.flatMap((file) => Object.keys(meta.outputs[file]?.inputs ?? {}));
  return [...new Set(inputs.filter((i) => HEAVY.test(i)).map((i) => HEAVY.exec(i)?.[1] ?? i))];
}

describe('quick commands stay quick', () => {
  for (const args of [['--version'], ['lessons', '--json'], ['progress', '--json']]) {
    it(`${args.join(' ')} loads no Ink, React, prompts, marked-terminal, zod, yaml, conf, wrap-ansi or the review scheduler`, () => {
      expect(heavyPackagesLoaded(args)).toEqual([]);
    });
  }

  for (const format of ['json', 'sarif', 'md', 'text']) {
    it(`review --format ${format} loads no Ink, React or prompts`, () => {
      const loaded = heavyPackagesLoaded(['review', '--format', format, join(process.cwd(), 'test/fixtures/review/mixed.mcp.json'), '--no-discover'], 1);
      expect(loaded.filter((p) => /^(ink|react|react-reconciler|@inkjs\/ui|@inquirer|marked-terminal|highlight\.js|cli-highlight)$/.test(p))).toEqual([]);
    });
  }

  it('a printed review runs from the review script alone: no module of the bundle is loaded, and its code cache is written', () => {
    const args = ['review', '--format', 'json', join(process.cwd(), 'test/fixtures/review/mixed.mcp.json'), '--no-discover'];
    const { loaded, home } = filesLoaded(args, 1);
    expect(loaded.filter((f) => f !== 'dist/bin.cjs')).toEqual([expect.stringMatching(/^dist\/review-\w+\.cjs$/)]);
    expect(readdirSync(join(home, 'cache')).filter((n) => n.endsWith('.v8'))).toHaveLength(1);
  });

  it('the check detects heavy packages when they are loaded (the TUI chunk holds Ink)', () => {
    const meta = JSON.parse(readFileSync('dist/meta.json', 'utf8')) as Metafile;
    const withInk = Object.entries(meta.outputs).filter(([, o]) => Object.keys(o.inputs).some((i) => /node_modules\/ink\//.test(i)));
    expect(withInk.length).toBeGreaterThan(0);
  });
});
