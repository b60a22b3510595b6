import { parse as shellQuote } from 'shell-quote';

/**
 * One token of a plain command line: blanks, a single-quoted string, a double-quoted string with no
 * escape, expansion or backtick in it, or a run of characters no shell treats specially.
 */
const TOKEN = /[ \t]+|'([^']*)'|"([^"\\$`]*)"|([^\s'"\\$`|&;<>()*?[\]{}~!#]+)/y;

/**
 * The words of a command line that holds nothing a shell would expand or interpret (no $, \, `,
 * operators, globs, comments or line breaks): split on blanks, quotes removed. Undefined otherwise:
 * such a line needs the full parser (shell-quote). Most lines in configs are plain; shell-quote builds
 * and compiles its regular expressions anew on every call, which a file of thousands of servers felt.
 */
export function plainWords(text: string): string[] | undefined {
  const words: string[] = [];
  let word: string | undefined;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const m = TOKEN.exec(text);
    if (!m) return undefined;
    const piece = m[1] ?? m[2] ?? m[3];
    if (piece === undefined) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? '') + piece;
  }
  if (word !== undefined) words.push(word);
  return words;
}

type ShellEntry = ReturnType<typeof shellQuote>[number];

/** shell-quote's parse, with plain lines answered by plainWords (the same words, property-tested). */
export function shellSplit(text: string, env?: (name: string) => string): ShellEntry[] {
  return plainWords(text) ?? (env ? shellQuote(text, env) : shellQuote(text));
}
