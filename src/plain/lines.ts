import { createInterface, type Interface } from 'node:readline';
import { input } from '@inquirer/prompts';
import { wrapLines } from '../core/text/wrap.js';
import { say, width } from './output.js';

/**
 * Whole-line questions for line mode. In a terminal they are @inquirer/prompts inputs. From a
 * pipe they go through one shared reader: an inquirer prompt reads everything the pipe holds and
 * drops what follows its own line, so answers piped in together would be lost after the first.
 * The question is printed as a plain line and the answer after it, so a transcript reads whole.
 */
interface PipeReader {
  rl: Interface;
  lines: string[];
  waiting?: (line: string | undefined) => void;
  ended: boolean;
}
let reader: PipeReader | undefined;

function pipeReader(): PipeReader {
  if (reader) return reader;
  const rl = createInterface({ input: process.stdin, terminal: false, crlfDelay: Infinity });
  const state: PipeReader = { rl, lines: [], ended: false };
  rl.on('line', (line) => {
    if (state.waiting) {
      const resolve = state.waiting;
      state.waiting = undefined;
      resolve(line);
    } else state.lines.push(line);
  });
  rl.on('close', () => {
    state.ended = true;
    const resolve = state.waiting;
    state.waiting = undefined;
    resolve?.(undefined);
  });
  reader = state;
  return state;
}

/** The error inquirer throws when input ends; line mode's runner turns it into a clear message. */
function inputEnded(): Error {
  const error = new Error('input ended');
  error.name = 'ExitPromptError';
  return error;
}

export function fromPipe(): boolean {
  return !process.stdin.isTTY;
}

/** Ask for one line; trimmed. */
export async function askLine(message: string): Promise<string> {
  if (!fromPipe()) return (await input({ message })).trim();
  const r = pipeReader();
  process.stdout.write(`${message} `);
  const line = r.lines.length ? r.lines.shift() : r.ended ? undefined : await new Promise<string | undefined>((resolve) => (r.waiting = resolve));
  if (line === undefined) {
    process.stdout.write('\n');
    throw inputEnded();
  }
  process.stdout.write(`${line.trim()}\n`);
  return line.trim();
}

/** A number from 1 to `count` (asked again until it is one); returns its index, or -1 for q. */
export async function askNumber(message: string, count: number): Promise<number> {
  for (;;) {
    const answer = await askLine(`${message} (1-${count}, q to quit):`);
    const n = Number(answer);
    if (/^\d+$/.test(answer) && n >= 1 && n <= count) return n - 1;
    if (/^(q|quit)$/i.test(answer)) return -1;
    say(`Type a number from 1 to ${count}.`);
  }
}

/** Stop reading the pipe before an @inquirer/prompts prompt takes standard input. */
export function releaseLines(): void {
  if (!reader) return;
  const r = reader;
  reader = undefined;
  r.rl.removeAllListeners('close');
  r.rl.close();
}

/** A numbered list, one entry a line (wrapped lines indented under the text, not the number). */
export function sayNumbered(items: string[]): void {
  const digits = String(items.length).length;
  items.forEach((text, i) => {
    const number = String(i + 1);
    // The number right-aligned in the indent (wrapping trims leading spaces from the text).
    const indent = `  ${' '.repeat(digits - number.length)}`;
    for (const line of wrapLines(`${number}. ${text}`, width(), indent, number.length + 2)) say(line);
  });
}
