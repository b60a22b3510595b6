import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, runCli, tempHome } from '../helpers/cli.js';
import { TmuxTerminal, hasTmux } from '../helpers/tmux.js';

/** Every question of the full interview answered, for a local server: what a finished (or killed just before writing) interview leaves. */
const COMPLETE = {
  server: 'my-server',
  source: 'community-maintained',
  version: '1.0.0',
  capabilities: ['read-only', 'network-egress'],
  dataSensitivity: 'confidential',
  untrustedContent: 'arbitrary-external',
  environment: 'dev-laptop',
  client: 'cursor',
  transport: 'stdio',
  package: 'my-server-mcp',
  isolation: 'none',
  humanApproval: 'partial',
  changeControl: 'latest',
  owner: 'alice',
};

/** The same server as planned before: pinned, approving writes (fewer findings). */
const OLD_ANSWERS = `${Object.entries({ ...COMPLETE, changeControl: 'pinned', humanApproval: 'writes' })
  .map(([k, v]) => `${k}: ${Array.isArray(v) ? `[${v.join(', ')}]` : v}`)
  .join('\n')}\n`;

const draftFile = (home: string) => join(home, 'plans', 'interview-draft.json');
const planFile = (home: string) => join(home, 'plans', 'my-server.json');

function withDraft(answers: Record<string, unknown>): string {
  const home = tempHome();
  mkdirSync(join(home, 'plans'), { recursive: true });
  writeFileSync(draftFile(home), JSON.stringify({ answers }));
  return home;
}

async function withOldPlan(home: string): Promise<string> {
  writeFileSync(join(home, 'old.yaml'), OLD_ANSWERS);
  const r = await runCli(['plan', '--answers', join(home, 'old.yaml'), '--out', join(home, 'plans', 'my-server')], { home });
  expect(r.code).toBe(0);
  return readFileSync(planFile(home), 'utf8');
}

const draftOf = (home: string) => (JSON.parse(readFileSync(draftFile(home), 'utf8')) as { answers: Record<string, unknown> }).answers;

describe('plan --plain from a pipe: a draft is offered as a numbered choice, never resumed silently', () => {
  it('lists resume and start over, and an answer that is not a choice resumes nothing', async () => {
    const home = withDraft({ server: 'my-server', source: 'vendor' });
    const r = await runCli(['plan', '--plain'], { home, input: 'my-server\n' });
    expect(r.stdout).toContain('An interview in progress was found: 2 of');
    expect(r.stdout).toMatch(/1\. Resume: keep the 2 answers/);
    expect(r.stdout).toMatch(/2\. Start over: discard the saved answers/);
    expect(r.stdout).toContain('Type a number from 1-2');
    expect(r.stdout).not.toContain('Question 3 of');
    expect(r.code).toBe(2);
    expect(draftOf(home)).toEqual({ server: 'my-server', source: 'vendor' });
  });

  it('q pauses: the answers are kept and the command ends cleanly (0), unlike input that ends (2)', async () => {
    const home = tempHome();
    const paused = await runCli(['plan', '--plain'], { home, input: 'my-server\nq\ny\n' });
    expect(paused.stdout).toContain('Interview paused; your answers are kept.');
    expect(paused.code).toBe(0);
    expect(draftOf(home)).toEqual({ server: 'my-server' });
    const ended = await runCli(['plan', '--plain'], { home, input: '1\n' });
    expect(ended.code).toBe(2);
    expect(draftOf(home)).toEqual({ server: 'my-server' });
  });

  it('2 starts over: the saved answers are discarded and the interview begins at question 1', async () => {
    const home = withDraft({ server: 'my-server', source: 'vendor' });
    const r = await runCli(['plan', '--plain'], { home, input: '2\n' });
    expect(r.stdout).toContain('Question 1 of');
    expect(draftOf(home)).toEqual({});
  });

  it('1 resumes where it stopped, answers kept', async () => {
    const home = withDraft({ server: 'my-server', source: 'vendor' });
    const r = await runCli(['plan', '--plain'], { home, input: '1\n' });
    expect(r.stdout).toContain('Question 3 of');
    expect(r.stdout).not.toContain('Question 1 of');
    expect(draftOf(home)).toEqual({ server: 'my-server', source: 'vendor' });
  });
});

