import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { networkAttempts, networkLogFile, NO_NETWORK } from '../helpers/cli.js';
import { connectStdio } from '../mcp/stdio-client.js';

const root = process.cwd();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  files: string[];
  dependencies?: Record<string, string>;
  scripts: Record<string, string>;
  bin: Record<string, string>;
};

/** The environment without npm's own settings (npm test sets npm_config_*), so each npm run here is configured only by its flags. */
function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^npm_/i.test(k) && k !== 'NODE_OPTIONS') env[k] = v;
  return { ...env, ...extra };
}

function npm(args: string[], cwd: string, env: Record<string, string> = cleanEnv()): SpawnSyncReturns<string> {
  return spawnSync('npm', args, { cwd, env, encoding: 'utf8', timeout: 180_000 });
}

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

describe('the npm package', () => {
  const work = mkdtempSync(join(tmpdir(), 'mcp-operator-pack-'));
  const prefix = join(work, 'prefix');
  const home = join(work, 'home');
  const installLog = networkLogFile();
  const runLog = networkLogFile();
  let packed: PackResult;
  let tarball: string;
  let installed: string;

  beforeAll(() => {
    for (const dir of [prefix, home, join(work, 'cache'), join(work, 'out')]) mkdirSync(dir, { recursive: true });
    // dist/ is the one the test command just built; --ignore-scripts keeps npm pack from rebuilding it under the other tests.
    const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', join(work, 'out')], root);
    expect(pack.status, pack.stderr).toBe(0);
    packed = (JSON.parse(pack.stdout) as PackResult[])[0] as PackResult;
    tarball = join(work, 'out', packed.filename);
    // An empty cache, npm offline, an unreachable registry and the no-network preload in npm itself:
    // the install can only succeed if the tarball needs nothing else.
    const install = npm(['install', '--offline', '--no-audit', '--no-fund', '--cache', join(work, 'cache'), '--prefix', prefix, tarball], work, {
      ...cleanEnv(),
      npm_config_registry: 'http://127.0.0.1:9/',
      NODE_OPTIONS: `--import=${NO_NETWORK}`,
      MCP_OPERATOR_NETWORK_LOG: installLog,
    });
    expect(install.status, `${install.stdout}\n${install.stderr}`).toBe(0);
    installed = join(prefix, 'node_modules', 'mcpserver-operator');
  }, 240_000);

  /** Run the installed command through its bin link (as a user's shell would), offline, from a folder outside the repository. */
  function run(args: string[], input = ''): SpawnSyncReturns<string> {
    return spawnSync(join(prefix, 'node_modules', '.bin', 'mcp-operator'), args, {
      cwd: work,
      input,
      encoding: 'utf8',
      env: { ...cleanEnv(), HOME: home, MCP_OPERATOR_HOME: home, NO_COLOR: '1', NODE_OPTIONS: `--import=${NO_NETWORK}`, MCP_OPERATOR_NETWORK_LOG: runLog },
      timeout: 60_000,
    });
  }

  it('declares no runtime dependencies and installs from the tarball alone, offline, with an empty cache', () => {
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(networkAttempts(installLog)).toEqual([]);
    const modules = readdirSync(join(prefix, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(modules).toEqual(['mcpserver-operator']);
    expect(realpathSync(join(prefix, 'node_modules', '.bin', 'mcp-operator'))).toBe(realpathSync(join(installed, manifest.bin['mcp-operator'] as string)));
  });

  it('ships what the CLI reads at run time, no sources, tests or source maps, and references no map', () => {
    const files = packed.files.map((f) => f.path);
    for (const needed of ['dist/bin.cjs', 'dist/main.js', 'dist/catalogue.json', 'dist/knowledge.json', 'dist/mcp-start.json', 'LICENSE', 'README.md', 'package.json', 'lessons/tracks.yaml']) expect(files).toContain(needed);
    expect(files.filter((f) => /^dist\/review-[A-Z0-9]+\.cjs$/.test(f))).toHaveLength(1);
    for (const folder of ['dist/chunks/', 'lessons/', 'scenarios/', 'quiz/', 'servers/', 'advisories/', 'toolbox/']) expect(files.some((f) => f.startsWith(folder)), folder).toBe(true);
    expect(files.filter((f) => /^(src|test|scripts|docs|node_modules|\.ci)\/|\.map$|^dist\/meta\.json$|^tsconfig/.test(f))).toEqual([]);
    for (const f of files.filter((p) => /\.c?js$/.test(p))) expect(readFileSync(join(installed, f), 'utf8'), f).not.toMatch(/sourceMappingURL/);
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the mcpserver-operator authors/);
  });

  it('--version, lessons --json, review --format sarif and plan --answers work from the installed package', () => {
    const version = run(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(manifest.version);

    const lessons = run(['lessons', '--json']);
    expect(lessons.status, lessons.stderr).toBe(0);
    expect((JSON.parse(lessons.stdout) as { tracks: { lessons: unknown[] }[] }).tracks.flatMap((t) => t.lessons).length).toBeGreaterThan(10);

    const review = run(['review', join(root, 'test/fixtures/review/mixed.mcp.json'), '--no-discover', '--format', 'sarif']);
    expect(review.status, review.stderr).toBe(1);
    const sarif = JSON.parse(review.stdout) as { version: string; runs: { tool: { driver: { version: string } }; results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.tool.driver.version).toBe(manifest.version);
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(0);

    const plan = run(['plan', '--answers', join(root, 'test/fixtures/answers/acme-tickets.yaml'), '--format', 'json']);
    expect(plan.status, plan.stderr).toBe(0);
    expect(JSON.parse(plan.stdout)).toMatchObject({ schema: 'mcp-operator/plan@1', server: expect.any(String), rating: expect.any(String) });
    for (const r of [version, lessons, review, plan]) expect(r.stderr).toBe('');
  });

  it('serves MCP from the installed package to the official SDK client', async () => {
    const session = await connectStdio({
      bin: join(installed, 'dist', 'bin.cjs'),
      cwd: work,
      env: { HOME: home, MCP_OPERATOR_HOME: home, NO_COLOR: '1', MCP_OPERATOR_NETWORK_LOG: runLog },
    });
    try {
      expect(session.client.getServerVersion()).toMatchObject({ name: 'mcp-operator', version: manifest.version });
      const { tools } = await session.client.listTools();
      expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(['review_config', 'assess_deployment', 'lookup_server']));
      const explained = await session.client.callTool({ name: 'explain_finding', arguments: { id: 'MCPR-SEC-001' } });
      expect(explained.isError).toBeFalsy();
      const read = await session.client.readResource({ uri: 'lesson://trust-before-install' });
      expect(read.contents[0]).toMatchObject({ mimeType: 'text/markdown' });
      expect(session.stderr()).toBe('');
    } finally {
      await session.close();
    }
  });

  it('used no network in any of these runs (the no-network preload logged nothing)', () => {
    expect(networkAttempts(runLog)).toEqual([]);
  });
});

describe('the bundle', () => {
  it('loads nothing from node_modules at run time: every import it leaves out of the bundle is a Node built-in', () => {
    const meta = JSON.parse(readFileSync(join(root, 'dist/meta.json'), 'utf8')) as { outputs: Record<string, { imports: { path: string; external?: boolean }[] }> };
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const external = Object.values(meta.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
    expect(external.length).toBeGreaterThan(0);
    // bin.cjs leaves the module bundle's entry (./main.js) for Node to load: a file of the bundle itself.
    const ownFile = (p: string) => p.startsWith('./') && Object.keys(meta.outputs).includes(join('dist', p).split('\\').join('/'));
    expect([...new Set(external.filter((p) => !builtins.has(p) && !ownFile(p)))]).toEqual([]);
  });

  it('holds no code it never runs: zod translations, the SDK\'s ajv validator, Zod 3 support, React DevTools', () => {
    const meta = JSON.parse(readFileSync(join(root, 'dist/meta.json'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, { inputs: Record<string, unknown> }> };
    const inputs = Object.keys(meta.inputs);
    expect(inputs.filter((i) => /zod\/v4\/locales\/(?!en\.js)|node_modules\/(zod-to-json-schema|ws|react-devtools-core)\/|zod\/v3\/|sdk\/dist\/esm\/validation\/ajv-provider/.test(i))).toEqual([]);
    expect(inputs.some((i) => i.endsWith('zod/v4/locales/en.js'))).toBe(true);
    // ajv stays for conf (progress writes), in chunks of its own: none of them holds MCP SDK code.
    const withSdk = Object.values(meta.outputs).filter((o) => Object.keys(o.inputs).some((i) => i.includes('@modelcontextprotocol/sdk')));
    expect(withSdk.length).toBeGreaterThan(0);
    expect(withSdk.filter((o) => Object.keys(o.inputs).some((i) => /node_modules\/ajv\//.test(i)))).toEqual([]);
  });
});

describe('a fresh clone', () => {
  it('builds on npm run prepare (a git install) and on npm pack (prepack), and the pack lists dist/bin.cjs', () => {
    // The files a clone has: tracked and not ignored (no dist/, no node_modules/); the installed node_modules stand in for npm ci.
    const clone = mkdtempSync(join(tmpdir(), 'mcp-operator-clone-'));
    const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const file of listed) {
      const from = join(root, file);
      let isFile = false;
      try {
        isFile = statSync(from).isFile();
      } catch {
        // deleted in the working tree
      }
      if (!isFile) continue;
      mkdirSync(dirname(join(clone, file)), { recursive: true });
      copyFileSync(from, join(clone, file));
    }
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');

    const prepare = npm(['run', 'prepare', '--silent'], clone);
    expect(prepare.status, prepare.stderr).toBe(0);
    expect(statSync(join(clone, 'dist/bin.cjs')).isFile()).toBe(true);

    const pack = npm(['pack', '--dry-run', '--json'], clone);
    expect(pack.status, pack.stderr).toBe(0);
    expect(pack.stderr).toContain('prepack');
    const files = ((JSON.parse(pack.stdout) as PackResult[])[0] as PackResult).files.map((f) => f.path);
    expect(files).toContain('dist/bin.cjs');
    expect(files).toContain('dist/mcp-start.json');
    expect(files.filter((f) => f.startsWith('dist/chunks/')).length).toBeGreaterThan(5);
  }, 240_000);
});
