import type { ReviewRule } from '../types.js';
import { findSecrets, isSecretName, redactedEvidence } from '../secrets.js';
import type { RuleHit } from '../types.js';
import { parsedUrl } from '../parsed-url.js';

/** A password in a URL's user info, a token in its query string, or a known token kind in its path. */
export const secretInUrl: ReviewRule = {
  id: 'MCPR-SEC-004',
  category: 'secret-exposure',
  title: 'Credential in a URL',
  why: 'The MCP authorization spec forbids access tokens in the URI query string: URLs are written to proxy, server and client logs and shown in error messages. A password in the user-info part of a URL leaks the same way.',
  howToFix: 'Rotate the credential and send it only in the Authorization header, ideally as an OAuth access token the client obtains.',
  lesson: 'remote-servers-and-oauth',
  check: (server) => {
    const urls: [string, string][] = [];
    if (server.url) urls.push(['url', server.url]);
    server.args.forEach((a, i) => {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(a)) urls.push([`args[${i}]`, a]);
    });
    const hits: RuleHit[] = [];
    for (const [field, raw] of urls) {
      const url = parsedUrl(raw);
      if (!url) continue;
      const found: string[] = [];
      if (url.password) found.push(redactedEvidence('password in the URL', decodeURIComponent(url.password)));
      // url.search first: reading searchParams builds a URLSearchParams, which most addresses do not need.
      if (url.search) for (const [name, value] of url.searchParams) {
        const named = isSecretName(name) || /^(key|token|access_token|api_key|apikey|auth|code)$/i.test(name);
        const matches = findSecrets(value, named ? name : undefined);
        const first = matches[0];
        if (first) found.push(redactedEvidence(`${first.kind} in query parameter ${name}`, value.slice(first.start, first.end)));
      }
      // A known token kind in the path (a Slack webhook, a key some services put in their MCP URL); not entropy, which IDs in paths have.
      const bare = `${url.protocol}//${url.host}${url.pathname}`;
      for (const m of findSecrets(bare)) if (m.kind !== 'high-entropy string') found.push(redactedEvidence(`${m.kind} in the URL`, bare.slice(m.start, m.end)));
      if (found.length === 0) continue;
      hits.push({
        severity: 'high',
        field,
        message: `${server.name} carries a credential in its URL (${field}), where logs and error messages record it.`,
        evidence: found.join(', '),
        remediation: 'Rotate the credential, remove it from the URL and send it in the Authorization header.',
      });
    }
    return hits;
  },
};
