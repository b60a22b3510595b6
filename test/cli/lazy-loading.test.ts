import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertNoNetwork, cliNodeArgs, networkLogFile, tempHome } from '../helpers/cli.js';

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

const HEAVY = /node_modules\/(ink|react|react-reconciler|marked-terminal|@inkjs\/ui|highlight\.js|cli-highlight|@inquirer|ts-fsrs|zod|yaml|conf|ajv|wrap-ansi)\//;

/** Which npm packages the bundle chunks loaded by `args` contain. */
function heavyPackagesLoaded(args: string[], status = 0): string[] {
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
  const loaded = readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:') && url.includes('/dist/'))
    .map((url) => relative(process.cwd(), fileURLToPath(url)));
  expect(loaded).toContain('dist/bin.js');
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

  it('the check detects heavy packages when they are loaded (the TUI chunk holds Ink)', () => {
    const meta = JSON.parse(readFileSync('dist/meta.json', 'utf8')) as Metafile;
    const withInk = Object.entries(meta.outputs).filter(([, o]) => Object.keys(o.inputs).some((i) => /node_modules\/ink\//.test(i)));
    expect(withInk.length).toBeGreaterThan(0);
  });
});
