// npm run bench: start-up figures from medians of repeated runs, both sides of each ratio in the same run.
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { common } from './build.mjs';
import { packageBench } from './bench/package.mjs';
import { reviewBench } from './bench/review.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const bin = join(root, 'dist/bin.cjs');
const home = mkdtempSync(join(tmpdir(), 'mcp-operator-bench-'));
const env = { ...process.env, MCP_OPERATOR_HOME: home, NO_COLOR: '1' };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function timeCommand(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Milliseconds from spawn until `marker` appears on a pseudo-terminal (util-linux `script`). */
function timeFirstFrame(command, marker) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', command, '/dev/null'], { env: { ...env, COLUMNS: '80', LINES: '24' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let seen = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no "${marker}" from ${command} within 15 s; saw: ${seen.slice(-300)}`));
    }, 15_000);
    child.stdout.on('data', (d) => {
      seen += d.toString();
      if (seen.includes(marker)) {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        clearTimeout(timer);
        child.kill('SIGKILL');
        resolve(ms);
      }
    });
    child.on('error', reject);
  });
}

/**
 * Milliseconds from spawning `mcp-operator mcp` (from `binPath`) until its answer to request `until`
 * arrives on stdout, speaking as an MCP client does: initialize, then (once answered) the
 * initialized notification and tools/list, then a tools/call of explain_finding.
 */
