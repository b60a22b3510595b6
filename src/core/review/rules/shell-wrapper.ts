import { shellSplit as shellWords } from '../shell-words.js';
import type { ReviewRule, ServerEntry } from '../types.js';
import { commandName } from '../docker-args.js';

const POSIX_SHELLS = new Set(['bash', 'sh', 'zsh', 'dash', 'ksh', 'ash', 'fish']);
const POWERSHELL_VALUE_OPTIONS = new Set(['executionpolicy', 'ex', 'ep', 'windowstyle', 'w', 'configurationname', 'version', 'v', 'workingdirectory', 'wd', 'outputformat', 'of', 'inputformat', 'if', 'psconsolefile', 'settingsfile', 'custompipename']);
const POSIX_META = /[|&;<>()$`\\*?[\]{}~!#\n\r]/;
const CMD_META = /[&|<>^%()!\n\r]/;
const POWERSHELL_META = /[;|&$`(){}<>@\n\r]/;

interface Script {
  shell: string;
  /** The switch as written: -c, -lc, /c, -Command, -EncodedCommand. */
  flag: string;
  /** Index in args of the first word of the script. */
  index: number;
  text: string;
  encoded: boolean;
  /** A login or interactive shell (-l, -i): likely there to find the program on the user's PATH. */
  login: boolean;
}

/** Long letters-and-digits words (tokens, keys) shortened to their first four characters. */
export function redactScript(text: string): string {
  return text.replace(/[A-Za-z0-9_+/-]{21,}/g, (word) => (/[A-Za-z]/.test(word) && /\d/.test(word) ? `${word.slice(0, 4)}…` : word));
}

function posixScript(shell: string, args: readonly string[]): Script | undefined {
  let flag: string | undefined;
  let login = false;
  for (let i = 0; i < args.length; i += 1) {
    const word = args[i] as string;
    if (shell === 'fish' && word.startsWith('--command=')) return { shell, flag: '--command', index: i, text: word.slice(10), encoded: false, login };
    if (word === '--') {
      const next = args[i + 1];
      return flag && next !== undefined ? { shell, flag, index: i + 1, text: next, encoded: false, login } : undefined;
    }
    if (word === '--login' || word === '--interactive') login = true;
    if (word === '-o' || word === '+o' || word === '-O' || word === '+O') {
      i += 1;
      continue;
    }
    if (/^-[A-Za-z]+$/.test(word)) {
      if (/[li]/.test(word)) login = true;
      if (word.includes('c')) flag = word;
      continue;
    }
    if (shell === 'fish' && word === '--command') flag = word;
    if (word.startsWith('-') || word.startsWith('+')) continue;
    return flag ? { shell, flag, index: i, text: word, encoded: false, login } : undefined;
  }
  return undefined;
}

function cmdScript(shell: string, args: readonly string[]): Script | undefined {
  for (let i = 0; i < args.length; i += 1) {
    const word = args[i] as string;
    if (/^\/[ck]$/i.test(word)) return i + 1 < args.length ? { shell, flag: word, index: i + 1, text: args.slice(i + 1).join(' '), encoded: false, login: false } : undefined;
    if (!word.startsWith('/')) return undefined;
  }
  return undefined;
}

function powershellScript(shell: string, args: readonly string[]): Script | undefined {
  for (let i = 0; i < args.length; i += 1) {
    const word = args[i] as string;
    if (!word.startsWith('-')) {
      // powershell.exe reads a bare word as -Command; pwsh reads it as -File.
      return shell === 'powershell' ? { shell, flag: '(-Command)', index: i, text: args.slice(i).join(' '), encoded: false, login: false } : undefined;
    }
    const name = word.slice(1).toLowerCase();
    if (name !== '' && 'command'.startsWith(name)) return i + 1 < args.length ? { shell, flag: word, index: i + 1, text: args.slice(i + 1).join(' '), encoded: false, login: false } : undefined;
    if (name === 'e' || name === 'ec' || (name.length >= 2 && 'encodedcommand'.startsWith(name))) {
      const value = args[i + 1];
      return value !== undefined ? { shell, flag: word, index: i + 1, text: value, encoded: true, login: false } : undefined;
    }
    if (name !== '' && 'file'.startsWith(name)) return undefined;
    if (POWERSHELL_VALUE_OPTIONS.has(name)) i += 1;
  }
  return undefined;
}

