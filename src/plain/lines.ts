import { createInterface, type Interface } from 'node:readline';
import { input } from '@inquirer/prompts';
import { wrapLines } from '../core/text/wrap.js';
import { say, width } from './output.js';

/**
 * Line mode reads whole lines and shows every choice as a numbered (or lettered) list: the same
 * in a terminal, from a pipe and with a screen reader. In a terminal (both ends) a line is read
 * with @inquirer/prompts' input, which gives line editing. Otherwise every question goes through
 * one shared reader of standard input: an inquirer prompt would read everything a pipe holds and
 * drop what follows its own line, and it draws with cursor-control escapes. The question is
 * printed as a plain line and the answer after it, so a transcript reads whole.
 */
interface LineReader {
  rl?: Interface;
  lines: string[];
  waiting?: (line: string | undefined) => void;
  ended: boolean;
}
let reader: LineReader | undefined;
/** Lines read ahead and not yet asked for, kept when the reader is let go (see releaseLines). */
let kept: { lines: string[]; ended: boolean } = { lines: [], ended: false };

function lineReader(): LineReader {
  if (reader) return reader;
  const state: LineReader = { lines: kept.lines, ended: kept.ended };
  kept = { lines: [], ended: false };
  reader = state;
  if (state.ended) return state;
  const rl = createInterface({ input: process.stdin, terminal: false, crlfDelay: Infinity });
  state.rl = rl;
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
  return state;
}

/** The error inquirer throws when input ends; line mode's runners turn it into a clear message. */
export function inputEnded(): Error {
  const error = new Error('input ended');
  error.name = 'ExitPromptError';
  return error;
}

/** The learner chose to pause (q): callers that can go on (the home menu) do, others end as when input ends. */
export function paused(): Error {
  const error = new Error('paused');
  error.name = 'ExitPromptError';
  return error;
}

export function isPause(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError' && error.message === 'paused';
}

/** Lines are read by the shared reader, not by inquirer: standard input or output is not a terminal. */
export function fromPipe(): boolean {
  return !process.stdin.isTTY || !process.stdout.isTTY;
}

/** Ask for one line; trimmed. A question longer than the line is wrapped at word boundaries, the answer after its last line. */
export async function askLine(message: string): Promise<string> {
  // Leave room for inquirer's "? " and "✔ " and a short answer.
  const lines = wrapLines(message, width() - 8);
  for (const line of lines.slice(0, -1)) say(line);
  const last = lines.at(-1) ?? message;
  if (!fromPipe()) return (await input({ message: last })).trim();
  const r = lineReader();
  process.stdout.write(`${last} `);
  const line = r.lines.length ? r.lines.shift() : r.ended ? undefined : await new Promise<string | undefined>((resolve) => (r.waiting = resolve));
  if (line === undefined) {
    process.stdout.write('\n');
    throw inputEnded();
  }
  // A terminal echoes what is typed; from a pipe, the answer is written after its question.
  if (!process.stdin.isTTY) process.stdout.write(`${line.trim()}\n`);
  return line.trim();
}

/**
 * Stop reading standard input so the process can end (or an inquirer prompt can take it). Lines
 * already read and not yet asked for are kept for the next question.
 */
export function releaseLines(): void {
  if (!reader) return;
  const r = reader;
  reader = undefined;
  kept = { lines: r.lines, ended: r.ended };
  if (r.rl) {
    r.rl.removeAllListeners('close');
    r.rl.removeAllListeners('line');
    r.rl.close();
  }
}

