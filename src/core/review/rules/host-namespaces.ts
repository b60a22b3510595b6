import type { ReviewRule, ReviewSeverity } from '../types.js';
import { dockerRun, flagsNamed, flagText, withoutFlags } from '../docker-args.js';

/** What sharing each host namespace exposes, and how much that weighs on its own. */
const NAMESPACES: Record<string, { severity: ReviewSeverity; effect: string }> = {
  '--pid': { severity: 'high', effect: 'it sees every host process, including command lines that carry tokens, and can signal them' },
  '--ipc': { severity: 'medium', effect: "it shares the host's shared memory (/dev/shm) and IPC objects with every host process" },
  '--userns': { severity: 'medium', effect: 'user-namespace remapping is switched off, so root in the container is root on the host after any escape' },
  '--uts': { severity: 'low', effect: "it shares the host's hostname and domain name" },
};

const isHost = (value: string | undefined): boolean => value?.trim().toLowerCase() === 'host';

/** --pid host, --ipc host, --uts host, --userns host: the container shares a namespace with the host. */
export const hostNamespaces: ReviewRule = {
  id: 'MCPR-CTR-003',
  category: 'container-privilege',
  title: 'Container shares a host namespace',
  why: 'Namespaces are what separate a container from the host. With --pid host the server can read the command line of every process on the machine, and command lines are a common place for the tokens of other MCP servers (they are visible in ps); --ipc, --userns and --uts host remove further parts of the separation.',
  howToFix: 'Remove --pid/--ipc/--uts/--userns host; an MCP server has no need to see or share the host\'s processes, memory or users.',
  lesson: 'harden-the-container',
  check: (server) => {
    const run = dockerRun(server);
    if (!run) return [];
    return flagsNamed(run, ...Object.keys(NAMESPACES))
      .filter((flag) => isHost(flag.value))
      .map((flag) => {
        const { severity, effect } = NAMESPACES[flag.name] as { severity: ReviewSeverity; effect: string };
        return {
          severity,
          field: `args[${flag.index}]`,
          message: `${server.name} runs its container with ${flagText(flag)}: ${effect}.`,
          evidence: flagText(flag),
          remediation: `Remove ${flagText(flag)} from ${server.name} so the container keeps its own ${flag.name.slice(2)} namespace.`,
          fix: (entry) => withoutFlags(entry, (f) => f.name === flag.name && isHost(f.value)),
        };
      });
  },
};