/** The script of `bash -c '...'`, `cmd /c ...`, `pwsh -Command ...` or `-EncodedCommand ...`, if the entry is one. */
export function shellScript(server: ServerEntry): Script | undefined {
  const shell = commandName(server.command);
  if (POSIX_SHELLS.has(shell)) return posixScript(shell, server.args);
  if (shell === 'cmd') return cmdScript(shell, server.args);
  if (shell === 'powershell' || shell === 'pwsh') return powershellScript(shell, server.args);
  return undefined;
}

/** The script decoded when it is -EncodedCommand (base64 of UTF-16LE), else as written. */
function readable(script: Script): string {
  if (!script.encoded || !/^[A-Za-z0-9+/]+={0,2}$/.test(script.text)) return script.text;
  const decoded = Buffer.from(script.text, 'base64').toString('utf16le');
  return /^[\x20-\x7e\t\r\n]+$/.test(decoded) ? decoded : script.text;
}

/** `exec? program args` with nothing the shell would expand, chain or redirect: its words, else undefined. */
function simpleCommand(text: string, meta: RegExp): string[] | undefined {
  const body = text.trim().replace(/^exec\s+/, '');
  if (body === '' || meta.test(body)) return undefined;
  const words = shellWords(body);
  if (!words.every((w): w is string => typeof w === 'string') || words.length === 0 || (words[0] as string).includes('=')) return undefined;
  return words;
}

/** A server started through a shell with its real command inside a string. */
export const shellWrapper: ReviewRule = {
  id: 'MCPR-SH-001',
  category: 'shell-execution',
  title: 'Server started through a shell script string',
  why: 'With bash -c, cmd /c or powershell -Command the program that really runs is hidden inside a string: approval prompts, process lists and reviewers see only the shell, and the shell expands variables and follows ;, && and | to start more programs. The MCP Security Best Practices (2025-11-25, unchanged in 2026-07-28) require clients that offer one-click local server setup to show the exact command with its arguments before adding it; that covers one-click setup, not every start, and even there a script string leaves the reader to work out what the shell will run.',
  howToFix: 'Put the program in command and its arguments in args, so the client starts it directly and shows what runs.',
  lesson: 'trust-before-install',
  check: (server) => {
    const script = shellScript(server);
    if (!script) return [];
    const text = readable(script);
    const preview = redactScript(text.replace(/\s+/g, ' ').trim());
    const shown = `${script.shell} ${script.flag} ${preview.length > 60 ? `${preview.slice(0, 60)}…` : preview}`;
    const windows = script.shell === 'cmd' || script.shell === 'powershell' || script.shell === 'pwsh';
    const words = script.encoded ? undefined : simpleCommand(text, script.shell === 'cmd' ? CMD_META : windows ? POWERSHELL_META : POSIX_META);
    const program = words?.[0];
    if (windows && program) {
      return [
        {
          severity: 'low',
          field: `args[${script.index}]`,
          message: `${server.name} starts ${program} through ${script.shell} ${script.flag}; a common way to launch .cmd programs such as npx on Windows, but approval prompts show only "${script.shell}".`,
          evidence: shown,
          remediation: `Keep the wrapped command to the single program (${program}) with no chaining, or start ${program} directly if this client can launch it without a shell.`,
        },
      ];
    }
    const fixable = program !== undefined && !script.login;
    return [
      {
        severity: 'medium',
        field: `args[${script.index}]`,
        message: `${server.name} runs ${script.encoded ? 'a base64-encoded script' : 'a script'} through ${script.shell} ${script.flag}: the program that really starts is hidden in a string, the shell expands and chains it, and approval prompts show only "${script.shell}".`,
        evidence: shown,
        remediation: program
          ? fixable
            ? `Set command to ${program} and args to the rest of the script for ${server.name}.`
            : `Set command to the absolute path of ${program} (the login shell was probably there to find it on PATH) and args to the rest of the script.`
          : `Move what the script does into a small reviewed program, or into command and args, so ${server.name} starts one visible program.`,
        ...(fixable
          ? {
              fix: (entry: ServerEntry): ServerEntry => {
                if (entry.args[script.index] !== script.text) return entry;
                return { ...entry, command: program, args: (words as string[]).slice(1) };
              },
            }
          : {}),
      },
    ];
  },
};
