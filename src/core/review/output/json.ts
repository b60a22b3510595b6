import { EngineFinding, type ReviewReport } from '../engine.js';

/** The report as DESIGN section 10 specifies: tool, scanned, findings (with the known server and helpful tools when there are any), summary. */
export function reviewJson(report: ReviewReport): string {
  const { tool, scanned, findings, summary } = report;
  return `${JSON.stringify(
    {
      tool: { name: tool.name, version: tool.version },
      scanned: scanned.map((s) => ({ path: s.path, client: s.client, servers: s.servers, ...(s.error !== undefined ? { error: s.error } : {}) })),
      // The engine's findings have the printed keys in order already (absent ones undefined, which JSON
      // leaves out): printed as they are. Findings made elsewhere are copied into that shape.
      findings: findings.every((f) => f instanceof EngineFinding && (f.tools === undefined || f.tools.length > 0)) ? findings : findings.map((f) => ({
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity,
        client: f.client,
        path: f.path,
        server: f.server,
        field: f.field,
        message: f.message,
        evidence: f.evidence,
        remediation: f.remediation,
        lesson: f.lesson,
        ...(f.knownServer ? { knownServer: f.knownServer } : {}),
        ...(f.tools?.length ? { tools: f.tools } : {}),
        ...(f.line !== undefined ? { line: f.line } : {}),
        ...(f.column !== undefined ? { column: f.column } : {}),
      })),
      summary: { critical: summary.critical, high: summary.high, medium: summary.medium, low: summary.low, info: summary.info },
    },
    null,
    2,
  )}\n`;
}
