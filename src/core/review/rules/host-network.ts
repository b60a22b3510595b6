import type { ReviewRule } from '../types.js';
import { dockerRun, flagsNamed, flagText, withoutFlags } from '../docker-args.js';

const isHost = (value: string | undefined): boolean => value?.trim().toLowerCase() === 'host';

/** --network host / --net=host: the container uses the host's network stack. */
export const hostNetwork: ReviewRule = {
  id: 'MCPR-NET-001',
  category: 'host-network',
  title: 'Container on the host network',
  why: 'On the host network the server reaches every service that listens only on the machine\'s loopback address, such as an MCP Inspector proxy, which before 0.14.1 started commands for any caller without authentication (CVE-2025-49596). A listener that would otherwise be reachable only through a published port opens on every host interface, undoing the transport spec\'s advice that local servers bind to 127.0.0.1.',
  howToFix: 'Remove --network host. Use --network none when the server needs no network, or an internal network whose only way out is an egress proxy with an allow-list.',
  lesson: 'harden-the-container',
  check: (server) => {
    const run = dockerRun(server);
    if (!run) return [];
    return flagsNamed(run, '--network')
      .filter((flag) => isHost(flag.value))
      .map((flag) => ({
        severity: 'high' as const,
        field: `args[${flag.index}]`,
        message: `${server.name} runs its container with ${flagText(flag)}: it shares the host's network stack, reaches every loopback-only service and binds on every host interface.`,
        evidence: flagText(flag),
        remediation: `Remove ${flagText(flag)} from ${server.name} (Docker then uses its default bridge); better still, use --network none if the server needs no network, or an internal network with an egress allow-list if it calls one API.`,
        fix: (entry) => withoutFlags(entry, (f) => f.name === '--network' && isHost(f.value)),
      }));
  },
};
