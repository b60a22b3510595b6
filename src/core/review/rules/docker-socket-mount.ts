import type { ReviewRule } from '../types.js';
import { dockerRun, flagsNamed, flagText, isOn, normalizeHostPath, withoutFlags } from '../docker-args.js';

/** Sockets (and the Windows pipe) of container engines: whoever can use one controls the engine. */
const SOCKETS = new Set(['docker.sock', 'podman.sock', 'containerd.sock', 'docker_engine']);
/** Directories that hold those sockets, mounted whole. */
const SOCKET_DIRS = /^(?:\/var)?\/run(?:\/(?:docker|podman|containerd|user\/\d+))?$|^\$\{?XDG_RUNTIME_DIR\}?$/;

/** A container engine's API socket mounted into the server's container: control of the host. */
export const dockerSocketMount: ReviewRule = {
  id: 'MCPR-MNT-001',
  category: 'sensitive-mount',
  title: 'Container engine socket mounted into the server',
  why: 'The Docker socket is the daemon\'s full API: whoever can write to it can start a new container with the host\'s root directory mounted, which is root on the host (Docker\'s security guide says only trusted users should control the daemon). The MCP Security Best Practices ask for local servers to be sandboxed; a mounted socket hands the server the key to that sandbox.',
  howToFix: 'Remove the socket mount. A server that must manage containers belongs on a separate, disposable host or behind a proxy that allows only the few API calls it needs, never with the daemon socket of your workstation.',
  lesson: 'harden-the-container',
  check: (server) => {
    const run = dockerRun(server);
    if (!run) return [];
    const mounts = run.volumes
      .filter((v) => v.source !== undefined && v.kind !== 'volume' && v.kind !== 'tmpfs')
      .filter((v) => {
        const path = normalizeHostPath(v.source as string);
        return SOCKETS.has(path.split('/').pop()?.toLowerCase() ?? '') || SOCKET_DIRS.test(path);
      })
      .map((v) => ({
        severity: 'critical' as const,
        field: `args[${v.flag.valueIndex ?? v.flag.index}]`,
        message: `${server.name} mounts ${v.source} into its container: the server can drive the container engine and through it start a container with the host's / mounted, which is root on the host.`,
        evidence: flagText(v.flag),
        remediation: `Remove ${flagText(v.flag)} from ${server.name}; nothing an MCP server does for a client justifies control of the host's container engine${v.readOnly ? ' (":ro" does not help: it stops writes to the socket file, not requests sent through it)' : ''}. If the server's whole job is managing containers, no safe entry exists on this machine: run it on a disposable host.`,
        fix: (entry: import('../types.js').ServerEntry) => withoutFlags(entry, (f) => f.name === v.flag.name && f.value === v.flag.value),
      }));
    const apiSocket = flagsNamed(run, '--use-api-socket')
      .filter(isOn)
      .map((flag) => ({
        severity: 'critical' as const,
        field: `args[${flag.index}]`,
        message: `${server.name} runs its container with ${flagText(flag)}, which mounts the Docker API socket (and the registry credentials it needs) into it: the server controls the host's Docker daemon.`,
        evidence: flagText(flag),
        remediation: `Remove ${flagText(flag)} from ${server.name}.`,
        fix: (entry: import('../types.js').ServerEntry) => withoutFlags(entry, (f) => f.name === flag.name),
      }));
    return [...mounts, ...apiSocket];
  },
};
