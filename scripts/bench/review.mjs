// Review and plan figures for npm run bench: the engine in-process and the CLI end to end.
import { build } from 'esbuild';
import { common } from '../build.mjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A config with n servers in the mix people really write: packages pinned or not, containers, remote servers, tokens. */
export function benchConfig(n) {
  const servers = {};
  for (let i = 0; i < n; i += 1) {
    const kind = i % 5;
    if (kind === 0) servers[`pkg-${i}`] = { command: 'npx', args: ['-y', `@acme/server-${i}${i % 2 ? '@1.2.3' : ''}`, `/srv/data/${i}`], env: { API_TOKEN: `tok_${i}_Q9x${(i * 7919).toString(36)}Zk3LmN0pQrStUvW`, LOG_LEVEL: 'info' } };
    else if (kind === 1) servers[`box-${i}`] = { command: 'docker', args: ['run', '-i', '--rm', '--cap-drop', 'ALL', '-v', `/home/dev/p${i}:/work:ro`, '-p', `${8000 + (i % 1000)}:8080`, `ghcr.io/acme/mcp-${i}:1.${i % 9}`] };
    else if (kind === 2) servers[`remote-${i}`] = { type: 'http', url: `https://mcp${i}.example.com/mcp`, headers: { Authorization: 'Bearer ${env:MCP_TOKEN}' } };
    else if (kind === 3) servers[`py-${i}`] = { command: 'uvx', args: [`mcp-server-${i}==0.${i % 10}.1`], alwaysAllow: ['list_items', 'write_item'] };
    else servers[`sh-${i}`] = { command: `bash -c "exec node /opt/mcp/${i}/index.js --port ${3000 + (i % 1000)}"` };
  }
  return JSON.stringify({ mcpServers: servers }, null, 2);
}

/**
 * The review figures. `installedBin` is the command as installed from the tarball (what npx runs):
 * issue 14's two budgets are measured there; the development tree's own build is shown beside it
 * (its knowledge-cache check looks at every source file's size and time, about 3 ms more).
 */
export async function reviewBench({ root, benchDir, env, runs, median, installedBin }) {
  const entry = join(benchDir, 'engine.mjs');
  await build({ alias: common.alias, entryPoints: [join(root, 'scripts/bench/engine-entry.ts')], outfile: entry, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error', banner: common.banner });
  const engine = await import(entry);
  const rows = [];
  const perServer = [];
  const devBin = join(root, 'dist/bin.cjs');
  const bin = installedBin ?? devBin;
  const where = installedBin ? 'installed' : 'development tree';
  const cliRun = (file, command = bin, runEnv = env) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [command, 'review', file, '--no-discover', '--format', 'json', '--fail-on', 'none'], { env: runEnv, stdio: ['ignore', 'ignore', 'pipe'], cwd: benchDir });
    if (r.status !== 0) throw new Error(`review of ${file} failed: ${r.stderr}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const nodeRun = () => {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0'], { env, stdio: 'ignore' });
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  // Issue 14's first figure: a typical config of 20 servers, the whole command against node -e 0, measured in turn.
  // A first run has no code cache yet (each of those runs gets a home of its own); later runs use it.
  const typical = join(benchDir, 'servers-20.json');
  writeFileSync(typical, benchConfig(20));
  const base20 = [];
  const cli20 = [];
  const dev20 = [];
  const first20 = [];
  for (let i = 0; i < Math.max(runs, 11); i += 1) {
    base20.push(nodeRun());
    cli20.push(cliRun(typical));
    dev20.push(cliRun(typical, devBin));
    first20.push(cliRun(typical, bin, { ...env, MCP_OPERATOR_HOME: mkdtempSync(join(tmpdir(), 'mcp-operator-bench-first-')) }));
  }
  const b = median(base20);
  rows.push(['node -e 0 (alongside the 20-server reviews)', b, '', 1]);
  rows.push([`mcp-operator review --format json, 20 servers (whole command, ${where})`, median(cli20), '<= 1.6x node -e 0', median(cli20) / b]);
  rows.push(['the same, first run (no code cache yet: it is written then)', median(first20), '', median(first20) / b]);
  if (installedBin) rows.push(['the same from the development tree (dist/bin.cjs)', median(dev20), '', median(dev20) / b]);
  for (const n of process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(",").map(Number) : [100, 1000, 5000, 10000]) {
    const text = benchConfig(n);
    const file = join(benchDir, `servers-${n}.json`);
    writeFileSync(file, text);
    engine.timeReview(text, 'json'); // warm
    const inProcess = median(Array.from({ length: runs }, () => engine.timeReview(text, 'json')));
    const cli = median(
      Array.from({ length: runs }, () => {
        const start = process.hrtime.bigint();
        const r = spawnSync(process.execPath, [bin, 'review', file, '--no-discover', '--format', 'json', '--fail-on', 'none'], { env, stdio: ['ignore', 'ignore', 'pipe'], cwd: benchDir });
        if (r.status !== 0) throw new Error(`review of ${n} servers failed: ${r.stderr}`);
        return Number(process.hrtime.bigint() - start) / 1e6;
      }),
    );
    perServer.push(inProcess / n);
    rows.push([`review engine, ${n} servers (in-process, parse to JSON out)`, inProcess, '']);
    if (n === 5000) {
      // The in-process row is warm (the JIT has seen the code); the command reviews once, cold. Same engine, first run in a new process,
      // with the command's own V8 setting for a file this large (src/io/v8-tuning.ts):
      const cold = median(
        Array.from({ length: runs }, () => {
          const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(pathToFileURL(entry).href)}); const t = (await import('node:fs')).readFileSync(${JSON.stringify(file)}, 'utf8'); m.tuneForLargeReview(t.length); process.stdout.write(String(m.timeReview(t, 'json')));`], { env, encoding: 'utf8' });
          if (r.status !== 0) throw new Error(`cold engine run failed: ${r.stderr}`);
          return Number(r.stdout);
        }),
      );
      rows.push([`review engine, ${n} servers, first run in a new process (cold, as the command runs it)`, cold, '']);
    }
    rows.push([`mcp-operator review --format json, ${n} servers (whole command: Node start-up, read, review, print; ${where})`, cli, n === 5000 ? '< 500 ms' : '']);
  }
  const growth = perServer[perServer.length - 1] / perServer[1];
  const scenario = { server: 'bench', client: 'vscode', source: 'community-maintained', transport: 'stdio', capabilities: ['file-write', 'network-egress'], untrustedContent: 'arbitrary-external', dataSensitivity: 'confidential', environment: 'team', humanApproval: 'partial', changeControl: 'range', isolation: 'container', package: '@acme/files', version: '1.0.0' };
  engine.timePlan(scenario);
  const plan = median(Array.from({ length: runs }, () => engine.timePlan(scenario)));
  rows.push(['plan generation, model + Markdown (in-process)', plan, '']);
  return { rows, growth };
}
