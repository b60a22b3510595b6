import type { ReviewRule } from '../types.js';

const SCRIPT_FILE = /\.(sh|bash|zsh|ksh|fish|ps1|psm1|bat|cmd)$/i;
/** Launchers that ship as .cmd or .ps1 files on Windows: they are programs the review reads, not scripts. */
const LAUNCHERS = /^(npx|npm|pnpm|pnpx|yarn|bunx|bun|uvx|uv|pipx|node|docker|podman|python3?|py|deno)\.(cmd|ps1|bat)$/i;
const SHELLS = new Set(['bash', 'sh', 'zsh', 'dash', 'ksh', 'ash', 'fish', 'source']);

function scriptOf(command: string | undefined, args: readonly string[]): string | undefined {
  if (!command) return undefined;
  const name = command.split(/[\\/]/).pop() ?? command;
  if (SCRIPT_FILE.test(name) && !LAUNCHERS.test(name)) return command;
  const shell = name.replace(/\.exe$/i, '').toLowerCase();
  if (SHELLS.has(shell) || shell === 'powershell' || shell === 'pwsh') {
    const first = args.find((a) => !a.startsWith('-'));
    const flags = args.slice(0, args.indexOf(first ?? '')).join(' ');
    if (first && !/(^|\s)-[A-Za-z]*c\b|-command|-encodedcommand/i.test(flags) && (SCRIPT_FILE.test(first) || /^\.{0,2}\//.test(first) || /^-file$/i.test(args[args.indexOf(first) - 1] ?? ''))) return first;
  }
  return undefined;
}

/** A server started from a script file: what it runs is outside the config, where the review cannot see. */
export const unreviewableScript: ReviewRule = {
  id: 'MCPR-SH-003',
  category: 'shell-execution',
  title: 'Server started from a script the review cannot read',
  why: 'When a config starts ./run-mcp.sh or start.ps1, the program, its version and its credentials live in a file outside the config: neither this review nor the client\'s approval prompt sees what the script starts, and anyone who can change the script changes the server.',
  howToFix: 'Put the program the script starts in command and args (pinned), or review the script itself and keep it under version control next to the config, readable only by you.',
  lesson: 'trust-before-install',
  check: (server) => {
    const script = scriptOf(server.command, server.args);
    if (!script) return [];
    const field = script === server.command ? 'command' : `args[${server.args.indexOf(script)}]`;
    return [
      {
        severity: 'low',
        field,
        message: `${server.name} starts the script ${script}: what it runs cannot be reviewed from the config.`,
        evidence: script,
        remediation: `Review ${script} (the package and version it starts, how it gets its credentials), or replace it with the program it runs in command and args.`,
      },
    ];
  },
};
