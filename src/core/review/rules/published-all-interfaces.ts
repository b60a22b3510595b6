import type { ReviewRule, RuleHit } from '../types.js';
import { dockerRun, flagsNamed, flagText, isOn, withFlagValue, type DockerPort } from '../docker-args.js';
import { isPlaceholder } from '../placeholders.js';

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|localhost)$/i;
const EVERY_INTERFACE = new Set(['', '0.0.0.0', '::']);

/** The same port published on 127.0.0.1 only. */
function onLoopback(port: DockerPort): string {
  return `127.0.0.1:${port.hostPort ?? ''}:${port.containerPort}${port.protocol}`;
}

/** Ports published on every interface (-p 8080:8080, -p 0.0.0.0:..., -P) are reachable from the network. */
export const publishedAllInterfaces: ReviewRule = {
  id: 'MCPR-EXP-001',
  category: 'network-exposure',
  title: 'Container port published beyond 127.0.0.1',
  why: 'Docker publishes a port given without an address on every host interface, and its own iptables rules can make it reachable even when a host firewall such as UFW blocks it. The MCP transport spec says a local server should bind only to 127.0.0.1; a published port undoes that for every machine on the same network.',
  howToFix: 'Publish on the loopback address only (-p 127.0.0.1:8080:8080) and keep authentication and Origin checks on the server.',
  lesson: 'local-http-without-exposure',
  check: (server) => {
    const run = dockerRun(server);
    if (!run) return [];
    const hits: RuleHit[] = [];
    for (const port of run.ports) {
      const ip = port.hostIp ?? '';
      if (LOOPBACK.test(ip) || (ip !== '' && isPlaceholder(ip))) continue;
      const every = EVERY_INTERFACE.has(ip);
      const evidence = flagText(port.flag);
      const spec = port.spec;
      hits.push({
        severity: 'medium',
        field: `args[${port.flag.valueIndex ?? port.flag.index}]`,
        message: every
          ? `${server.name} publishes ${spec} on every host interface${ip === '' ? ' (no address given)' : ''}: other machines on the network can reach the server.`
          : `${server.name} publishes ${spec} on ${ip}, an address other machines can reach.`,
        evidence,
        remediation: `Publish on 127.0.0.1 only: ${port.flag.written} ${onLoopback(port)}.`,
        fix: (entry) => {
          const current = dockerRun(entry);
          if (!current) return entry;
          return current.ports
            .filter((p) => p.spec === spec)
            .reduce((acc, p) => withFlagValue(acc, p.flag, onLoopback(p)), entry);
        },
      });
    }
    // -P publishes every EXPOSEd port on every interface, on random host ports: the same exposure
    // as -p without an address, so the same severity; there is no single value to rewrite.
    for (const flag of flagsNamed(run, '--publish-all').filter(isOn)) {
      hits.push({
        severity: 'medium',
        field: `args[${flag.index}]`,
        message: `${server.name} publishes every port its image exposes on every host interface (${flag.written}): other machines on the network can reach them.`,
        evidence: flag.written,
        remediation: `Replace ${flag.written} with one -p 127.0.0.1:<host port>:<container port> for each port the client actually uses.`,
      });
    }
    return hits;
  },
};
