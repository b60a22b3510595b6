import { readersOf } from '../clients.js';
import type { ReviewResult, ReviewSeverityCounts } from '../engine.js';
import { groupResult } from './group.js';
import { wrapPlain } from '../../text/wrap-plain.js';

const LABEL = { critical: 'CRITICAL', high: 'HIGH', medium: 'MEDIUM', low: 'LOW', info: 'INFO' } as const;

export interface TextOptions {
  /** Show the home folder as ~. */
  home?: string;
  /** Include the fixed entry for each server that has one. */
  fixes?: boolean;
  /** Wrap prose at this many columns (a terminal's width); fixed entries are never wrapped, so they paste as written. */
  width?: number;
}

/** A line wrapped at spaces to `width`, continuing two columns under its own indent; a word longer than a line stays whole. */
export function fitLine(line: string, width: number | undefined): string[] {
  if (width === undefined || line.length <= width) return [line];
  const indent = line.length - line.trimStart().length;
  const lead = line.slice(0, indent);
  const parts = wrapPlain(line.slice(indent), Math.max(16, width - indent - 2));
  return parts.map((part, i) => `${lead}${i === 0 ? '' : '  '}${part}`);
}

export function displayPath(path: string, home?: string): string {
  return home && path.startsWith(home) && home.length > 1 ? `~${path.slice(home.length)}` : path;
}

export function summaryLine(summary: ReviewSeverityCounts): string {
  const parts = (['critical', 'high', 'medium', 'low', 'info'] as const).filter((s) => summary[s] > 0).map((s) => `${summary[s]} ${s}`);
  return parts.length === 0 ? 'no findings' : parts.join(', ');
}

/** The plain-text report: per file, per server, each finding with its evidence, fix and lesson. */
export function reviewText(result: ReviewResult, options: TextOptions = {}): string {
  const out: string[] = [];
  // Prose is wrapped to the width; a fixed entry goes to `out` as it is, so it pastes.
  const say = (line: string): void => void out.push(...fitLine(line, options.width));
  const { report } = result;
  const servers = report.scanned.reduce((n, s) => n + s.servers, 0);
  say(`MCP config review: ${report.scanned.length} file${report.scanned.length === 1 ? '' : 's'}, ${servers} server${servers === 1 ? '' : 's'}, ${summaryLine(report.summary)}.`);
  for (const group of groupResult(result)) {
    const s = group.scanned;
    say('');
    say(`${readersOf(s.path, s.client)}  ${displayPath(s.path, options.home)}`);
    if (s.error !== undefined) say(`  not read: ${s.error}`);
    else say(`  ${s.servers} server${s.servers === 1 ? '' : 's'}`);
    const blocks = [
      ...(group.fileFindings.length > 0 ? [{ name: '(file)', findings: group.fileFindings, fixed: undefined as string | undefined }] : []),
      ...group.servers.filter((g) => g.findings.length > 0),
    ];
    for (const block of blocks) {
      const known = block.findings.find((d) => d.finding.knownServer)?.finding.knownServer;
      say(`  ${block.name}${known ? `  (${known.name}, published by ${known.publisher}${known.status === 'active' ? '' : `, ${known.status}`})` : ''}`);
      for (const { finding: f } of block.findings) {
        say(`    ${LABEL[f.severity]}  ${f.ruleId}  ${f.field || f.category}${f.line !== undefined ? `  (line ${f.line}${f.column !== undefined ? `, column ${f.column}` : ''})` : ''}`);
        say(`      ${f.message}`);
        if (f.evidence) say(`      evidence: ${f.evidence}`);
        say(`      fix: ${f.remediation}`);
        say(`      learn: mcp-operator learn ${f.lesson}`);
        if (f.tools?.length) say(`      tools: ${f.tools.map((t) => `mcp-operator toolbox ${t}`).join('; ')}`);
      }
      if (options.fixes && block.fixed) {
        const rem = 'remaining' in block ? block.remaining : undefined;
        say(rem?.length ? '    partly fixed entry (every derivable fix applied; NOT fixed: see below):' : '    fixed entry:');
        for (const l of block.fixed.split('\n')) out.push(`      ${l}`);
        for (const r of rem ?? []) say(`      still ${r.severity.toUpperCase()} ${r.ruleId}: ${r.message}`);
      }
    }
    const clean = group.servers.filter((g) => g.findings.length === 0).map((g) => g.name);
    if (clean.length > 0) say(`  no findings: ${clean.length > 8 ? `${clean.slice(0, 8).join(', ')} and ${clean.length - 8} more` : clean.join(', ')}`);
  }
  if (report.scanned.length === 0) {
    say('');
    say('No MCP client config was found in the usual places. Name one: mcp-operator review PATH');
  }
  return `${out.join('\n')}\n`;
}
