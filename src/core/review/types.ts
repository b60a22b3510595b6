/** The fixed finding categories of DESIGN section 10. */
export const CATEGORIES = [
  'secret-exposure',
  'unpinned-package',
  'mutable-image',
  'broad-filesystem-access',
  'sensitive-mount',
  'container-privilege',
  'host-network',
  'network-exposure',
  'insecure-transport',
  'auto-approval',
  'shell-execution',
  'known-vulnerable-version',
  'untrusted-source',
  'deprecated-server',
  'incomplete-config',
  'parse-error',
] as const;
export type Category = (typeof CATEGORIES)[number];

import type { ENTRY_MEMO } from './per-entry.js';
import type { Identity } from '../servers/identify.js';
import type { Knowledge } from '../servers/knowledge.js';

/** One MCP server entry as found in a client config, in a shape common to every client. */
export interface ServerEntry {
  /** The entry's name (the key under mcpServers, servers, context_servers, ...). */
  name: string;
  /** The program to start (stdio), already split from any whole command line. */
  command?: string;
  args: string[];
  env: Record<string, string>;
  /** Remote servers. */
  url?: string;
  headers: Record<string, string>;
  /** Tools approved without asking (alwaysAllow, autoApprove); true when everything is trusted. */
  autoApprove: string[] | true;
  /** The declared transport (type: stdio, http, sse, streamableHttp, local, remote), if any. */
  type?: string;
  /** disabled: true in the client config: kept, but not started. */
  disabled: boolean;
  /** The entry as written, for showing a fixed version in the client's own shape. */
  raw: Record<string, unknown>;
  /** JSON-pointer-like path of the entry in its file, for messages (e.g. mcpServers.github). */
  path: string;
  /** The same path as segments (keys and list indexes), for finding a field's position in the file. */
  segments?: Array<string | number>;
  /** What the entry runs and the known server it is (set by the engine before the rules run). */
  identity?: Identity;
  /** Answers worked out from command, args and url, kept by perEntry (per-entry.ts). */
  [ENTRY_MEMO]?: unknown;
}

export interface ParsedConfig {
  servers: ServerEntry[];
  /** The client whose file this is (claude-desktop, claude-code, vscode, cursor, ...), when known: fixes use its placeholder syntax. */
  client?: string;
  /** Settings outside any one server that matter, e.g. Claude Code enableAllProjectMcpServers. */
  global: {
    enableAllProjectMcpServers?: boolean;
    /** Projects in ~/.claude.json whose saved settings have enableAllProjectMcpServers: true. */
    enableAllProjects?: string[];
    /**
     * Claude Code rules naming MCP tools (mcp__server__tool, mcp__server__*, mcp__server): permissions.allow in a
     * settings file, or a project's allowedTools in ~/.claude.json; where each is written, and for which project.
     */
    mcpAllow?: Array<{ rule: string; at: Array<string | number>; project?: string }>;
  };
  /** How many server sections (mcpServers, servers, context_servers, ...) the file has, empty or not. */
  sections?: number;
  /** The file's path, for messages that depend on its scope. */
  path?: string;
  /** The server knowledge base and advisories the rules consult (empty when none was loaded). */
  knowledge?: Knowledge;
}

export type ReviewSeverity = 'info' | 'low' | 'medium' | 'high' | 'critical';

/** What a rule reports about one server entry; the engine adds client, path and lesson. */
export interface RuleHit {
  severity: ReviewSeverity;
  /** The config field, e.g. env.GITHUB_TOKEN or args[1]. */
  field: string;
  /** For a finding about the file rather than one server: the document path of the value, to locate it. */
  at?: Array<string | number>;
  message: string;
  /** Redacted: a secret shows its kind and at most its first four characters. */
  evidence: string;
  remediation: string;
  /**
   * The entry with this finding fixed, where one can be derived (e.g. the image pinned to a
   * digest placeholder, the token moved to ${VAR}). Applied in rule order, so each fix takes the
   * entry as the earlier fixes left it.
   */
  fix?: (entry: ServerEntry) => ServerEntry;
}

/** One review rule, one file each, with a stable id and one category. */
export interface ReviewRule {
  id: string;
  category: Category;
  title: string;
  /** Why it matters, in two or three sentences with a checkable fact (explain_finding, the TUI's detail). */
  why: string;
  /** How to fix it in general, one or two sentences. */
  howToFix: string;
  /** The lesson that teaches why this matters. */
  lesson: string;
  check: (server: ServerEntry, config: ParsedConfig) => RuleHit[];
  /** File-level settings (e.g. enableAllProjectMcpServers), checked once per file. */
  checkFile?: (config: ParsedConfig) => RuleHit[];
}
