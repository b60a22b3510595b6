import type { FindingDetail, ReviewResult, ScannedEntry } from '../engine.js';

export interface ServerGroup {
  name: string;
  line?: number;
  fixed?: string;
  /** Findings the fixed entry still has (medium or above). */
  remaining?: Array<{ ruleId: string; severity: string; message: string }>;
  findings: FindingDetail[];
}

export interface FileGroup {
  scanned: ScannedEntry;
  /** File-level findings (parse errors, settings such as enableAllProjectMcpServers). */
  fileFindings: FindingDetail[];
  servers: ServerGroup[];
}

/** Findings grouped by file (client) and server, in scan order, servers with findings first. Linear in the findings. */
export function groupResult(result: ReviewResult): FileGroup[] {
  const files = new Map<string, FileGroup>();
  const servers = new Map<string, ServerGroup>();
  const key = (path: string, server: string) => `${path}\u0000${server}`;
  for (const scanned of result.report.scanned) files.set(scanned.path, { scanned, fileFindings: [], servers: [] });
  for (const s of result.servers) {
    const group: ServerGroup = { name: s.name, findings: [], ...(s.line !== undefined ? { line: s.line } : {}), ...(s.fixed !== undefined ? { fixed: s.fixed } : {}), ...(s.remaining ? { remaining: s.remaining } : {}) };
    servers.set(key(s.path, s.name), group);
    files.get(s.path)?.servers.push(group);
  }
  for (const d of result.details) {
    if (d.finding.server === '') files.get(d.finding.path)?.fileFindings.push(d);
    else servers.get(key(d.finding.path, d.finding.server))?.findings.push(d);
  }
  const out = [...files.values()];
  for (const f of out) f.servers.sort((a, b) => Number(b.findings.length > 0) - Number(a.findings.length > 0));
  return out;
}
