import { shellSplit as shellWords } from './shell-words.js';
import { perEntry } from './per-entry.js';
import { commandName } from './docker-args.js';
import type { ServerEntry } from './types.js';

/** A command found inside a wrapper (cmd /c, bash -c, wsl, env, nix-shell --run, a && chain). */
export interface InnerCommand {
  command: string;
  args: string[];
  /** For each of [command, ...args], its index in the entry's args, or undefined when it sits inside a script string. */
  at: Array<number | undefined>;
  /** The entry field that holds the script string, when the command came from one. */
  field: string;
  /** What wrapped it: "cmd /c", "bash -c", "wsl.exe", "env", "nix-shell --run", "&& chain". */
  via: string;
  /** Variables set by `env A=B` or `A=B cmd` in front of it. */
  env: Record<string, string>;
}

/** The command's name without folder or .exe/.cmd/.bat, lower case (commandName, which remembers its answers). */
const base = (c: string): string => commandName(c);
const POSIX = new Set(['bash', 'sh', 'zsh', 'dash', 'ksh', 'ash', 'fish']);
/** Shell built-ins that set up rather than start the server. */
const SETUP = new Set(['cd', 'source', '.', 'export', 'set', 'unset', 'pushd', 'popd', 'true', 'echo', 'conda', 'nvm', 'ulimit', 'umask', 'Set-Location', 'cd.', 'setlocal', 'chcp', '@echo']);
const CHAIN = new Set(['&&', '||', ';', '|', '&', ';;']);

/** Split a script into its simple commands (words), dropping set-up built-ins; undefined when it cannot be read. */
export function scriptCommands(text: string): string[][] | undefined {
  let parsed;
  try {
    parsed = shellWords(text.replace(/\r?\n/g, ' ; '), (name) => `\${${name}}`);
  } catch {
    return undefined;
  }
  const commands: string[][] = [];
  let current: string[] = [];
  for (const w of parsed) {
    if (typeof w === 'string') current.push(w);
    else if ('op' in w && CHAIN.has(String(w.op))) {
      if (current.length) commands.push(current);
      current = [];
    } else if ('op' in w && (w.op === '>' || w.op === '<' || w.op === '>>' || w.op === '>&')) current.push(String(w.op));
    else if ('pattern' in w) current.push(String((w as { pattern: string }).pattern));
    else return undefined;
  }
  if (current.length) commands.push(current);
  return commands
    .map((words) => words.filter((_, i) => !(i > 0 && /^[<>]/.test(words[i - 1] as string)) && !/^[<>]/.test(_)))
    .map((words) => (words[0] === 'exec' ? words.slice(1) : words))
    .filter((words) => words.length > 0 && !SETUP.has(words[0] as string));
}

function fromScript(text: string, field: string, via: string, depth: number): InnerCommand[] {
  const commands = scriptCommands(text) ?? [];
  return commands.flatMap((words) => {
    const env: Record<string, string> = {};
    let i = 0;
    while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i] as string)) {
      const [k, ...v] = (words[i] as string).split('=');
      env[k as string] = v.join('=');
      i += 1;
    }
    const rest = words.slice(i);
    if (rest.length === 0) return [];
    const inner: InnerCommand = { command: rest[0] as string, args: rest.slice(1), at: rest.map(() => undefined), field, via, env };
    return [inner, ...unwrapOnce(inner, depth + 1)];
  });
}

