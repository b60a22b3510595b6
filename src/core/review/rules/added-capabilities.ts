import type { ReviewRule, ReviewSeverity } from '../types.js';
import { dockerRun, flagsNamed, flagText, withoutFlags } from '../docker-args.js';

/** Capabilities that each open a path to the host or to other processes' secrets. */
const DANGEROUS = new Set(['ALL', 'SYS_ADMIN', 'SYS_PTRACE', 'NET_ADMIN', 'DAC_READ_SEARCH', 'SYS_MODULE']);

const capName = (cap: string): string => cap.trim().toUpperCase().replace(/^CAP_/, '');

/** --cap-add gives the container Linux capabilities beyond Docker's default set. */
export const addedCapabilities: ReviewRule = {
  id: 'MCPR-CTR-002',
  category: 'container-privilege',
  title: 'Container given extra Linux capabilities',
  why: 'The MCP Security Best Practices ask for local servers to run with minimal default privileges, and Docker\'s security guide recommends removing every capability a process does not need. SYS_ADMIN, SYS_MODULE, SYS_PTRACE, DAC_READ_SEARCH and NET_ADMIN are each known routes out of a container or into other processes\' memory, and ALL is the whole set.',
  howToFix: 'Remove the --cap-add options; if the server truly needs one capability, add back only that one on top of --cap-drop ALL and record why.',
  lesson: 'harden-the-container',
  check: (server) => {
    const run = dockerRun(server);
    if (!run) return [];
    return flagsNamed(run, '--cap-add')
      .filter((flag) => flag.value !== undefined && flag.value.trim() !== '')
      .map((flag) => {
        const caps = (flag.value as string).split(',').map(capName).filter(Boolean);
        const worst = caps.filter((c) => DANGEROUS.has(c));
        const severity: ReviewSeverity = worst.length > 0 ? 'high' : 'medium';
        const value = flag.value as string;
        return {
          severity,
          field: `args[${flag.valueIndex ?? flag.index}]`,
          message: `${server.name} adds ${caps.join(', ')} to its container${worst.length > 0 ? `: ${worst.join(', ')} can lead out of the container or into other processes` : ', beyond the default set an MCP server normally needs'}.`,
          evidence: flagText(flag),
          remediation: `Remove ${flagText(flag)} from ${server.name}; if one capability is really needed, keep only it on top of --cap-drop ALL and record the reason.`,
          fix: (entry) => withoutFlags(entry, (f) => f.name === '--cap-add' && f.value === value),
        };
      });
  },
};
