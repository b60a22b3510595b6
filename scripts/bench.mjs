// npm run bench: start-up figures from medians of repeated runs, both sides of each ratio in the same run.
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { common } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const bin = join(root, 'dist/bin.js');
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
  if (failed && process.env.BENCH_STRICT) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
