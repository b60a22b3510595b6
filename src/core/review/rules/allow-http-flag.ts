import type { ReviewRule, ServerEntry } from '../types.js';
import { entryUrls, isLocalHost } from './plain-http-remote.js';

/** mcp-remote accepts plain HTTP without --allow-http only for these two host names. */
const ALLOWED_WITHOUT_FLAG = new Set(['localhost', '127.0.0.1']);
const PLAIN = new Set(['http:', 'ws:']);

/** --allow-http: mcp-remote's opt-out of HTTPS. */
export const allowHttpFlag: ReviewRule = {
  id: 'MCPR-TLS-002',
  category: 'insecure-transport',
  title: 'HTTPS requirement switched off with --allow-http',
  why: 'mcp-remote refuses plain-HTTP server URLs except to localhost and 127.0.0.1; --allow-http removes that check, so the OAuth flow, the bearer token and all tool traffic may then travel unencrypted. The MCP authorization specification requires HTTPS for authorization endpoints, and the mcp-remote README reserves the flag for trusted private networks.',
  howToFix: 'Remove --allow-http and give mcp-remote the server\'s https:// URL.',
  lesson: 'remote-servers-and-oauth',
  check: (server) => {
    const flags = server.args.flatMap((a, i) => (a === '--allow-http' ? [i] : []));
    if (flags.length === 0) return [];
    const urls = entryUrls(server);
    const plainRemote = urls.filter(({ url }) => PLAIN.has(url.protocol) && !isLocalHost(url.hostname)).map(({ url }) => url.hostname);
    const high = urls.length === 0 || plainRemote.length > 0;
    // Without the flag the entry still runs when each URL is https, localhost/127.0.0.1, or upgraded to https by MCPR-TLS-001's fix.
    const fixable = urls.length > 0 && urls.every(({ url }) => !PLAIN.has(url.protocol) || ALLOWED_WITHOUT_FLAG.has(url.hostname) || !isLocalHost(url.hostname));
    const fix = (entry: ServerEntry): ServerEntry => ({ ...entry, args: entry.args.filter((a) => a !== '--allow-http') });
    return flags.map((index) => ({
      severity: high ? ('high' as const) : ('low' as const),
      field: `args[${index}]`,
      message: !high
        ? `${server.name} passes --allow-http although its URLs are https or on this machine; the flag is unneeded and would silently allow plain HTTP if the URL changes.`
        : plainRemote.length > 0
          ? `${server.name} passes --allow-http, so mcp-remote accepts plain HTTP to ${plainRemote.join(', ')} and tokens and tool results cross the network unencrypted.`
          : `${server.name} passes --allow-http for a server URL the config does not show, so nothing stops tokens crossing the network unencrypted.`,
      evidence: '--allow-http',
      remediation: fixable
        ? `Remove --allow-http from the args of ${server.name}${plainRemote.length > 0 ? ' and use the server\'s https:// URL' : ''}.`
        : `Remove --allow-http from the args of ${server.name} and use an https:// URL, or http://localhost / http://127.0.0.1, which mcp-remote accepts without it.`,
      ...(fixable ? { fix } : {}),
    }));
  },
};
