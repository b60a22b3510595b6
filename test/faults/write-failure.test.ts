import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNoNetwork, cliNodeArgs, networkLogFile, runCli, tempHome, type RunResult } from '../helpers/cli.js';
import { STACK_TRACE } from './helpers.js';

const AT = '2026-02-01T00:00:00.000Z';
const ANSWERS = 'server: acme-tickets\nsource: vendor\ntransport: stdio\ncapabilities: [read-only]\nenvironment: dev-laptop\n';

function progressWith(...ids: string[]): string {
  return JSON.stringify({ schemaVersion: 1, lessons: Object.fromEntries(ids.map((id) => [id, { status: 'done', startedAt: AT, updatedAt: AT, checks: {} }])) });
}

/** One line on stderr, naming `path` and matching `reason`, with no stack trace; exit code 2. */
function expectClearFailure(r: RunResult, path: string, reason: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^mcp-operator: /);
  expect(lines[0]).toContain(path);
  expect(lines[0]).toMatch(reason);
  expect(lines[0]).not.toMatch(/unexpected error|ENOTDIR|EEXIST|EROFS|ENOSPC/);
  expect(r.stderr).not.toMatch(STACK_TRACE);
}

/** The tutor still works: the course lists. */
async function expectUsable(home: string): Promise<void> {
  const lessons = await runCli(['lessons', '--json'], { home });
  expect(lessons.code).toBe(0);
  expect(JSON.parse(lessons.stdout).tracks.length).toBeGreaterThan(0);
}

describe('a write that fails gives one clear line, exit 2, and the tutor stays usable', () => {
  // Root ignores permission bits, so the unwritable places are paths through a regular file.
  const base = tempHome();
  const file = join(base, 'a-file');
  const input = join(base, 'in.json');
  const answers = join(base, 'answers.yaml');
  beforeAll(() => {
    writeFileSync(file, 'not a folder\n');
    writeFileSync(input, progressWith('imported'));
    writeFileSync(answers, ANSWERS);
  });

  it('progress import into a home whose parent is a file', async () => {
    const home = join(file, 'home');
    const r = await runCli(['progress', 'import', input], { home });
    expectClearFailure(r, home, /a part of the path is not a folder/);
    await expectUsable(home);
    const shown = await runCli(['progress', '--json'], { home });
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout).summary.done).toBe(0);
  });

  it('plan --out under a file', async () => {
    const home = tempHome();
    const out = join(file, 'p.md');
    const r = await runCli(['plan', '--answers', answers, '--out', out], { home });
    expectClearFailure(r, file, /a part of the path is not a folder/);
    await expectUsable(home);
    // The same plan goes to a good place afterwards.
    expect((await runCli(['plan', '--answers', answers, '--out', join(home, 'ok', 'p.md')], { home })).code).toBe(0);
  });

  it('progress export under a file, and into a missing folder', async () => {
    const home = tempHome();
    writeFileSync(join(home, 'progress.json'), progressWith('kept'));
    const under = join(file, 'export.json');
    expectClearFailure(await runCli(['progress', 'export', under], { home }), under, /a part of the path is not a folder/);
    const missing = join(home, 'no-such-folder', 'export.json');
    expectClearFailure(await runCli(['progress', 'export', missing], { home }), missing, /no such file or folder/);
    const shown = await runCli(['progress', '--json'], { home });
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout).unknownLessons).toEqual(['kept']);
    await expectUsable(home);
  });
});

type Step = { cli: string[]; home: string } | { sh: string };
const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs `steps` in a private mount namespace where `mnt` is a small tmpfs prepared by `setup`
 * (shell lines); a step is the CLI (under the no-network preload) or a shell line. The mount
 * vanishes with the namespace. Returns each step's stdout, stderr and exit code, and what the
 * tmpfs held at the end.
 */
function inTmpfs(size: string, make: (mnt: string) => { setup: string[]; steps: Record<string, Step> }): { mnt: string; listing: string[]; results: Record<string, RunResult & { ms: number }> } {
  const work = mkdtempSync(join(tmpdir(), 'mcp-operator-tmpfs-'));
  const mnt = join(work, 'mnt');
  const out = join(work, 'results');
  mkdirSync(mnt);
  mkdirSync(out);
  const { setup, steps } = make(mnt);
  const log = networkLogFile();
  const line = (step: Step): string => ('sh' in step ? step.sh : `MCP_OPERATOR_HOME=${q(step.home)} ${[process.execPath, ...cliNodeArgs(step.cli)].map(q).join(' ')}`);
  const script = [
    'set -e',
    `mount -t tmpfs -o size=${size},mode=0755 tmpfs ${q(mnt)}`,
    ...setup,
    'set +e',
    ...Object.entries(steps).map(([name, step]) => `t=$(date +%s%N); ${line(step)} >${q(join(out, `${name}.out`))} 2>${q(join(out, `${name}.err`))}; echo $? >${q(join(out, `${name}.rc`))}; echo $(( ($(date +%s%N) - t) / 1000000 )) >${q(join(out, `${name}.ms`))}`),
    `ls -A ${q(mnt)} >${q(join(out, 'listing'))}`,
  ].join('\n');
  const run = spawnSync('unshare', [...UNSHARE, 'sh', '-c', script], { env: { ...process.env, NO_COLOR: '1', MCP_OPERATOR_NETWORK_LOG: log }, encoding: 'utf8', timeout: 20_000 });
  expect(run.status, run.stderr).toBe(0);
  assertNoNetwork(log, 'the CLI in the tmpfs namespace');
  const read = (name: string): string => readFileSync(join(out, name), 'utf8');
  const results: Record<string, RunResult & { ms: number }> = {};
  for (const name of Object.keys(steps)) results[name] = { code: Number(read(`${name}.rc`)), stdout: read(`${name}.out`), stderr: read(`${name}.err`), ms: Number(read(`${name}.ms`)) };
  return { mnt, listing: read('listing').split('\n').filter(Boolean), results };
}

