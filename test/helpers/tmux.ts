import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

/** A real terminal: a detached tmux session on its own server socket. */
export class TmuxTerminal {
  readonly socket = `mcp-operator-test-${randomBytes(4).toString('hex')}`;
  readonly session = 'app';

  constructor(command: string, options: { width?: number; height?: number; env?: Record<string, string> } = {}) {
    const env = Object.entries(options.env ?? {})
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

  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
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
