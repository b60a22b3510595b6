import type { ReviewRule } from '../types.js';
import { entryUrls } from './plain-http-remote.js';

/** A client URL to 0.0.0.0 or [::]: the server it reaches listens on every interface. */
export const remoteAllInterfaces: ReviewRule = {
  id: 'MCPR-NET-004',
  category: 'network-exposure',
  title: 'Client connects to a server listening on every interface',
  why: 'A URL with the host 0.0.0.0 (or [::]) works only because the server is bound to every network interface: anyone on the same network (a café, a hotel, a shared office) can reach it, and the MCP transport specification asks local servers to bind to localhost only.',
  howToFix: 'Bind the server to 127.0.0.1 (or ::1) and point the client at http://127.0.0.1:PORT/...; reach it from elsewhere only through an authenticated gateway.',
  lesson: 'local-http-without-exposure',
  check: (server) =>
    entryUrls(server)
      .filter((u) => u.url.hostname === '0.0.0.0' || u.url.hostname === '[::]')
      .map((u) => ({
        severity: 'medium' as const,
        field: u.field,
        message: `${server.name} connects to ${u.url.hostname}: the server it reaches listens on every network interface, so other machines on the network can call it too.`,
        evidence: `${u.url.protocol}//${u.url.host}${u.url.pathname}`,
        remediation: `Bind the server to 127.0.0.1 and change the URL to ${u.url.protocol}//127.0.0.1${u.url.port ? `:${u.url.port}` : ''}${u.url.pathname}.`,
        fix: (entry: import('../types.js').ServerEntry) => {
          const swap = (t: string) => t.replace(/\/\/(0\.0\.0\.0|\[::\])(?=[:/]|$)/, '//127.0.0.1');
          if (u.field === 'url' && entry.url) return { ...entry, url: swap(entry.url), raw: { ...entry.raw, ...(typeof entry.raw.url === 'string' ? { url: swap(entry.raw.url) } : {}) } };
          if (u.index !== undefined) {
            const args = [...entry.args];
            args[u.index] = swap(args[u.index] as string);
            return { ...entry, args };
          }
          return entry;
        },
      })),
};
