import { escapeMarkdown } from '../../plan/markdown.js';
import { readersOf } from '../clients.js';
import type { ReviewResult } from '../engine.js';
import { plural } from '../../text/plural.js';
import { groupResult } from './group.js';
import { displayPath, summaryLine } from './text.js';

const code = (s: string) => {
  const ticks = /`+/.exec(s)?.[0] ?? '';
  const fence = '`'.repeat(ticks.length + 1);
  return `${fence}${fence.length > 1 ? ' ' : ''}${s.replace(/\n/g, ' ')}${fence.length > 1 ? ' ' : ''}${fence}`;
};

/** The review as Markdown for a pull request or a ticket; every config-derived string is escaped. */
export function reviewMarkdown(result: ReviewResult, options: { home?: string } = {}): string {
  const { report } = result;
  const out: string[] = ['# MCP config review', ''];
  out.push(`${report.tool.name} ${escapeMarkdown(report.tool.version)}: ${plural(report.scanned.length, 'file')}, ${summaryLine(report.summary)}.`, '');
  out.push('| severity | findings |', '|---|---|');
  for (const s of ['critical', 'high', 'medium', 'low', 'info'] as const) out.push(`| ${s} | ${report.summary[s]} |`);
  for (const group of groupResult(result)) {
    const s = group.scanned;
    out.push('', `## ${escapeMarkdown(readersOf(s.path, s.client))}: ${code(displayPath(s.path, options.home))}`, '');
    out.push(s.error !== undefined ? `Not read: ${escapeMarkdown(s.error)}.` : `${plural(s.servers, 'server')}.`);
    const blocks = [...(group.fileFindings.length > 0 ? [{ name: '', findings: group.fileFindings, fixed: undefined as string | undefined }] : []), ...group.servers.filter((g) => g.findings.length > 0)];
    for (const block of blocks) {
      const known = block.findings.find((d) => d.finding.knownServer)?.finding.knownServer;
      out.push('', block.name ? `### ${code(block.name)}${known ? `: ${escapeMarkdown(known.name)}, published by ${escapeMarkdown(known.publisher)}${known.status === 'active' ? '' : ` (${known.status})`}` : ''}` : '### File settings', '');
      for (const { finding: f } of block.findings) {
        out.push(`- **${f.severity.toUpperCase()}** ${f.ruleId} (${f.category})${f.field ? ` in ${code(f.field)}` : ''}${f.line !== undefined ? `, line ${f.line}` : ''}: ${escapeMarkdown(f.message)}`);
        if (f.evidence) out.push(`  - Evidence: ${code(f.evidence)}`);
        out.push(`  - Fix: ${escapeMarkdown(f.remediation)}`);
        out.push(`  - Learn why: ${code(`mcp-operator learn ${f.lesson}`)}`);
        if (f.tools?.length) out.push(`  - Tools that help: ${f.tools.map((t) => code(`mcp-operator toolbox ${t}`)).join(', ')}`);
      }
      if (block.fixed) {
        const fence = '`'.repeat(Math.max(3, ...[...block.fixed.matchAll(/`+/g)].map((m) => m[0].length + 1)));
        const rem = 'remaining' in block ? block.remaining : undefined;
        out.push('', rem?.length ? 'Partly fixed entry (every derivable fix applied; what it still has is listed below):' : 'Fixed entry:', '', `${fence}json`, block.fixed, fence);
        for (const r of rem ?? []) out.push(`- Still **${r.severity.toUpperCase()}** ${r.ruleId}: ${escapeMarkdown(r.message)}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}
