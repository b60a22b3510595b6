import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { assertNoNetwork, networkLogFile, NO_NETWORK } from './cli.js';

/** A real terminal: a detached tmux session on its own server socket. */
export class TmuxTerminal {
  readonly socket = `mcp-operator-test-${randomBytes(4).toString('hex')}`;
  readonly session = 'app';
  /** Where the no-network preload logs attempts of every node process started in the terminal. */
  readonly networkLog = networkLogFile();

  constructor(command: string, options: { width?: number; height?: number; env?: Record<string, string> } = {}) {
    // Every node process in the pane (the CLI, and any node it starts) runs under the no-network preload.
    const nodeOptions = [process.env.NODE_OPTIONS, options.env?.NODE_OPTIONS, `--import="${NO_NETWORK.replace(/["\\]/g, '\\$&')}"`].filter(Boolean).join(' ');
    const env = Object.entries({ ...options.env, NODE_OPTIONS: nodeOptions, MCP_OPERATOR_NETWORK_LOG: this.networkLog })
      .map(([k, v]) => `${k}=${shellQuote(v)}`)
      .join(' ');
    this.tmux('new-session', '-d', '-s', this.session, '-x', String(options.width ?? 80), '-y', String(options.height ?? 24), `env ${env} ${command}; echo "EXIT=$?"; sleep 30`);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', this.session);
  }

  /** A tmux format about the pane, e.g. '#{alternate_on}' (1 while the alternate screen is shown) or '#{cursor_flag}'. */
  display(format: string): string {
    return this.tmux('display-message', '-p', '-t', this.session, format).trim();
  }

  keys(...keys: string[]): void {
    for (const key of keys) this.tmux('send-keys', '-t', this.session, key);
  }

  resize(width: number, height: number): void {
    this.tmux('resize-window', '-t', this.session, '-x', String(width), '-y', String(height));
  }

  async waitFor(predicate: (screen: string) => boolean, what: string, timeout = 10_000): Promise<string> {
    const start = Date.now();
    for (;;) {
      const screen = this.screen();
      if (predicate(screen)) {
        // Let the app settle (input handlers re-subscribe after a frame), then read it again.
        await new Promise((r) => setTimeout(r, 80));
        const settled = this.screen();
        if (predicate(settled)) return settled;
        continue;
      }
      if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}; screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Ends the terminal; throws (failing the test from afterEach) when anything in it tried the network. */
  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
    assertNoNetwork(this.networkLog, 'a process in the tmux terminal');
  }
}

export function hasTmux(): boolean {
  try {
    execFileSync('tmux', ['-V']);
    return true;
  } catch {
    return false;
  }
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
