import type { ReviewRule } from '../types.js';
import { dockerRun, flagsNamed, flagText, isOn, withoutFlags } from '../docker-args.js';

/** --privileged: every capability, no seccomp or AppArmor, all host devices. */
export const privilegedContainer: ReviewRule = {
  id: 'MCPR-CTR-001',
  category: 'container-privilege',
  title: 'Container started with --privileged',
  why: 'The MCP Security Best Practices ask for local servers to run in a sandbox with minimal default privileges. Docker documents that --privileged enables all capabilities, lifts the seccomp and AppArmor profiles and gives access to every host device, which is enough to get a root shell on the host; it also cancels --cap-drop ALL.',
  howToFix: 'Remove --privileged. If the server fails without it, find the one capability or device it needs, and question why an MCP server needs it at all.',
  lesson: 'harden-the-container',
  check: (server) => {
    const run = dockerRun(server);
    if (!run) return [];
    return flagsNamed(run, '--privileged')
      .filter(isOn)
      .map((flag) => ({
        severity: 'critical' as const,
        field: `args[${flag.index}]`,
        message: `${server.name} runs its container with ${flagText(flag)}: the server gets every capability and all host devices, enough to take over the host.`,
        evidence: flagText(flag),
        remediation: `Remove ${flagText(flag)} from the args of ${server.name}; if the server then fails, grant only the single capability it needs, never the whole set.`,
        fix: (entry) => withoutFlags(entry, (f) => f.name === '--privileged'),
      }));
  },
};
