import type { ReviewRule } from '../types.js';
import { envReference, secretHits, variableFor } from '../secret-hits.js';

/** A literal bearer token or API key in a remote server's headers. */
export const secretInHeaders: ReviewRule = {
  id: 'MCPR-SEC-003',
  category: 'secret-exposure',
  title: 'Token written into request headers',
  why: 'A static token in headers is a long-lived credential stored in plain text in the config; the MCP authorization spec expects short-lived OAuth access tokens that the client obtains and refreshes itself. Whoever copies the file can call the server as you until the token is revoked.',
  howToFix: 'Rotate the token; prefer the server\'s OAuth flow, or reference the token with a placeholder (VS Code: an ${input:id} with password: true).',
  lesson: 'remote-servers-and-oauth',
  check: (server, config) =>
    secretHits(
      Object.entries(server.headers).map(([key, value]) => ({ field: `headers.${key}`, value, name: key })),
      (site) => {
        const header = site.field.slice('headers.'.length);
        const variable = variableFor(server, /authorization/i.test(header) ? undefined : header.replace(/-/g, '_'));
        const ref = envReference(config.client, variable);
        const bearer = /^bearer\s/i.test(site.value.trim());
        const value = ref ? (bearer ? `Bearer ${ref}` : ref) : undefined;
        return {
          message: `${server.name} sends a literal credential in the ${header} header, stored in plain text in this file.`,
          remediation: value ? `Rotate it, then write "${header}": "${value}" with ${variable} set outside the file, or switch to OAuth if the server supports it.` : `Rotate it and switch to the server's OAuth sign-in, or keep the token outside the file.`,
          ...(value ? { fix: (e) => ({ ...e, headers: { ...e.headers, [header]: value } }) } : {}),
        };
      },
    ),
};
