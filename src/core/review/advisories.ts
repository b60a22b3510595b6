import type { ReviewSeverity } from './types.js';

/** A published advisory for an npm package that MCP client configs start with npx, bunx or pnpx. */
export interface Advisory {
  package: string;
  /** The affected versions as a semver range (node-semver syntax, `||` for split version lines). */
  affected: string;
  /** The first release outside the affected range. */
  fixed: string;
  /** CVE and GHSA identifiers. */
  ids: string[];
  severity: ReviewSeverity;
  summary: string;
  /** False when the advisory was seen only in secondary sources: messages then say "reported". */
  confirmed: boolean;
}

/**
 * Advisories that affect MCP servers and MCP tooling, checked against the GitHub Advisory
 * Database entries named in `ids` (see the check-versions-against-advisories lesson).
 */
export const ADVISORIES: readonly Advisory[] = [
  {
    package: 'mcp-remote',
    affected: '>=0.0.5 <0.1.16',
    fixed: '0.1.16',
    ids: ['CVE-2025-6514', 'GHSA-6xpm-ggf7-wc3p'],
    severity: 'critical',
    summary: 'OS command injection through a crafted authorization_endpoint sent by the remote server, CVSS 3.1 score 9.6',
    confirmed: true,
  },
  {
    package: '@modelcontextprotocol/server-filesystem',
    affected: '<=0.6.2 || >=2025.1.14 <2025.7.1',
    fixed: '2025.7.1',
    ids: ['CVE-2025-53109', 'GHSA-q66q-fx2p-7w4m', 'CVE-2025-53110', 'GHSA-hc55-p739-j48w'],
    severity: 'high',
    summary: 'a symlink or a path that only starts with an allowed directory name reaches files outside the allowed directories',
    confirmed: true,
  },
  {
    package: '@modelcontextprotocol/inspector',
    affected: '<0.14.1',
    fixed: '0.14.1',
    ids: ['CVE-2025-49596', 'GHSA-7f8r-222p-6f5g'],
    severity: 'critical',
    summary: 'no authentication between the Inspector page and its proxy, so a web page could launch stdio commands',
    confirmed: true,
  },
  {
    package: '@modelcontextprotocol/inspector',
    affected: '<0.16.6',
    fixed: '0.16.6',
    ids: ['CVE-2025-58444', 'GHSA-g9hg-qhmf-q45m'],
    severity: 'high',
    summary: 'an untrusted server can inject script into the Inspector page and reach command execution through its proxy',
    confirmed: true,
  },
];
