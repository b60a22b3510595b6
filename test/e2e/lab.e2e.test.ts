import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, runCli, tempHome } from '../helpers/cli.js';
import { TmuxTerminal } from '../helpers/tmux.js';

const terminals: TmuxTerminal[] = [];
afterEach(() => {
  for (const t of terminals.splice(0)) t.close();
});

const LAB = 'vscode-token-input';
const SOLUTION = readFileSync(join(process.cwd(), 'lessons', '2-deployment', 'labs', LAB, 'solution', '.vscode', 'mcp.json'), 'utf8');
const fits = (screen: string, width: number) => screen.split('\n').every((line) => line.length <= width);

function terminal(args: string, home: string, width: number, height: number, env: Record<string, string> = {}): TmuxTerminal {
  const t = new TmuxTerminal(`node "${BIN}" ${args}`, { width, height, env: { MCP_OPERATOR_HOME: home, ...env } });
  terminals.push(t);
  return t;
}

/** Save the way editors do: write a temporary file beside the original, then rename it over it. */
function editorSave(path: string, text: string): void {
  writeFileSync(`${path}.tmp-save`, text);
  renameSync(`${path}.tmp-save`, path);
}

describe('a lab in a real terminal', () => {
  for (const [width, height, color] of [
    [80, 24, true],
    [40, 20, false],
  ] as const) {
    it(`goals turn within two seconds of a save from another process, the pass is saved, q leaves (${width}x${height}${color ? '' : ' NO_COLOR'})`, async () => {
      const home = tempHome();
      const t = terminal(`lab ${LAB}`, home, width, height, color ? {} : { NO_COLOR: '1' });
      let screen = await t.waitFor((s) => s.includes('1/3 goals'), 'the lab screen with its goals', 15_000);
      expect(screen).toContain('✗ not yet');
      expect(screen).toContain('e edit');
      expect(fits(screen, width)).toBe(true);
      expect(t.display('#{alternate_on}')).toBe('1');
      const file = join(home, 'labs', LAB, '.vscode', 'mcp.json');
      const saved = Date.now();
      editorSave(file, SOLUTION);
      screen = await t.waitFor((s) => s.includes('3/3 goals'), 'every goal passing', 2000);
      expect(Date.now() - saved).toBeLessThan(2000);
      expect(screen).not.toContain('✗ not yet');
      expect(fits(screen, width)).toBe(true);
      t.keys('q');
      await t.waitFor((s) => s.includes('EXIT=0'), 'the lab to end with exit code 0');
      expect(t.display('#{alternate_on}')).toBe('0');
      const progress = JSON.parse((await runCli(['progress', '--json'], { home })).stdout) as { labs: Array<{ id: string; passed: boolean; checks: number; passedAt: string }> };
      expect(progress.labs).toEqual([expect.objectContaining({ id: LAB, passed: true, checks: 1, passedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) })]);
    });
  }

  it('e hands the terminal to a terminal editor, which gets every key, and the lab screen comes back graded', async () => {
    const home = tempHome();
    const editor = join(home, 'editor.sh');
    const answer = join(home, 'answer.txt');
    writeFileSync(editor, `#!/bin/sh\nprintf 'EDITING %s\\n' "$1"\nread line\nprintf '%s' "$line" > "${answer}"\ncp "${join(home, 'solution.json')}" "$1"\n`);
    chmodSync(editor, 0o755);
    writeFileSync(join(home, 'solution.json'), SOLUTION);
    const t = terminal(`lab ${LAB}`, home, 80, 24, { EDITOR: editor, VISUAL: '' });
    await t.waitFor((s) => s.includes('1/3 goals'), 'the lab screen', 15_000);
    t.keys('e');
    await t.waitFor((s) => s.includes('EDITING') && s.includes('.vscode/mcp.json'), 'the editor in the terminal');
    expect(t.display('#{alternate_on}')).toBe('0');
    t.keys('h', 'q', ' ', 'r', 's', 'Enter');
    const back = await t.waitFor((s) => s.includes('3/3 goals'), 'the lab screen again, graded');
    expect(readFileSync(answer, 'utf8')).toBe('hq rs');
    expect(back).toContain(`Back from ${editor}; graded.`.slice(0, 30));
    expect(t.display('#{alternate_on}')).toBe('1');
    t.keys('q');
    await t.waitFor((s) => s.includes('EXIT=0'), 'exit 0');
  });

  it('from the course: a lesson\'s end offers its lab, which opens full screen', async () => {
    const home = tempHome();
    // The lesson's checks answered right and its exercise passed before: the visit is the reading, then the end.
    const lessons = JSON.parse((await runCli(['lessons', '--json'], { home })).stdout) as { tracks: Array<{ lessons: Array<{ id: string }> }> };
    expect(lessons.tracks.flatMap((tr) => tr.lessons).some((l) => l.id === 'secrets-out-of-configs')).toBe(true);
    const at = '2026-12-01T10:00:00.000Z';
    const ids = ['token-in-args', 'vscode-inputs', 'claude-default', 'least-privilege-token'];
    const record = { status: 'in-progress', startedAt: at, updatedAt: at, checks: Object.fromEntries(ids.map((id) => [id, { answer: 0, correct: true, attempts: 1, at }])), exercise: { passed: true, attempts: 1, at } };
    writeFileSync(join(home, 'progress.json'), JSON.stringify({ schemaVersion: 4, lessons: { 'secrets-out-of-configs': record }, scenarios: {}, quiz: { attempts: [], cards: {} }, labs: {} }));
    const t = terminal('learn secrets-out-of-configs', home, 80, 24);
    await t.waitFor((s) => s.includes('Enter: finish the lesson'), 'the lesson reader', 15_000);
    t.keys('Enter');
    const end = await t.waitFor((s) => s.includes('o lab'), 'the lab offer at the end of the lesson', 10_000);
    expect(end).toContain('Hands-on lab: press o');
    t.keys('o');
    await t.waitFor((s) => s.includes('Lab: ') && s.includes('goals'), 'the lab screen', 10_000);
    t.keys('q');
    await t.waitFor((s) => !s.includes('Lab: '), 'back in the course');
  });
});
