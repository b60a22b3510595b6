import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, runCli, tempHome } from '../helpers/cli.js';
import { TmuxTerminal, hasTmux } from '../helpers/tmux.js';

// Ctrl-C (a key the TUI reads in raw mode) is covered in test/e2e; these send real signals to the process.

const terminals: TmuxTerminal[] = [];
afterEach(() => {
  for (const t of terminals.splice(0)) t.close();
});

interface Lesson {
  id: string;
  title: string;
}

/** `learn LESSON` in tmux, through a shell that writes its pid and then becomes node. */
async function startLesson(lesson: Lesson): Promise<{ t: TmuxTerminal; pid: number; home: string }> {
  const home = tempHome();
  const pidFile = join(home, 'pid');
  const t = new TmuxTerminal(`sh -c 'echo $$ > "$0"; exec node "$1" learn "$2"' '${pidFile}' '${BIN}' '${lesson.id}'`, { env: { MCP_OPERATOR_HOME: home } });
  terminals.push(t);
  await t.waitFor((s) => s.includes(`› ${lesson.title.slice(0, 30)}`) && / 1-\d+ of \d+ \(/.test(s), 'the first frame of the lesson');
  expect(t.display('#{alternate_on} #{cursor_flag}')).toBe('1 0');
  return { t, pid: Number(readFileSync(pidFile, 'utf8')), home };
}

/** The shell after the program: what is typed is echoed (cooked mode, not raw). */
async function expectCookedShell(t: TmuxTerminal): Promise<void> {
  t.keys('typed-after-exit');
  await t.waitFor((s) => s.includes('typed-after-exit'), 'typed text echoed by the terminal');
}

/** Progress the lesson opening saved is on disk and valid. */
function expectLessonSaved(home: string, lesson: Lesson): void {
  const stored = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8'));
  expect(stored.lessons[lesson.id].status).toBe('in-progress');
}

function gone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  // A zombie (exited, not yet reaped) counts as gone.
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return / Z /.test(stat.slice(stat.lastIndexOf(')')));
}

describe.skipIf(!hasTmux())('signals restore the terminal (tmux)', () => {
  let lesson: Lesson;
  beforeAll(async () => {
    lesson = JSON.parse((await runCli(['lessons', '--json'], { home: tempHome() })).stdout).tracks[0].lessons[0];
  });

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    it(`${signal}: exit ${code}, normal screen back, cursor shown, cooked mode, progress kept`, async () => {
      const { t, pid, home } = await startLesson(lesson);
      process.kill(pid, signal);
      const after = await t.waitFor((s) => s.includes(`EXIT=${code}`), `exit code ${code}`);
      expect(t.display('#{alternate_on} #{cursor_flag} #{keypad_flag} #{mouse_any_flag}')).toBe('0 1 0 0');
      // None of the TUI is left on the screen.
      expect(after).not.toContain(lesson.title.slice(0, 30));
      expect(after).not.toContain('PgUp');
      await expectCookedShell(t);
      expectLessonSaved(home, lesson);
    });
  }

  it('a real hang-up (the terminal closes) ends the process promptly and keeps progress', async () => {
    const { t, pid, home } = await startLesson(lesson);
    terminals.splice(terminals.indexOf(t), 1);
    t.close();
    const start = Date.now();
    while (!gone(pid) && Date.now() - start < 5_000) await new Promise((r) => setTimeout(r, 50));
    expect(gone(pid)).toBe(true);
    expectLessonSaved(home, lesson);
  });
});