/** A numbered list, one entry a line (wrapped lines indented under the text, not the number). */
export function sayNumbered(items: readonly string[], marks?: readonly string[]): void {
  const labels = items.map((_, i) => marks?.[i] ?? String(i + 1));
  const digits = Math.max(...labels.map((l) => l.length), 1);
  items.forEach((text, i) => {
    const label = labels[i] ?? '';
    const indent = `  ${' '.repeat(digits - label.length)}`;
    for (const line of wrapLines(`${label}. ${text}`, width(), indent, label.length + 2)) say(line);
  });
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

export interface ChoiceOptions {
  /** Show and accept letters (A, B, ...) as well as numbers: for checks and quiz items, whose feedback names options by letter. */
  letters?: boolean;
  /** The index Enter on an empty line takes (an earlier answer, a suggestion). */
  default?: number;
  /** Other answers the question takes, e.g. { key: 'h', label: 'a hint' }; returned as the key. */
  keys?: readonly { key: string; label: string }[];
  /** What q does, said in the question ("stop", "go back"); without it q is not offered. */
  quit?: string;
}

const LETTERS = 'ABCDEFGHIJ';

/**
 * A choice as a numbered list and one line read: the list, then the question. Returns the index
 * chosen, -1 for q (when `quit` is given), or one of `keys`. Asked again, saying what it takes,
 * until the answer is one of those.
 */
export async function askChoice(message: string, labels: readonly string[], options: ChoiceOptions = {}): Promise<number | string> {
  const letters = options.letters === true && labels.length <= LETTERS.length;
  sayNumbered(labels, letters ? labels.map((_, i) => LETTERS[i] ?? '') : undefined);
  const range = letters ? `${LETTERS[0]}-${LETTERS[labels.length - 1]}` : `1-${labels.length}`;
  const extras = [
    ...(options.default !== undefined ? [`Enter for ${letters ? LETTERS[options.default] : options.default + 1}`] : []),
    ...(options.keys ?? []).map((k) => `${k.key} for ${k.label}`),
    ...(options.quit ? [`q to ${options.quit}`] : []),
  ];
  const prompt = `${message} (${range}${extras.length ? `; ${extras.join(', ')}` : ''}):`;
  for (;;) {
    const answer = await askLine(prompt);
    const index = choiceIndex(answer, labels.length, letters);
    if (index !== undefined) return index;
    if (answer === '' && options.default !== undefined) return options.default;
    const key = options.keys?.find((k) => k.key.toLowerCase() === answer.toLowerCase());
    if (key) return key.key;
    if (options.quit && /^(q|quit)$/i.test(answer)) return -1;
    say(`Type ${letters ? `a letter from ${range} or a number from 1 to ${labels.length}` : `a number from ${range}`}${extras.length ? `, or ${extras.join(', ')}` : ''}.`);
  }
}

/** The index an answer names: a number 1..count, or (with letters) a letter; undefined otherwise. */
export function choiceIndex(answer: string, count: number, letters = false): number | undefined {
  if (/^\d+$/.test(answer)) {
    const n = Number(answer);
    return n >= 1 && n <= count ? n - 1 : undefined;
  }
  if (letters && /^[a-z]$/i.test(answer)) {
    const i = LETTERS.indexOf(answer.toUpperCase());
    return i >= 0 && i < count ? i : undefined;
  }
  return undefined;
}

/** A yes/no question read as a line: y, yes, n, no; Enter takes the default. */
export async function askYesNo(message: string, defaultYes: boolean): Promise<boolean> {
  for (;;) {
    const answer = (await askLine(`${message} (${defaultYes ? 'Y/n' : 'y/N'}):`)).toLowerCase();
    if (answer === '') return defaultYes;
    if (answer === 'y' || answer === 'yes') return true;
    if (answer === 'n' || answer === 'no' || answer === 'q') return false;
    say('Type y for yes or n for no.');
  }
}

/**
 * Numbers that pick out entries of a list: "1 3", "1,3", "2-4"; each 1..count. Undefined when
 * something in it is not such a number; an empty list for "" or "0" (none).
 */
export function parseNumbers(answer: string, count: number): number[] | undefined {
  const text = answer.trim();
  if (text === '' || text === '0') return [];
  const out: number[] = [];
  for (const part of text.split(/[\s,]+/).filter(Boolean)) {
    const range = /^(\d+)-(\d+)$/.exec(part);
    const [from, to] = range ? [Number(range[1]), Number(range[2])] : /^\d+$/.test(part) ? [Number(part), Number(part)] : [NaN, NaN];
    if (!(from >= 1 && to <= count && from <= to)) return undefined;
    for (let n = from; n <= to; n += 1) if (!out.includes(n - 1)) out.push(n - 1);
  }
  return out;
}