describe('plan --plain from a pipe: a plan for the same server is not replaced without saying what changed', () => {
  it('shows rating, decision and the findings added, then keeps the old plan when told to', async () => {
    const home = withDraft(COMPLETE);
    const old = await withOldPlan(home);
    const r = await runCli(['plan', '--plain'], { home, input: '1\n2\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('A plan for my-server already exists');
    expect(r.stdout).toMatch(/Rating: \w+/);
    expect(r.stdout).toMatch(/Decision: [\w-]+/);
    expect(r.stdout).toMatch(/\+ MCP-R02 Updates run without review/);
    expect(r.stdout).toMatch(/\+ MCP-R12 /);
    expect(r.stdout).toContain('Kept the old plan');
    expect(readFileSync(planFile(home), 'utf8')).toBe(old);
    expect(draftOf(home)).toEqual(COMPLETE);
  });

  it('replaces it when told to, after showing the same summary', async () => {
    const home = withDraft(COMPLETE);
    const old = await withOldPlan(home);
    const r = await runCli(['plan', '--plain'], { home, input: '1\n1\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\+ MCP-R02 Updates run without review/);
    expect(r.stdout).toContain('Updated the plan');
    const now = JSON.parse(readFileSync(planFile(home), 'utf8')) as { findings: { id: string }[] };
    expect(readFileSync(planFile(home), 'utf8')).not.toBe(old);
    expect(now.findings.map((f) => f.id)).toContain('MCP-R02');
  });

  it('input that ends before the choice replaces nothing', async () => {
    const home = withDraft(COMPLETE);
    const old = await withOldPlan(home);
    const r = await runCli(['plan', '--plain'], { home, input: '1\n' });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('A plan for my-server already exists');
    expect(readFileSync(planFile(home), 'utf8')).toBe(old);
  });
});

describe.skipIf(!hasTmux())('plan in a real terminal (tmux): resume or start over, and what a replaced plan changes', () => {
  const terminals: TmuxTerminal[] = [];
  afterEach(() => {
    for (const t of terminals.splice(0)) t.close();
  });
  const open = (home: string) => {
    const t = new TmuxTerminal(`node "${BIN}" plan`, { width: 80, height: 24, env: { MCP_OPERATOR_HOME: home, NO_COLOR: '1' } });
    terminals.push(t);
    return t;
  };

  it('offers the draft, and start over begins at question 1 with the draft discarded', async () => {
    const home = withDraft({ server: 'my-server', source: 'vendor' });
    const t = open(home);
    const screen = await t.waitFor((s) => s.includes('An interview in progress was found'), 'the resume choice');
    expect(screen).toContain('Resume: keep the 2 answers');
    expect(screen).toContain('Start over: discard the saved answers');
    t.keys('Down');
    await t.waitFor((s) => /› Start over/.test(s), 'start over highlighted');
    t.keys('Enter');
    await t.waitFor((s) => s.includes('Question 1 of'), 'the first question');
    expect(draftOf(home)).toEqual({});
    t.keys('C-c');
    await t.waitFor((s) => s.includes('EXIT=130'), 'Ctrl-C');
  });

  it('resumes a finished draft and asks before replacing the plan, saying what changed', async () => {
    const home = withDraft(COMPLETE);
    await withOldPlan(home);
    const t = open(home);
    await t.waitFor((s) => s.includes('An interview in progress was found'), 'the resume choice');
    t.keys('Enter');
    const screen = await t.waitFor((s) => s.includes('Replace the plan for my-server?'), 'the replace question');
    expect(screen).toMatch(/Rating: \w+/);
    expect(screen).toMatch(/Decision: [\w-]+/);
    expect(screen).toContain('+ MCP-R02 Updates run without review');
    t.keys('Enter');
    // The preview wraps its lines: compare with the line breaks taken out.
    const preview = (await t.waitFor((s) => s.replace(/\s+/g, ' ').includes('replaced the previous plan'), 'the plan preview')).replace(/\s+/g, ' ');
    expect(preview).toMatch(/\d+ findings? added, \d+ removed, \d+ re-rated/);
    t.keys('q');
    await t.waitFor((s) => s.includes('EXIT=0'), 'a clean exit');
  });
});
