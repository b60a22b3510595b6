import { wrapLines } from '../text/wrap.js';
import { clientName } from './clients.js';
import type { ReviewResult, FindingDetail } from './engine.js';
import { groupResult } from './output/group.js';
import { displayPath, summaryLine } from './output/text.js';
import type { ReviewRule, ReviewSeverity } from './types.js';

/** One line of the interactive review; finding lines can be selected and expanded. */
export interface ReviewRow {
  text: string;
  kind: 'file' | 'server' | 'finding' | 'detail' | 'note';
  /** Index into the result's details, for finding rows and their detail lines. */
  finding?: number;
  severity?: ReviewSeverity;
}

const SHORT: Record<ReviewSeverity, string> = { critical: 'CRIT', high: 'HIGH', medium: 'MED ', low: 'LOW ', info: 'INFO' };

export interface ViewOptions {
  width: number;
  home?: string;
  rules: readonly ReviewRule[];
  lessonTitle?: (id: string) => string | undefined;
}

/** The review as rows: file (client and path), server, its findings; an expanded finding adds why, evidence, fix, lesson and the fixed entry. */
export function reviewRows(result: ReviewResult, expanded: ReadonlySet<number>, options: ViewOptions): ReviewRow[] {
  const { width } = options;
  const rules = new Map(options.rules.map((r) => [r.id, r]));
  const index = new Map<FindingDetail, number>(result.details.map((d, i) => [d, i]));
  const rows: ReviewRow[] = [];
  const detail = (text: string, finding: number, indent = '      ') => {
    for (const line of wrapLines(text, width, indent, 0)) rows.push({ text: line, kind: 'detail', finding });
  };
  for (const group of groupResult(result)) {
    const s = group.scanned;
    const status = s.error !== undefined ? `not read: ${s.error}` : `${s.servers} server${s.servers === 1 ? '' : 's'}`;
    rows.push({ text: `${clientName(s.client)} · ${displayPath(s.path, options.home)} · ${status}`, kind: 'file' });
    const blocks = [
      ...(group.fileFindings.length > 0 ? [{ name: '(file settings)', findings: group.fileFindings, fixed: undefined as string | undefined }] : []),
      ...group.servers.filter((g) => g.findings.length > 0),
    ];
    for (const block of blocks) {
      rows.push({ text: `  ${block.name}`, kind: 'server' });
      for (const d of block.findings) {
        const i = index.get(d) ?? 0;
        const f = d.finding;
        const open = expanded.has(i);
        rows.push({ text: `  ${open ? '▾' : '▸'} ${SHORT[f.severity]} ${rules.get(f.ruleId)?.title ?? f.ruleId}${f.field ? ` · ${f.field}` : ''}`, kind: 'finding', finding: i, severity: f.severity });
        if (!open) continue;
        detail(f.message, i);
        if (f.evidence) detail(`Evidence: ${f.evidence}`, i);
        const rule = rules.get(f.ruleId);
        if (rule) detail(`Why it matters: ${rule.why}`, i);
        detail(`Fix: ${f.remediation}`, i);
        const title = options.lessonTitle?.(f.lesson);
        detail(`Lesson (l): ${title ? `${title} ` : ''}[${f.lesson}] · rule ${f.ruleId}, ${f.category}`, i);
        if (block.fixed) {
          rows.push({ text: block.remaining?.length ? '      Partly fixed entry (see what remains below):' : '      Fixed entry:', kind: 'detail', finding: i });
          for (const line of block.fixed.split('\n')) rows.push({ text: `        ${line}`, kind: 'detail', finding: i });
          for (const r of block.remaining ?? []) rows.push({ text: `      Still ${r.severity} ${r.ruleId}: ${r.message}`, kind: 'detail', finding: i });
        }
      }
    }
    const clean = group.servers.filter((g) => g.findings.length === 0).length;
    if (clean > 0) rows.push({ text: `  ${clean} server${clean === 1 ? '' : 's'} with no findings`, kind: 'note' });
  }
  if (result.report.scanned.length === 0) {
    rows.push({ text: 'No MCP client config was found in the usual places.', kind: 'note' });
    rows.push({ text: 'Run mcp-operator review PATH to name one.', kind: 'note' });
  }
  return rows;
}

export function reviewTitle(result: ReviewResult): string {
  const servers = result.report.scanned.reduce((n, s) => n + s.servers, 0);
  const n = result.report.scanned.length;
  return `Config review: ${n} file${n === 1 ? '' : 's'}, ${servers} server${servers === 1 ? '' : 's'} · ${summaryLine(result.report.summary)}`;
}
