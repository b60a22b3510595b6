import { homedir } from 'node:os';
import { CLIENT_IDS } from '../core/review/clients.js';
import { atLeast, reviewConfigs, SEVERITIES, type ReviewResult } from '../core/review/engine.js';
import { REVIEW_RULES } from '../core/review/rules/index.js';
import type { ReviewSeverity } from '../core/review/types.js';
import { collectConfigs, machineEnv } from '../io/config-files.js';
import { UserError } from '../io/errors.js';
import { packageVersion } from '../io/paths.js';
import { loadKnowledge } from '../io/knowledge-loader.js';
import { reviewIsInteractive } from '../io/review-interactive.js';
import { writeOut } from '../io/write-out.js';
import { tuneForLargeReview } from '../io/v8-tuning.js';

export interface ReviewOptions {
  format?: string;
  failOn?: string;
  discover?: boolean;
  client?: string;
  fixes?: boolean;
}

const FORMATS = ['text', 'json', 'sarif', 'md'] as const;
type Format = (typeof FORMATS)[number];

export function parseReviewOptions(options: ReviewOptions): { format?: Format; failOn: ReviewSeverity | 'none' } {
  if (options.format !== undefined && !(FORMATS as readonly string[]).includes(options.format)) {
    throw new UserError(`unknown --format "${options.format}" (use text, json, sarif or md)`);
  }
  const failOn = (options.failOn ?? 'high').toLowerCase();
  if (failOn !== 'none' && !(SEVERITIES as readonly string[]).includes(failOn)) {
    throw new UserError(`unknown --fail-on "${options.failOn}" (use critical, high, medium, low, info or none)`);
  }
  if (options.client !== undefined && !CLIENT_IDS.includes(options.client)) {
    throw new UserError(`unknown --client "${options.client}" (one of: ${CLIENT_IDS.filter((c) => c !== 'unknown').join(', ')})`);
  }
  return { ...(options.format ? { format: options.format as Format } : {}), failOn: failOn as ReviewSeverity | 'none' };
}

/** Run the review over the given paths (and the discovered configs) and return its result. */
export async function runReview(paths: readonly string[], options: ReviewOptions, fixes = true): Promise<ReviewResult> {
  // The knowledge base first: when it must be validated (changed since the build) the review script hands
  // the review to the module bundle, and standard input must not have been read by then.
  const knowledge = await loadKnowledge();
  const env = machineEnv();
  const inputs = await collectConfigs(paths, { discover: options.discover !== false, env });
  if (options.client) for (const input of inputs) input.client ??= options.client;
  tuneForLargeReview(inputs.reduce((sum, input) => sum + (input.text?.length ?? 0), 0));
  return reviewConfigs(inputs, { name: 'mcp-operator', version: packageVersion() }, REVIEW_RULES, { fixes, knowledge });
}

/** Exit code of DESIGN section 4: 2 when nothing could be read, 1 at or above --fail-on, else 0. */
export function reviewExitCode(result: ReviewResult, failOn: ReviewSeverity | 'none'): number {
  const { scanned, findings } = result.report;
  const parsedBadly = new Set(findings.filter((f) => f.category === 'parse-error').map((f) => f.path));
  if (scanned.length > 0 && scanned.every((s) => s.error !== undefined && !parsedBadly.has(s.path))) return 2;
  if (failOn !== 'none' && findings.some((f) => atLeast(f.severity, failOn))) return 1;
  return 0;
}

export async function reviewCommand(paths: string[], options: ReviewOptions, plain: boolean): Promise<number> {
  const { format, failOn } = parseReviewOptions(options);
  const interactive = reviewIsInteractive(format, plain, paths);
  // JSON and SARIF carry no fixed entries: skip deriving them.
  const result = await runReview(paths, options, !(format === 'json' || format === 'sarif'));
  const code = reviewExitCode(result, failOn);
  if (interactive) {
    const { runReviewScreen } = await import('./review-screen.js');
    const tui = await runReviewScreen(result);
    if (tui === 130) return tui;
  } else {
    writeOut(1, await render(result, format ?? 'text', options));
  }
  if (code === 2) {
    const first = result.report.scanned[0];
    writeOut(2, `mcp-operator: nothing could be read${first ? ` (${first.path}: ${first.error})` : ''}\n`);
  }
  return code;
}

async function render(result: ReviewResult, format: Format, options: ReviewOptions): Promise<string> {
  const home = homedir();
  switch (format) {
    case 'json':
      return (await import('../core/review/output/json.js')).reviewJson(result.report);
    case 'sarif':
      return (await import('../core/review/output/sarif.js')).reviewSarif(result, REVIEW_RULES, { root: process.cwd() });
    case 'md':
      return (await import('../core/review/output/markdown.js')).reviewMarkdown(result, { home });
    default:
      return (await import('../core/review/output/text.js')).reviewText(result, { home, fixes: options.fixes !== false, ...terminalWidth() });
  }
}

/** The terminal's width when the report goes to one (the text report then wraps its prose to it); nothing for a pipe or a file. */
function terminalWidth(): { width?: number } {
  const tty = process.getBuiltinModule('node:tty') as typeof import('node:tty');
  if (!tty.isatty(1)) return {};
  const columns = process.stdout.columns;
  return columns && columns > 0 ? { width: columns } : {};
}
