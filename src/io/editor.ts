import { spawn, spawnSync } from 'node:child_process';
import { parse as splitShell } from 'shell-quote';

/** The learner's editor from $VISUAL, then $EDITOR, split into words the way a shell would (no shell runs it). */
export interface EditorCommand {
  command: string;
  args: string[];
  /** A windowed editor (code, subl, ...): it gets no terminal, and the lab screen stays up while it is open. */
  gui: boolean;
  /** What the variable said, for messages. */
  source: 'VISUAL' | 'EDITOR';
}

/** Editors that open their own window; anything else is given the terminal. */
const GUI = new Set(['code', 'code-insiders', 'codium', 'vscodium', 'cursor', 'windsurf', 'subl', 'sublime_text', 'zed', 'zeditor', 'gedit', 'gnome-text-editor', 'kate', 'kwrite', 'mate', 'atom', 'idea', 'webstorm', 'pycharm', 'mvim', 'open', 'xdg-open', 'notepad', 'notepad++', 'textedit', 'bbedit', 'fleet', 'lapce']);

export function editorFrom(env: NodeJS.ProcessEnv = process.env): EditorCommand | undefined {
  for (const source of ['VISUAL', 'EDITOR'] as const) {
    const value = env[source]?.trim();
    if (!value) continue;
    // Words up to the first operator (;, &&, |): nothing after one is run, nor passed on.
    const words: string[] = [];
    for (const w of splitShell(value)) {
      if (typeof w !== 'string') break;
      words.push(w);
    }
    const [command, ...args] = words;
    if (!command) continue;
    const name = (command.split(/[\\/]/).pop() ?? command).replace(/\.(exe|cmd|bat)$/i, '').toLowerCase();
    return { command, args, gui: GUI.has(name), source };
  }
  return undefined;
}

/** Open a windowed editor and leave it running; resolves once it started (or failed to). */
export function openWindowed(editor: EditorCommand, file: string): Promise<{ ok: boolean; message: string }> {
  return new Promise((resolve) => {
    try {
      const child = spawn(editor.command, [...editor.args, file], { stdio: 'ignore', detached: true });
      child.once('error', (error) => resolve({ ok: false, message: `could not start ${editor.command} ($${editor.source}): ${(error as NodeJS.ErrnoException).code ?? error.message}` }));
      child.once('spawn', () => {
        child.unref();
        resolve({ ok: true, message: `Opened ${file} in ${editor.command}. Save to re-grade.` });
      });
    } catch (error) {
      resolve({ ok: false, message: `could not start ${editor.command}: ${(error as Error).message}` });
    }
  });
}

/**
 * Run a terminal editor in the foreground until it exits. The caller has given it the terminal
 * (cooked mode, normal screen) and takes it back afterwards. Blocking on purpose: while the editor
 * runs, nothing in this process reads the keyboard, so no key is split between the two.
 */
export function runInTerminal(editor: EditorCommand, file: string): { ok: boolean; message: string } {
  const result = spawnSync(editor.command, [...editor.args, file], { stdio: 'inherit' });
  if (result.error) return { ok: false, message: `could not start ${editor.command} ($${editor.source}): ${(result.error as NodeJS.ErrnoException).code ?? result.error.message}` };
  if (result.status !== 0 && result.status !== null) return { ok: true, message: `${editor.command} exited with code ${result.status}; the files were graded as they are.` };
  return { ok: true, message: `Back from ${editor.command}; graded.` };
}