function fromArgs(command: string, args: readonly string[], start: number, offset: number, via: string, depth: number, env: Record<string, string> = {}): InnerCommand[] {
  if (start >= args.length) return [];
  const words = args.slice(start);
  // `cmd /c "npx -y pkg"`: one word holding a whole command line.
  if (words.length === 1 && /\s/.test(words[0] as string)) return fromScript(words[0] as string, `args[${start + offset}]`, via, depth);
  if (words.some((w) => CHAIN.has(w))) return fromScript(words.map((w) => (CHAIN.has(w) || !/[\s"'$]/.test(w) ? w : JSON.stringify(w))).join(' '), `args[${start + offset}]`, via, depth);
  const inner: InnerCommand = { command: words[0] as string, args: words.slice(1), at: words.map((_, i) => start + offset + i), field: `args[${start + offset}]`, via, env };
  void command;
  return [inner, ...unwrapOnce(inner, depth + 1)];
}

/** One level of unwrapping, then recursion through what was found (at most a few levels deep: `depth` goes down every path, so a command that unwraps to itself, such as `Cd`, stops). */
/** Every command unwrapOnce looks inside; anything else is unwrapped only when its words hold a chain (&&, ;, |). */
const WRAPPERS = new Set(['cmd', 'powershell', 'pwsh', 'wsl', 'env', 'nix-shell', 'nix', 'cd', ...POSIX]);

function unwrapOnce(entry: { command: string; args: readonly string[]; at?: Array<number | undefined>; field?: string }, depth = 0): InnerCommand[] {
  if (depth > 3) return [];
  const cmd = base(entry.command);
  const args = entry.args;
  // Most entries (npx, uvx, docker, node ...) wrap nothing: answer before setting up the readers below.
  if (!WRAPPERS.has(cmd) && !args.some((a) => CHAIN.has(a))) return [];
  const mapped = entry.at;
  const offsetOf = (i: number): number => (mapped ? ((mapped[i + 1] ?? -1) as number) - i : 0);
  const inScript = mapped !== undefined && mapped.some((x) => x === undefined);
  const scriptField = entry.field ?? 'command';
  const script = (text: string, i: number, via: string) => fromScript(text, inScript ? scriptField : `args[${i + (mapped ? offsetOf(i) : 0)}]`, via, depth);
  const fromHere = (start: number, via: string, env: Record<string, string> = {}) => {
    if (inScript) return fromScript(args.slice(start).map((w) => (/[\s"'$]/.test(w) ? JSON.stringify(w) : w)).join(' '), scriptField, via, depth);
    return fromArgs(entry.command, args, start, mapped ? offsetOf(start) : 0, via, depth, env);
  };
  if (cmd === 'cmd') {
    const i = args.findIndex((a) => /^\/[ck]$/i.test(a));
    return i >= 0 ? fromHere(i + 1, `${entry.command} ${args[i]}`) : [];
  }
  if (cmd === 'powershell' || cmd === 'pwsh') {
    const i = args.findIndex((a) => /^-(c|command|co|com|comm|comma|comman)$/i.test(a));
    if (i < 0) return cmd === 'powershell' && args[0] && !args[0].startsWith('-') ? script(args.join(' '), 0, 'powershell') : [];
    return script(args.slice(i + 1).join(' '), i + 1, `${cmd} ${args[i]}`);
  }
  if (POSIX.has(cmd)) {
    const i = args.findIndex((a) => /^-[A-Za-z]*c[A-Za-z]*$/.test(a) || a === '--command');
    if (i < 0 || args[i + 1] === undefined) return [];
    return script(args[i + 1] as string, i + 1, `${cmd} ${args[i]}`);
  }
  if (cmd === 'wsl') {
    let i = 0;
    while (i < args.length) {
      const a = args[i] as string;
      if (a === '--') {
        i += 1;
        break;
      }
      if (a === '-e' || a === '--exec') {
        i += 1;
        break;
      }
      if (['-d', '--distribution', '-u', '--user', '--cd', '--shell-type'].includes(a)) i += 2;
      else if (a.startsWith('-')) i += 1;
      else break;
    }
    return fromHere(i, entry.command);
  }
  if (cmd === 'env') {
    let i = 0;
    const env: Record<string, string> = {};
    while (i < args.length) {
      const a = args[i] as string;
      if (a === '-u' || a === '--unset' || a === '-C' || a === '--chdir') i += 2;
      else if (a === '-S' || a === '--split-string') return args[i + 1] ? script(args[i + 1] as string, i + 1, 'env -S') : [];
      else if (a.startsWith('-')) i += 1;
      else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) {
        const [k, ...v] = a.split('=');
        env[k as string] = v.join('=');
        i += 1;
      } else break;
    }
    return fromHere(i, 'env', env);
  }
  if (cmd === 'nix-shell' || cmd === 'nix') {
    const i = args.findIndex((a) => a === '--run' || a === '--command');
    return i >= 0 && args[i + 1] !== undefined ? script(args[i + 1] as string, i + 1, `${cmd} ${args[i]}`) : [];
  }
  if (cmd === 'cd' || args.some((a) => CHAIN.has(a))) {
    // A whole command line split into words: `cd /srv && npx -y pkg`.
    return script([entry.command, ...args].map((w) => (CHAIN.has(w) || !/[\s"'$]/.test(w) ? w : JSON.stringify(w))).join(' '), 0, '&& chain').filter((c) => c.command !== entry.command || c.args.join(' ') !== args.join(' '));
  }
  return [];
}

/** Every command the entry really runs behind its wrappers (empty when it is not wrapped). */
/** Worked out once per entry: the engine asks for every server while identifying and again while reviewing it. */
export const innerCommands: (entry: Pick<ServerEntry, 'command' | 'args'>) => readonly InnerCommand[] = perEntry((entry) =>
  entry.command ? unwrapOnce({ command: entry.command, args: entry.args, at: undefined }) : [],
);

/** A server entry for an inner command: the same server, running that command. */
export function innerEntry(server: ServerEntry, inner: InnerCommand): ServerEntry {
  return { ...server, command: inner.command, args: inner.args, env: { ...server.env, ...inner.env } };
}

/** Map a field of the inner entry back to the entry as written. */
export function outerField(inner: InnerCommand, field: string): string {
  const m = /^args\[(\d+)\]$/.exec(field);
  if (m) return inner.at[Number(m[1]) + 1] !== undefined ? `args[${inner.at[Number(m[1]) + 1]}]` : inner.field;
  if (field === 'command') return inner.at[0] !== undefined ? `args[${inner.at[0]}]` : inner.field;
  return field;
}