function timeMcp(binPath = bin, until = 'tools/list') {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [binPath, 'mcp'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const wanted = { initialize: 1, 'tools/list': 2, 'tools/call': 3 }[until];
    let seen = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no ${until} answer from mcp-operator mcp within 15 s; saw: ${seen.slice(-300)}`));
    }, 15_000);
    const send = (message) => child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
    const answered = new Set();
    child.stdout.on('data', (d) => {
      seen += d.toString();
      const lines = seen.split('\n');
      seen = lines.pop();
      for (const line of lines) {
        const id = JSON.parse(line).id;
        if (answered.has(id)) continue;
        answered.add(id);
        if (id === wanted) {
          const ms = Number(process.hrtime.bigint() - start) / 1e6;
          clearTimeout(timer);
          child.stdin.end();
          resolve(ms);
          return;
        }
        if (id === 1) {
          send({ method: 'notifications/initialized' });
          send({ id: 2, method: 'tools/list' });
        }
        if (id === 2) send({ id: 3, method: 'tools/call', params: { name: 'explain_finding', arguments: { id: 'MCPR-SEC-001' } } });
      }
    });
    child.on('error', reject);
    send({ id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } });
  });
}

async function main() {
  const benchDir = join(root, '.bench');
  mkdirSync(benchDir, { recursive: true });
  await build({ ...common, entryPoints: [join(root, 'scripts/bench/hello.tsx')], outfile: join(benchDir, 'hello.js') });
  const hello = join(benchDir, 'hello.js');

  const rows = [];
  const quick = [['--version'], ['lessons', '--json'], ['progress', '--json']];
  const base = [];
  const ours = quick.map(() => []);
  for (let i = 0; i < RUNS; i += 1) {
    base.push(timeCommand(['-e', '0']));
    quick.forEach((args, k) => ours[k].push(timeCommand([bin, ...args])));
  }
  const baseMedian = median(base);
  rows.push(['node -e 0', baseMedian, 1, '']);
  quick.forEach((args, k) => {
    const m = median(ours[k]);
    rows.push([`mcp-operator ${args.join(' ')}`, m, m / baseMedian, '<= 2.0x node -e 0']);
  });

  const helloTimes = [];
  const tuiTimes = [];
  for (let i = 0; i < RUNS; i += 1) {
    helloTimes.push(await timeFirstFrame(`${process.execPath} ${hello}`, 'hello from ink'));
    tuiTimes.push(await timeFirstFrame(`${process.execPath} ${bin}`, 'Quit'));
  }
  const helloMedian = median(helloTimes);
  rows.push(['bare Ink hello, first frame', helloMedian, 1, '']);
  const tui = median(tuiTimes);
  rows.push(['mcp-operator home, first frame', tui, tui / helloMedian, '<= 1.3x Ink hello']);

  // MCP start-up, with its own node -e 0 baseline taken in the same loop (the machine's load drifts).
  const mcpBase = [];
  const mcpTimes = [];
  const mcpCall = [];
  for (let i = 0; i < RUNS; i += 1) {
    mcpBase.push(timeCommand(['-e', '0']));
    mcpTimes.push(await timeMcp(bin, 'tools/list'));
    mcpCall.push(await timeMcp(bin, 'tools/call'));
  }
  const mcpBaseMedian = median(mcpBase);
  const mcp = median(mcpTimes);
  rows.push(['node -e 0 (alongside the MCP runs)', mcpBaseMedian, 1, '']);
  rows.push(['mcp-operator mcp, start-up to tools/list answer', mcp, mcp / mcpBaseMedian, '<= 2.0x node -e 0']);
  const call = median(mcpCall);
  rows.push(['mcp-operator mcp, start-up to first tools/call answer', call, call / mcpBaseMedian, '']);

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`mcp-operator start-up, median of ${RUNS} runs, node ${process.version}, ${cpus().length} x ${cpu}`);
  console.log('');
  console.log('| measurement | median ms | ratio | budget |');
  console.log('|---|---:|---:|---|');
  let failed = false;
  for (const [name, ms, ratio, budget] of rows) {
    const limit = budget ? Number(/([\d.]+)x/.exec(budget)?.[1]) : Infinity;
    const over = ratio > limit;
    failed ||= over;
    console.log(`| ${name} | ${ms.toFixed(1)} | ${ratio.toFixed(2)}x | ${budget}${over ? ' OVER' : ''} |`);
  }

  // The package first: the review figures are taken from the command as installed from its tarball.
  const packageRuns = Math.max(3, Math.min(RUNS, 5));
  const pkg = await packageBench({ root, benchDir, env, runs: packageRuns, median, timeCommand: (args) => timeCommand(args), timeMcp: (b) => timeMcp(b, 'tools/list') });
  const review = await reviewBench({ root, benchDir, env, runs: Math.max(5, Math.min(RUNS, 7)), median, installedBin: pkg.bin });
  console.log('');
  console.log(`Review and plan, median of ${Math.max(5, Math.min(RUNS, 7))} runs`);
  console.log('');
  console.log('| measurement | median ms | ratio | budget |');
  console.log('|---|---:|---:|---|');
  for (const [name, ms, budget, ratio] of review.rows) {
    const limitMs = /([\d.]+) ms/.exec(budget)?.[1];
    const limitX = /([\d.]+)x/.exec(budget)?.[1];
    const over = (limitMs !== undefined && ms >= Number(limitMs)) || (limitX !== undefined && ratio > Number(limitX));
    failed ||= Boolean(over);
    console.log(`| ${name} | ${ms.toFixed(1)} | ${ratio === undefined ? '' : `${ratio.toFixed(2)}x`} | ${budget}${over ? ' OVER' : ''} |`);
  }
  console.log('');
  console.log(`Review growth: time per server at 10,000 servers is ${review.growth.toFixed(2)}x the time per server at 1,000 (1.0 = linear).`);

  const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
  console.log('');
  console.log(`Package, from the tarball npm pack makes (install and first runs: median of ${packageRuns}, each into an empty prefix from an empty cache, offline)`);
  console.log('');
  console.log('| measurement | value |');
  console.log('|---|---:|');
  console.log(`| tarball | ${mb(pkg.tarball)} (${pkg.files} files, ${mb(pkg.unpacked)} unpacked) |`);
  console.log(`| packages installed | ${pkg.packages} |`);
  console.log(`| bytes installed | ${mb(pkg.bytes)} |`);
  console.log(`| npm install of the tarball | ${pkg.install.toFixed(0)} ms |`);
  console.log(`| first run of the installed command (--version) | ${pkg.firstRun.toFixed(1)} ms |`);
  console.log(`| first mcp start-up to tools/list answer, installed | ${pkg.firstMcp.toFixed(1)} ms |`);
  console.log(`| cold first run from the tarball: install, then first mcp tools/list answer | ${(pkg.install + pkg.firstMcp).toFixed(0)} ms |`);
  if (failed && process.env.BENCH_STRICT) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
