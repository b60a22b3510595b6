import type { ReviewRule } from '../types.js';
import { dockerRun, flagsNamed, flagText } from '../docker-args.js';

const isRoot = (value: string | undefined): boolean => /^(?:0|root)$/i.test((value ?? '').split(':')[0]?.trim() ?? '');

/** --user 0 / --user root / -u 0:0: the server runs as root inside its container. */
export const containerRootUser: ReviewRule = {
  id: 'MCPR-CTR-005',
  category: 'container-privilege',
  title: 'Container explicitly run as root',
  why: 'Root in the container owns every file of the image and can write any mounted host file that root owns, and after any escape it is root on the host unless user namespaces remap it. Docker\'s security guide counts running as a non-privileged user as a key part of a safe container, and the MCP Security Best Practices ask for minimal default privileges for local servers.',
  howToFix: 'Run the server as an unprivileged user (--user 10001:10001 or the non-root user the image defines) and give that user only the mounts it needs.',
  lesson: 'harden-the-container',
  check: (server) => {
    const run = dockerRun(server);
    if (!run) return [];
    return flagsNamed(run, '--user')
      .filter((flag) => isRoot(flag.value))
      .map((flag) => ({
        severity: 'medium' as const,
        field: `args[${flag.valueIndex ?? flag.index}]`,
        message: `${server.name} runs its container as root (${flagText(flag)}), overriding any non-root user the image sets.`,
        evidence: flagText(flag),
        remediation: `Replace ${flagText(flag)} with an unprivileged uid:gid that owns the files the server must write (for example --user 10001:10001).`,
      }));
  },
};
