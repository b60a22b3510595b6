import { parse as splitShell } from 'shell-quote';

/** The command a launch script runs: its first simple command that is not shell set-up. */
export interface ShellLaunch {
  command: string;
  args: string[];
  /** VAR=value words before the command. */
  env: Record<string, string>;
  /** 1-based line where the command starts (a command continued with \ spans more lines). */
  line: number;
  /** 1-based line where it ends. */
  endLine: number;
}

/** Words that set up the shell rather than start the server. */
const SETUP = new Set(['set', 'export', 'cd', 'echo', 'printf', 'source', '.', 'trap', 'umask', 'readonly', 'local', 'unset', 'true', ':', 'shopt', 'if', 'then', 'fi', 'test', '[', '[[']);

/**
 * The launch line of a script such as run-server.sh (`exec docker run ...`). Lines continued with a
 * trailing backslash are joined; comments, a shebang and set-up commands are skipped. `$NAME` and
 * `${NAME}` stay references (`${NAME}`), never expanded. Undefined when no line starts a program.
 */
export function shellLaunch(text: string): ShellLaunch | undefined {
  const physical = text.split(/\r?\n/);
  for (let i = 0; i < physical.length; i += 1) {
    const start = i;
    let logical = physical[i] as string;
    while (/\\\s*$/.test(logical) && i + 1 < physical.length) {
      i += 1;
      logical = `${logical.replace(/\\\s*$/, ' ')}${physical[i] as string}`;
    }
    const trimmed = logical.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const words: string[] = [];
    for (const w of splitShell(trimmed, (name) => `\${${name}}`)) {
      if (typeof w === 'string') words.push(w);
      else break; // an operator (&&, |, ;) or a comment ends the first simple command
    }
    const env: Record<string, string> = {};
    while (words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0] as string)) {
      const word = words.shift() as string;
      const eq = word.indexOf('=');
      env[word.slice(0, eq)] = word.slice(eq + 1);
    }
    if (words[0] === 'exec') words.shift();
    const [command, ...args] = words;
    if (!command || SETUP.has(command)) continue;
    return { command, args, env, line: start + 1, endLine: i + 1 };
  }
  return undefined;
}
