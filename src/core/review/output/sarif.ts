import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { FindingDetail, ReviewResult } from '../engine.js';
import type { ReviewRule, ReviewSeverity } from '../types.js';

const LEVEL: Record<ReviewSeverity, Result.level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
/** GitHub code scanning reads a CVSS-like score from properties["security-severity"]. */
const SCORE: Record<ReviewSeverity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };
const DEFAULT_SEVERITY: Record<string, ReviewSeverity> = {
  'secret-exposure': 'high',
  'container-privilege': 'high',
  'sensitive-mount': 'high',
  'known-vulnerable-version': 'high',
  'parse-error': 'medium',
};

export interface SarifOptions {
  /** Paths under this folder are written relative to it (code scanning wants repository-relative URIs). */
  root?: string;
}

function artifactUri(path: string, root?: string): { uri: string; uriBaseId?: string } {
  const slashed = path.replace(/\\/g, '/');
  if (root) {
    const base = root.replace(/\\/g, '/').replace(/\/?$/, '/');
    if (slashed.startsWith(base)) return { uri: encodeURI(slashed.slice(base.length)), uriBaseId: '%SRCROOT%' };
  }
  if (slashed === '<stdin>') return { uri: 'stdin' };
  return { uri: encodeURI(`file://${slashed.startsWith('/') ? '' : '/'}${slashed}`) };
}

function descriptor(rule: ReviewRule): ReportingDescriptor {
  const severity = DEFAULT_SEVERITY[rule.category] ?? 'medium';
  return {
    id: rule.id,
    name: rule.title.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.why },
    help: { text: `${rule.howToFix} Learn why: mcp-operator learn ${rule.lesson}`, markdown: `${rule.howToFix}\n\nLearn why: \`mcp-operator learn ${rule.lesson}\`` },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { category: rule.category, tags: ['security', 'mcp', rule.category], 'security-severity': SCORE[severity], lesson: rule.lesson },
  };
}

function result(detail: FindingDetail, ruleIndex: number, options: SarifOptions): Result {
  const f = detail.finding;
  const location = artifactUri(f.path, options.root);
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${f.knownServer ? `[${f.knownServer.name}, published by ${f.knownServer.publisher}] ` : ''}${f.message}${f.evidence ? ` Evidence: ${f.evidence}.` : ''} Fix: ${f.remediation}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          ...(detail.line !== undefined ? { region: { startLine: detail.line, ...(detail.column !== undefined ? { startColumn: detail.column, endColumn: detail.endColumn ?? detail.column + 1 } : {}) } } : {}),
        },
        ...(f.server ? { logicalLocations: [{ name: f.server, fullyQualifiedName: f.field ? `${f.server}.${f.field}` : f.server, kind: 'object' }] } : {}),
      },
    ],
    partialFingerprints: { 'mcpOperatorFinding/v1': [f.ruleId, f.client, f.server, f.field].join('|') },
    properties: { severity: f.severity, 'security-severity': SCORE[f.severity], category: f.category, client: f.client, server: f.server, field: f.field, evidence: f.evidence, lesson: f.lesson, ...(f.knownServer ? { knownServer: f.knownServer.id, publisher: f.knownServer.publisher } : {}), ...(f.tools?.length ? { tools: f.tools } : {}) },
  };
}

/** The review as a SARIF 2.1.0 log: one run, every rule described, every finding a result; unreadable files as notifications. */
export function reviewSarif(review: ReviewResult, rules: readonly ReviewRule[], options: SarifOptions = {}): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const unreadable = review.report.scanned.filter((s) => s.error !== undefined);
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: review.report.tool.name,
            version: review.report.tool.version,
            semanticVersion: review.report.tool.version,
            informationUri: 'https://www.npmjs.com/package/mcpserver-operator',
            rules: rules.map(descriptor),
          },
        },
        ...(options.root ? { originalUriBaseIds: { '%SRCROOT%': { uri: encodeURI(`file://${options.root.replace(/\\/g, '/').replace(/\/?$/, '/')}`) } } } : {}),
        invocations: [
          {
            executionSuccessful: unreadable.length < review.report.scanned.length || review.report.scanned.length === 0,
            toolExecutionNotifications: unreadable.map((s) => ({
              level: 'warning' as const,
              message: { text: `${s.path} was not reviewed: ${s.error ?? 'could not be read'}` },
              locations: [{ physicalLocation: { artifactLocation: artifactUri(s.path, options.root) } }],
            })),
          },
        ],
        results: review.details.map((d) => result(d, index.get(d.finding.ruleId) ?? 0, options)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
