import type { ReviewReport } from '../engine.js';

/** The keys of a finding in the order DESIGN section 10 prints them (with the known server's own keys). */
const FINDING_KEYS = ['findings', 'ruleId', 'category', 'severity', 'client', 'path', 'server', 'field', 'message', 'evidence', 'remediation', 'lesson', 'knownServer', 'id', 'name', 'publisher', 'status', 'tools', 'line', 'column'];

/**
 * The report as DESIGN section 10 specifies: tool, scanned, findings (with the known server and helpful
 * tools when there are any), summary. The findings are printed straight from the report, keys picked and
 * ordered by JSON.stringify's own key list: a review of thousands of servers has tens of thousands of
 * findings, and copying each into a new object first cost more than printing it.
 */
export function reviewJson(report: ReviewReport): string {
  const { tool, scanned, findings, summary } = report;
  const head = JSON.stringify(
    {
      tool: { name: tool.name, version: tool.version },
      scanned: scanned.map((s) => ({ path: s.path, client: s.client, servers: s.servers, ...(s.error !== undefined ? { error: s.error } : {}) })),
    },
    null,
    2,
  );
  // An empty list of tools is left out, as is any key the finding does not have.
  const printable = findings.some((f) => f.tools !== undefined && f.tools.length === 0) ? findings.map((f) => (f.tools?.length === 0 ? { ...f, tools: undefined } : f)) : findings;
  const body = JSON.stringify({ findings: printable }, FINDING_KEYS, 2);
  const tail = JSON.stringify({ summary: { critical: summary.critical, high: summary.high, medium: summary.medium, low: summary.low, info: summary.info } }, null, 2);
  // Three objects printed at the same depth, joined into one: {head..., findings..., summary...}.
  return `${head.slice(0, -2)},\n${body.slice(2, -2)},\n${tail.slice(2)}\n`;
}