/** `unshare -m` as root; `-r` (a user namespace) lets others mount tmpfs where the kernel allows it. */
const UNSHARE = process.getuid?.() === 0 ? ['-m'] : ['-r', '-m'];
function canMountTmpfs(): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'mcp-operator-probe-'));
  const probe = spawnSync('unshare', [...UNSHARE, 'sh', '-c', `mount -t tmpfs -o size=16k,ro tmpfs '${dir}' && ! touch '${dir}/x' 2>/dev/null`], { encoding: 'utf8' });
  return probe.status === 0 && !existsSync(join(dir, 'x'));
}
const TMPFS = canMountTmpfs();

describe.skipIf(!TMPFS)('read-only and full file systems (tmpfs in a private mount namespace)', () => {
  const base = tempHome();
  const input = join(base, 'in.json');
  const seed = join(base, 'seed.json');
  const answers = join(base, 'answers.yaml');
  beforeAll(() => {
    writeFileSync(input, progressWith('imported'));
    writeFileSync(seed, progressWith('kept'));
    writeFileSync(answers, ANSWERS);
  });
  const fill = (mnt: string): string => `dd if=/dev/zero of=${q(join(mnt, 'fill'))} bs=4096 count=10000 2>/dev/null || true`;

  it('a read-only progress folder: import and export fail clearly, reading still works', () => {
    const { mnt, listing, results: r } = inTmpfs('1m', (mnt) => ({
      setup: [`cp ${q(seed)} ${q(join(mnt, 'progress.json'))}`, `mount -o remount,ro ${q(mnt)}`],
      steps: {
        import: { cli: ['progress', 'import', input], home: mnt },
        export: { cli: ['progress', 'export', join(mnt, 'export.json')], home: mnt },
        show: { cli: ['progress', '--json'], home: mnt },
        lessons: { cli: ['lessons', '--json'], home: mnt },
      },
    }));
    expectClearFailure(r.import as RunResult, join(mnt, 'progress.json'), /read-only file system/);
    // At once: no waiting out the lock retries, which are for a lock another process holds.
    expect(r.import?.ms).toBeLessThan(5_000);
    expectClearFailure(r.export as RunResult, join(mnt, 'export.json'), /read-only file system/);
    expect(r.show?.code).toBe(0);
    expect(JSON.parse(r.show?.stdout ?? '').unknownLessons).toEqual(['kept']);
    expect(r.lessons?.code).toBe(0);
    expect(listing).toEqual(['progress.json']);
  });

  it('a full disk: the import fails clearly and leaves progress.json as it was; once space is freed it goes through', () => {
    const { mnt, listing, results: r } = inTmpfs('64k', (mnt) => ({
      setup: [`cp ${q(seed)} ${q(join(mnt, 'progress.json'))}`, fill(mnt)],
      steps: {
        import: { cli: ['progress', 'import', input], home: mnt },
        progressAfter: { sh: `cat ${q(join(mnt, 'progress.json'))}` },
        listingAfter: { sh: `ls -A ${q(mnt)}` },
        show: { cli: ['progress', '--json'], home: mnt },
        free: { sh: `rm ${q(join(mnt, 'fill'))}` },
        again: { cli: ['progress', 'import', input], home: mnt },
        showAgain: { cli: ['progress', '--json'], home: mnt },
      },
    }));
    expectClearFailure(r.import as RunResult, join(mnt, 'progress.json'), /no space left on the device/);
    expect(r.progressAfter?.stdout).toBe(progressWith('kept'));
    expect(r.listingAfter?.stdout.split('\n').filter(Boolean).sort()).toEqual(['fill', 'progress.json']);
    expect(r.show?.code).toBe(0);
    expect(r.again?.code, r.again?.stderr).toBe(0);
    expect(JSON.parse(r.showAgain?.stdout ?? '').unknownLessons.sort()).toEqual(['imported', 'kept']);
    expect(listing).toEqual(['progress.json']);
  });

  it('a full disk: plan --out and progress export fail clearly and leave no file behind', () => {
    const home = tempHome();
    const { mnt, listing, results: r } = inTmpfs('64k', (mnt) => ({
      setup: [`mkdir ${q(join(mnt, 'plans'))}`, fill(mnt)],
      steps: {
        plan: { cli: ['plan', '--answers', answers, '--out', join(mnt, 'plans', 'p.md')], home },
        export: { cli: ['progress', 'export', join(mnt, 'export.json')], home },
        plansAfter: { sh: `ls -A ${q(join(mnt, 'plans'))}` },
        lessons: { cli: ['lessons', '--json'], home },
      },
    }));
    expectClearFailure(r.plan as RunResult, join(mnt, 'plans', 'p.json'), /no space left on the device/);
    expectClearFailure(r.export as RunResult, join(mnt, 'export.json'), /no space left on the device/);
    expect(r.plansAfter?.stdout).toBe('');
    expect(r.lessons?.code).toBe(0);
    expect(listing.sort()).toEqual(['fill', 'plans']);
  });
});
