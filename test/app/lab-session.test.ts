import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LabSession } from '../../src/app/lab-session.js';
import { ProgressStore } from '../../src/io/progress-store.js';
import { tempHome } from '../helpers/cli.js';
import { realKnowledge } from '../helpers/knowledge.js';
import { githubEntry, json, TOKEN, tokenLab } from '../core/lab/helpers.js';

const { start, solution, lab } = tokenLab();

function session(options: { dir?: string; home?: string } = {}) {
  const home = options.home ?? tempHome();
  const dir = options.dir ?? join(home, 'work');
  const store = new ProgressStore({ dir: home });
  return { s: new LabSession({ lab, dir, store, knowledge: realKnowledge(), watch: { pollMs: 100, debounceMs: 50 } }), dir, store };
}

const save = (dir: string, text: string) => {
  writeFileSync(join(dir, '.mcp.json.tmp'), text);
  renameSync(join(dir, '.mcp.json.tmp'), join(dir, '.mcp.json'));
};

describe('a lab session', () => {
  it('writes the starting files, grades them without counting a check, and keeps the learner\'s work when resumed', async () => {
    const { s, dir } = session();
    await s.open();
    expect(readFileSync(join(dir, '.mcp.json'), 'utf8')).toBe(start['.mcp.json']);
    expect(s.view.grade.passed).toBe(false);
    expect(s.view.checks).toBe(0);
    await s.close();
    writeFileSync(join(dir, '.mcp.json'), '{"mine": true}');
    const again = new LabSession({ lab, dir, store: new ProgressStore({ dir: join(dir, '..') }), knowledge: realKnowledge() });
    await again.open();
    expect(readFileSync(join(dir, '.mcp.json'), 'utf8')).toBe('{"mine": true}');
    await again.close();
  });

  it('re-grades on a save (temp file renamed over the original) and saves the pass with its time and checks', async () => {
    const { s, dir, store } = session();
    await s.open();
    s.watch();
    const passed = new Promise<void>((resolve) => s.subscribe((v) => v.grade.passed && resolve()));
    const t0 = Date.now();
    save(dir, `${solution['.mcp.json']}\n`);
    await passed;
    expect(Date.now() - t0).toBeLessThan(1000);
    await s.close();
    const record = store.read().labs['test-lab'];
    expect(record).toMatchObject({ passed: true, checks: 1, checksToPass: 1 });
    expect(record?.passedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('opening a workspace counts nothing, unless it was already fixed outside the tutor: then the pass is saved', async () => {
    const home = tempHome();
    const first = session({ home });
    await first.s.open();
    save(first.dir, 'changed but not fixed');
    await first.s.close();
    const again = session({ home });
    await again.s.open();
    expect(again.s.view.checks).toBe(0);
    await again.s.close();
    save(first.dir, solution['.mcp.json']);
    const fixedOutside = session({ home });
    await fixedOutside.s.open();
    await fixedOutside.s.close();
    expect(fixedOutside.store.read().labs['test-lab']).toMatchObject({ passed: true, checks: 1, checksToPass: 1 });
  });

  it('a save that changes nothing is not a check', async () => {
    const { s, dir } = session();
    await s.open();
    save(dir, 'not json');
    expect(s.check()).toBe(true);
    expect(s.check()).toBe(false);
    expect(s.view.checks).toBe(1);
    await s.close();
  });

  it('another file changing (an editor\'s autosave) is graded but is not the learner\'s check', async () => {
    const { s, dir } = session();
    await s.open();
    writeFileSync(join(dir, '#mcp.json#'), 'autosave 1');
    expect(s.check()).toBe(true);
    writeFileSync(join(dir, '#mcp.json#'), 'autosave 2');
    expect(s.check()).toBe(true);
    expect(s.view.checks).toBe(0);
    await s.close();
  });

  it('hints one at a time; the solution only after the third hint or a pass', async () => {
    const { s } = session();
    await s.open();
    expect(s.solution()).toBeUndefined();
    expect([s.nextHint(), s.nextHint()]).toEqual([1, 2]);
    expect(s.solution()).toBeUndefined();
    expect(s.nextHint()).toBe(3);
    expect(s.nextHint()).toBe(3);
    expect(s.solution()).toEqual({ explanation: 'Because.', files: solution });
    await s.close();
  });

  it('restore puts the starting files back', async () => {
    const { s, dir } = session();
    await s.open();
    save(dir, solution['.mcp.json']);
    s.check();
    expect(s.view.grade.passed).toBe(true);
    s.restore();
    expect(readFileSync(join(dir, '.mcp.json'), 'utf8')).toBe(start['.mcp.json']);
    expect(s.view.grade.passed).toBe(false);
    // A pass, once saved, stays in progress.
    expect(s.view.passedEver).toBe(true);
    await s.close();
  });

  it('an unwritable progress folder is shown, and grading goes on', async () => {
    const home = tempHome();
    writeFileSync(join(home, 'file'), 'x');
    const dir = join(home, 'work');
    const store = new ProgressStore({ dir: join(home, 'file', 'below') });
    const s = new LabSession({ lab, dir, store, knowledge: realKnowledge() });
    await s.open();
    expect(s.view.saveError).toMatch(/cannot create the progress folder/);
    save(dir, solution['.mcp.json']);
    s.check();
    expect(s.view.grade.passed).toBe(true);
    await s.close();
    expect(existsSync(join(dir, '.mcp.json'))).toBe(true);
  });
});
