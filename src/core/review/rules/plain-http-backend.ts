import type { ReviewRule } from '../types.js';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1|host\.docker\.internal)$/i;

/** An http:// URL in a server's env: the server's own connection to a backend, in clear text. */
export const plainHttpBackend: ReviewRule = {
  id: 'MCPR-TLS-003',
  category: 'insecure-transport',
  title: 'Server talks to its backend over plain HTTP',
  why: 'A URL in env is usually where the server itself connects (an API, a database proxy, a Grafana or Jira instance). Over plain HTTP its requests, and the credential it sends with them, cross the network readable and changeable by anyone on the path.',
  howToFix: 'Use the backend\'s https:// address (or a tunnel) so the server\'s own requests and its credential are encrypted.',
  lesson: 'remote-servers-and-oauth',
  check: (server) =>
    Object.entries(server.env).flatMap(([name, value]) => {
      const m = /^http:\/\/([^/:?#\s]+|\[[^\]]+\])/i.exec(value.trim());
      if (!m || LOOPBACK.test(m[1] as string)) return [];
      return [
        {
          severity: 'low' as const,
          field: `env.${name}`,
          message: `${server.name}'s backend connection in env.${name} is plain http to ${m[1]}: the server's own requests and credentials to that backend are not encrypted.`,
          evidence: `http://${m[1]}`,
          remediation: `Change env.${name} to the https:// address of ${m[1]}.`,
        },
      ];
    }),
};
