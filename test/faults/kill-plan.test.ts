import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempHome } from '../helpers/cli.js';
import { age, random, runKilled, type Kill } from './helpers.js';

const SEED = Number(process.env.MCP_OPERATOR_FAULT_SEED ?? 20260201);
/** writeFileAtomic's temp file: .<name>.<12 hex>.tmp beside the target. */
const PLAN_TEMP = /^\.p\.(json|md)\.[0-9a-f]{12}\.tmp$/;

const ANSWERS = {
  a: readFileSync(join(process.cwd(), 'test/fixtures/answers/acme-tickets.yaml'), 'utf8'),
  b: `server: zed-notes
source: vendor
transport: stdio
capabilities: [read-only]
dataSensitivity: public
environment: enterprise-production
humanApproval: always
`,
};

describe('SIGKILL while a plan is being written', () => {
  const home = tempHome();
  const answers = { a: join(home, 'a.yaml'), b: join(home, 'b.yaml') };
  /** The complete files each answers file produces. */
  const complete = { md: new Set<string>(), json: new Set<string>() };
  let fullRun = 300;

  beforeAll(async () => {
    for (const key of ['a', 'b'] as const) {
      writeFileSync(answers[key], ANSWERS[key]);
      const out = join(home, `reference-${key}`, 'p.md');
      const start = Date.now();
      const r = await runCli(['plan', '--answers', answers[key], '--out', out], { home });
      fullRun = Date.now() - start;
      expect(r.code, r.stderr).toBe(0);
      complete.md.add(readFileSync(out, 'utf8'));
      complete.json.add(readFileSync(out.replace(/\.md$/, '.json'), 'utf8'));
    }
    expect(complete.md.size).toBe(2);
  });

  it('at 32 moments: p.md and p.json are each absent or one complete plan, never truncated, and only hidden temp files are left over, which the next write clears', async () => {
    const plans = join(home, 'plans');
    mkdirSync(plans); // fs.watch needs the folder
    const out = join(plans, 'p.md');
    const rand = random(SEED);
    const stats = { killed: 0, finished: 0, tempLeft: 0, killedMidWrite: 0 };
    const orphans = new Set<string>();
    for (let i = 0; i < 32; i += 1) {
      // A quarter each: killed as the JSON's temp file appears, as the Markdown's does, as either
      // target changes, and at a random moment.
      const kill: Kill = [
        { dir: plans, name: /^\.p\.json\..*\.tmp$/ },
        { dir: plans, name: /^\.p\.md\..*\.tmp$/ },
        { dir: plans, name: /^p\.(json|md)$/ },
        { after: Math.floor(rand() * fullRun * 1.2) },
      ][i % 4];
      const run = await runKilled(['plan', '--answers', i % 2 ? answers.b : answers.a, '--out', out, '--force'], { MCP_OPERATOR_HOME: home }, kill);
      const context = `run ${i} (seed ${SEED}), ended by ${run.signal ?? `exit ${run.code}`}: ${run.stderr}`;
      if (run.signal === 'SIGKILL') stats.killed += 1;
      else {
        expect(run.code, context).toBe(0);
        stats.finished += 1;
      }
      const names = readdirSync(plans);
      expect(names.filter((n) => n !== 'p.md' && n !== 'p.json' && !PLAN_TEMP.test(n)), context).toEqual([]);
      if (names.includes('p.md')) expect(complete.md.has(readFileSync(out, 'utf8')), `p.md is not a complete plan after ${context}`).toBe(true);
      if (names.includes('p.json')) {
        const text = readFileSync(join(plans, 'p.json'), 'utf8');
        expect(complete.json.has(text), `p.json is not a complete plan after ${context}`).toBe(true);
        expect(JSON.parse(text).schema).toBe('mcp-operator/plan@1');
      }
      const temps = names.filter((n) => PLAN_TEMP.test(n) && !orphans.has(n));
      stats.tempLeft += temps.length;
      if (temps.length && run.signal === 'SIGKILL') stats.killedMidWrite += 1;
      // What two minutes would do: the temp files of killed writes become orphans to clear.
      for (const n of temps) {
        orphans.add(n);
        age(join(plans, n), 120);
      }
    }
    if (process.env.MCP_OPERATOR_FAULT_STATS) console.log(JSON.stringify(stats));
    expect(stats.killed).toBeGreaterThanOrEqual(24);
    expect(stats.killedMidWrite, JSON.stringify(stats)).toBeGreaterThan(0);

    // The tutor reads the folder as before: temp files are not plans. The next plan is written
    // whole and clears the orphaned temp files.
    const shown = await runCli(['progress', '--json'], { home });
    expect(shown.code).toBe(0);
    const listed = JSON.parse(shown.stdout).plans as { path: string; server: string }[];
    expect(listed.map((p) => p.path)).toEqual(existsSync(join(plans, 'p.json')) ? [out] : []);
    const again = await runCli(['plan', '--answers', answers.a, '--out', out, '--force'], { home });
    expect(again.code).toBe(0);
    expect(complete.md.has(readFileSync(out, 'utf8'))).toBe(true);
    expect(readdirSync(plans).sort()).toEqual(['p.json', 'p.md']);
  });
});
