import { spawn, type ChildProcess } from 'node:child_process';
import { utimesSync, watch } from 'node:fs';
import { assertNoNetwork, cliNodeArgs, networkLogFile } from '../helpers/cli.js';

export interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** How to end a run: let it finish, SIGKILL it after `ms`, or SIGKILL it as soon as a file named like `name` changes in `dir`. */
export type Kill = { after: number } | { dir: string; name: RegExp } | undefined;

/**
 * Start the built CLI (under the no-network preload) and SIGKILL it as `kill` says. fs.watch
 * (inotify) reports the file event while the writer is still in the middle of its save, so a
 * kill on the temp file's creation lands between the first byte and the rename.
 */
export function runKilled(args: string[], env: Record<string, string>, kill?: Kill): Promise<Outcome> {
  const log = networkLogFile();
  const start = Date.now();
  const child: ChildProcess = spawn(process.execPath, cliNodeArgs(args), {
    env: { ...process.env, NO_COLOR: '1', ...env, MCP_OPERATOR_NETWORK_LOG: log },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const watcher = kill && 'dir' in kill ? watch(kill.dir, (_event, name) => name && kill.name.test(name.toString()) && child.kill('SIGKILL')) : undefined;
  const timer = kill && 'after' in kill ? setTimeout(() => child.kill('SIGKILL'), kill.after) : undefined;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      watcher?.close();
      if (timer) clearTimeout(timer);
      try {
        assertNoNetwork(log, `mcp-operator ${args.join(' ')}`);
      } catch (error) {
        reject(error);
        return;
      }
      resolve({ code, signal, stdout, stderr, ms: Date.now() - start });
    });
  });
}

/** Set a file's times `seconds` into the past: what waiting that long would do, without the wait. */
export function age(path: string, seconds: number): void {
  const past = new Date(Date.now() - seconds * 1000);
  utimesSync(path, past, past);
}

export { random } from '../helpers/random.js';

/** A line of a JavaScript stack trace. */
export const STACK_TRACE = /^\s+at \S/m;
