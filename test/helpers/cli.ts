import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BIN = join(process.cwd(), 'dist', 'bin.cjs');

/** Preload for every CLI the tests start: any network socket or DNS use fails and is logged. */
export const NO_NETWORK = join(process.cwd(), 'test', 'helpers', 'no-network.mjs');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'mcp-operator-test-'));
}

let logDir: string | undefined;
let logCount = 0;

/**
 * A fresh file for $MCP_OPERATOR_NETWORK_LOG. It lives in a folder of its own, not in the test's
 * home, so it works when a test points MCP_OPERATOR_HOME somewhere unwritable.
 */
export function networkLogFile(): string {
  logDir ??= mkdtempSync(join(tmpdir(), 'mcp-operator-net-'));
  logCount += 1;
  return join(logDir, `${process.pid}-${logCount}.log`);
}

/** The attempts the preload logged to `file` (none when the file does not exist). */
export function networkAttempts(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

/** Fails (throws) when the preload saw the CLI try the network, even if the CLI swallowed the error. */
export function assertNoNetwork(file: string, what: string): void {
  const attempts = networkAttempts(file);
  if (attempts.length) throw new Error(`${what} tried to use the network:\n  ${attempts.join('\n  ')}`);
}

/** Node arguments for running the CLI under the no-network preload (then BIN and its arguments). */
export function cliNodeArgs(args: string[], preloads: string[] = []): string[] {
  return [...[NO_NETWORK, ...preloads].flatMap((p) => ['--import', p]), BIN, ...args];
}

/**
 * Run the built CLI with stdin from `input` (a pipe, never a TTY), under the no-network preload.
 * Rejects when the CLI tried to open a network connection or resolve a name.
 */
export function runCli(args: string[], options: { home: string; input?: string; env?: Record<string, string>; cwd?: string }): Promise<RunResult> {
  const log = networkLogFile();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, cliNodeArgs(args), {
      env: { ...process.env, MCP_OPERATOR_HOME: options.home, NO_COLOR: '1', ...options.env, MCP_OPERATOR_NETWORK_LOG: log },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.cwd ? { cwd: options.cwd } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        assertNoNetwork(log, `mcp-operator ${args.join(' ')}`);
      } catch (error) {
        reject(error);
        return;
      }
      resolve({ code, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}
