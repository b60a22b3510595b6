import type { ReviewRule } from '../types.js';
import { EMPTY_KNOWLEDGE } from '../../servers/knowledge.js';
import type { KnownServer } from '../../servers/schema.js';

/** How to start a server, for messages: its first npm package, PyPI project, image or endpoint. */
export function startsWith(server: KnownServer): string {
  const ids = server.identifiers;
  const first = ids.npm?.[0] ? `npm ${ids.npm[0]}` : ids.pypi?.[0] ? `PyPI ${ids.pypi[0]}` : ids.oci?.[0] ? `image ${ids.oci[0]}` : ids.remote?.[0] ? `remote ${ids.remote[0]}` : ids.binary?.[0] ? `binary ${ids.binary[0]}` : '';
  return first;
}

/** A known server that its publisher deprecated or archived: it gets no security fixes. */
export const deprecatedServer: ReviewRule = {
  id: 'MCPR-DEP-001',
  category: 'deprecated-server',
  title: 'Deprecated or archived server',
  why: 'An archived or deprecated server gets no security fixes: a flaw found tomorrow stays open for good. The MCP project moved its GitHub, Slack, Postgres, Puppeteer and other reference servers to servers-archived in 2025, and @modelcontextprotocol/server-github was deprecated in favour of GitHub\'s own server.',
  howToFix: 'Move to the successor the publisher names (or a maintained server with the same tools), review it as a new server, and remove the old entry.',
  lesson: 'trust-before-install',
  check: (server, config) => {
    const known = server.identity?.server;
    if (!known || known.status.state === 'active') return [];
    const k = config.knowledge ?? EMPTY_KNOWLEDGE;
    const succ = known.status.successor;
    const successor = succ ? k.byId.get(succ) : undefined;
    const successorText = successor ? `${successor.name} (${startsWith(successor)}, published by ${successor.publisher.name})` : succ;
    const since = known.status.since ? ` since ${known.status.since}` : '';
    const installedAt = server.identity?.installedAt;
    const field = server.identity?.package ? `args[${server.identity.package.index}]` : server.identity?.image ? `args[${server.identity.image.index}]` : installedAt !== undefined ? `args[${installedAt}]` : server.url ? 'url' : 'command';
    return [
      {
        severity: 'medium',
        field,
        message: `${server.name} runs ${known.name}, which is ${known.status.state}${since}: it gets no security fixes.${successorText ? ` Its successor is ${successorText}.` : ''}${known.status.note ? ` ${known.status.note}` : ''}`,
        evidence: server.identity?.package?.spec ?? server.identity?.image?.ref ?? (installedAt !== undefined ? server.args[installedAt] : undefined) ?? server.url ?? server.command ?? known.id,
        remediation: successorText
          ? `Replace it with ${successorText}: review the successor as a new server (tools, credential scopes, switches) before you switch, then remove this entry.`
          : 'Replace it with a maintained server that offers the tools you need, reviewed as a new server, then remove this entry.',
      },
    ];
  },
};
