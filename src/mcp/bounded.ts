import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { LIMITS } from './limits.js';
import { ok } from './results.js';

/** Room left in an answer for the JSON-RPC envelope (jsonrpc, a request id a client chose, braces). */
const ENVELOPE = 8_192;

/** Bytes `result` takes in a JSON-RPC answer. */
export function answerBytes(result: CallToolResult): number {
  return Buffer.byteLength(JSON.stringify(result));
}

/** Whether `result` fits one answer with room for the envelope. */
export function fitsAnswer(result: CallToolResult): boolean {
  return answerBytes(result) + ENVELOPE <= LIMITS.answerBytes;
}

const RANK: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

export interface ReviewAnswerInput {
  /** The report exactly as `review --format json` prints it (text). */
  text: string;
  /** The fixed entries, one text each ("name (client):\n<entry>"). */
  fixes: string[];
}

interface Report {
  findings: { severity: string }[];
  [key: string]: unknown;
}

const FIXES_HEADING = 'Fixed entries (every derivable fix applied, secrets redacted; rotate any credential that was in the file):';

function fixesBlock(fixes: string[], leftOut: number): string[] {
  if (fixes.length === 0 && leftOut === 0) return [];
  const more = leftOut ? `\n\n(${leftOut} more fixed ${leftOut === 1 ? 'entry' : 'entries'} left out to keep the answer under ${LIMITS.answerBytes / 1_000_000} MB.)` : '';
  return [`${FIXES_HEADING}\n\n${fixes.join('\n\n')}${more}`];
}

/**
 * The review_config answer: the whole report when it fits in one answer (LIMITS.answerBytes);
 * otherwise a summary that does: the summary counts every finding, the findings are the most
 * severe first for as many as fit, fixed entries take at most a fifth of the room, and `omitted`
 * and a closing text block say what was left out and how to get the full report.
 */
export function reviewAnswer({ text, fixes }: ReviewAnswerInput): CallToolResult {
  const report = JSON.parse(text) as Report;
  const whole = ok(report, text, fixesBlock(fixes, 0));
  if (fitsAnswer(whole)) return whole;

  const fixBudget = Math.floor(LIMITS.answerBytes / 5);
  const keptFixes: string[] = [];
  let used = 0;
  for (const fix of fixes) {
    const size = Buffer.byteLength(JSON.stringify(fix));
    if (used + size > fixBudget) break;
    keptFixes.push(fix);
    used += size;
  }
  const fixesOut = fixes.length - keptFixes.length;
  const sorted = report.findings.map((f, i) => ({ f, i })).sort((a, b) => (RANK[a.f.severity] ?? 5) - (RANK[b.f.severity] ?? 5) || a.i - b.i).map((x) => x.f);
  const total = sorted.length;

  const build = (kept: number): CallToolResult => {
    const omitted = { findings: total - kept, fixedEntries: fixesOut, reason: `the whole report is over ${LIMITS.answerBytes / 1_000_000} MB, this server's limit for one answer` };
    const structured = { ...report, findings: sorted.slice(0, kept), omitted };
    const note =
      `This review was summarised to fit one answer (${LIMITS.answerBytes / 1_000_000} MB): ${kept} of ${total} findings are shown, the most severe first, ` +
      `and the summary counts all ${total}.${fixesOut ? ` ${fixesOut} of ${fixes.length} fixed entries were left out.` : ''} ` +
      'Review fewer servers at a time, or run `mcp-operator review FILE --format json` on the file for the full report.';
    return ok(structured, `${JSON.stringify(structured, null, 2)}\n`, [...fixesBlock(keptFixes, fixesOut), note]);
  };

  // The most findings that fit: binary search over the count. Each finding is in the answer at least
  // once as compact JSON, so no more than fit that way need trying (each step serialises a few MB at most).
  let low = 0;
  let high = 0;
  for (let bytes = 0; high < total; high += 1) {
    bytes += Buffer.byteLength(JSON.stringify(sorted[high]));
    if (bytes > LIMITS.answerBytes) break;
  }
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fitsAnswer(build(mid))) low = mid;
    else high = mid - 1;
  }
  return build(low);
}
