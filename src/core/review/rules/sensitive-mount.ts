import type { ReviewRule, ReviewSeverity, RuleHit } from '../types.js';
import { dockerRun, flagText, normalizeHostPath, withoutFlags, type DockerVolume } from '../docker-args.js';

/** A home directory in any spelling: ~, $HOME, ${userHome}, %USERPROFILE%, /root, /home/x, /Users/x, C:\Users\x. */
const HOME =
  /^(?:~|\$HOME|\$\{HOME\}|\$\{env:HOME\}|\$\{userHome\}|%USERPROFILE%|%HOMEDRIVE%%HOMEPATH%|\$USERPROFILE|\$\{USERPROFILE\}|\$\{env:USERPROFILE\}|\$env:USERPROFILE|\/root|\/home\/[^/]+|(?:[A-Za-z]:|\/[A-Za-z])?\/Users\/(?!(?:Shared|Public|Default)(?:\/|$))[^/]+)(?=\/|$)/i;

/** Credential files and directories under a home directory. */
const CREDENTIALS = ['.ssh', '.aws', '.kube', '.gnupg', '.docker', '.config/gcloud', '.config/gh', '.azure', '.npmrc', '.netrc', '.git-credentials'];

/** Whole-system or all-users directories. */
const BROAD = /^(?:\/|\/etc|\/home|\/Users|[A-Za-z]:\/?|[A-Za-z]:\/Users)$/i;
/** Read-write, these give root on the host to a container running as root. */
const HOST_CONTROL = /^\/(?:etc)?$/;

type Finding = { kind: 'credential' | 'home' | 'system'; path: string };

function classify(source: string): Finding | undefined {
  const path = normalizeHostPath(source);
  const home = HOME.exec(path);
  if (home) {
    const rest = path.slice(home[0].length).replace(/^\//, '');
    if (rest === '') return { kind: path === '/root' ? 'system' : 'home', path };
    const cred = CREDENTIALS.find((c) => rest.toLowerCase() === c || rest.toLowerCase().startsWith(`${c}/`));
    return cred ? { kind: 'credential', path } : undefined;
  }
  return BROAD.test(path) ? { kind: 'system', path } : undefined;
}

function hit(server: { name: string }, v: DockerVolume, found: Finding): RuleHit {
  const field = `args[${v.flag.valueIndex ?? v.flag.index}]`;
  const evidence = flagText(v.flag);
  if (found.kind === 'credential') {
    return {
      severity: 'high',
      field,
      message: `${server.name} mounts the credential path ${v.source} into its container${v.readOnly ? '; read-only does not help, because reading the keys is the problem' : ''}.`,
      evidence,
      remediation: `Remove ${evidence} from ${server.name}; pass the one credential the server needs through its env (as a \${VAR} reference) or a secret file, and mount only the project directory it works on.`,
      fix: (entry) => withoutFlags(entry, (f) => f.name === v.flag.name && f.value === v.spec),
    };
  }
  const what = found.kind === 'home' ? 'your whole home directory (SSH keys, cloud credentials, client configs with tokens)' : `the host directory ${found.path}`;
  const severity: ReviewSeverity = v.readOnly ? 'medium' : HOST_CONTROL.test(found.path) ? 'critical' : 'high';
  const out: RuleHit = {
    severity,
    field,
    message: `${server.name} mounts ${what} into its container${v.readOnly ? ' read-only: the server can read everything in it' : ' read-write: the server can read and change everything in it'}.`,
    evidence,
    remediation: `Mount only the project directory ${server.name} needs instead of ${v.source}, and add :ro unless it must write there.`,
  };
  // Making it read-only still hands over everything in it: the fix removes the mount, and the
  // remediation says to mount the one project folder instead (only the operator knows which).
  const spec = v.spec;
  const name = v.flag.name;
  out.fix = (entry) => withoutFlags(entry, (f) => f.name === name && f.value === spec);
  return out;
}

/** Bind mounts of the host's root, /etc, home directories or credential directories. */
export const sensitiveMount: ReviewRule = {
  id: 'MCPR-MNT-002',
  category: 'sensitive-mount',
  title: 'Sensitive host directory mounted into the container',
  why: 'A container can only protect what you do not hand it: every file in a mounted directory is readable by the server, and by anyone who injects instructions into it. The filesystem server\'s own path checks were bypassed by symlinks and prefix collisions (CVE-2025-53109, CVE-2025-53110), so the mount, not the server, is what really bounds access. The Docker MCP Gateway likewise refuses bind mounts of known sensitive paths.',
  howToFix: 'Mount only the project directory the server needs, read-only where possible, and never a home directory or a credential directory such as ~/.ssh or ~/.aws.',
  lesson: 'harden-the-container',
  check: (server) => {
    const run = dockerRun(server);
    if (!run) return [];
    return run.volumes.flatMap((v) => {
      if (v.source === undefined || v.kind === 'volume' || v.kind === 'tmpfs') return [];
      const found = classify(v.source);
      return found ? [hit(server, v, found)] : [];
    });
  },
};
