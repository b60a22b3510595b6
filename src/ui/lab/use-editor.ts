import { useCallback } from 'react';
import { useStdin, useStdout } from 'ink';
import { editorFrom, openWindowed, runInTerminal } from '../../io/editor.js';

const LEAVE_ALT_SCREEN = '\u001B[?1049l';
const ENTER_ALT_SCREEN = '\u001B[?1049h';
const CLEAR_HOME = '\u001B[2J\u001B[H';
const SHOW_CURSOR = '\u001B[?25h';
const HIDE_CURSOR = '\u001B[?25l';

/**
 * Open a file in the learner's editor from a running Ink screen. A windowed editor (code, subl) opens
 * beside the terminal and the screen keeps watching. A terminal editor gets the terminal properly:
 * the full-screen view is left, raw mode is turned off, and the editor runs in the foreground while
 * nothing here reads the keyboard (DESIGN section 2: two readers of one terminal split its keys);
 * afterwards raw mode and the full-screen view come back and Ink draws its frame again.
 * Resolves to a one-line message for the screen.
 */
export function useEditor(): (file: string) => Promise<string> {
  const { stdin, isRawModeSupported } = useStdin();
  const { stdout, write } = useStdout();
  return useCallback(
    async (file: string) => {
      const editor = editorFrom();
      if (!editor) return `No editor set: open ${file} in any editor (the lab re-grades on every save), or set $VISUAL or $EDITOR and press e.`;
      if (editor.gui) return (await openWindowed(editor, file)).message;
      const raw = isRawModeSupported === true && stdin.isTTY === true;
      stdout.write(SHOW_CURSOR + LEAVE_ALT_SCREEN);
      if (raw) stdin.setRawMode(false);
      try {
        return runInTerminal(editor, file).message;
      } finally {
        if (raw) stdin.setRawMode(true);
        stdout.write(ENTER_ALT_SCREEN + CLEAR_HOME + HIDE_CURSOR);
        // Ink clears what it believes is on screen and draws its last frame again.
        write('');
      }
    },
    [stdin, isRawModeSupported, stdout, write],
  );
}
