import { describe, expect, it } from 'vitest';
import { answerBytes, reviewAnswer } from '../../src/mcp/bounded.js';
import { LIMITS } from '../../src/mcp/limits.js';

const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'];

/** A report as review --format json prints it, with `count` findings of mixed severity. */
function report(count: number): { text: string; findings: { severity: string; server: string }[] } {
  const findings = Array.from({ length: count }, (_, i) => ({
    ruleId: 'MCPR-TEST-001',
    category: 'secret-exposure',
    severity: SEVERITIES[(i * 7) % 5] as string,
    client: 'claude-desktop',
    path: '<mcp>',
    server: `srv-${i}`,
    field: 'env.API_TOKEN',
    message: `A literal token in the server's environment: ${'x'.repeat(300)}`,
    evidence: 'GitHub token (ghp_… 40 characters)',
    remediation: 'Move it to the client secret store.',
    lesson: 'secrets-out-of-configs',
  }));
  const summary = Object.fromEntries(['critical', 'high', 'medium', 'low', 'info'].map((s) => [s, findings.filter((f) => f.severity === s).length]));
  const whole = { tool: { name: 'mcp-operator', version: '0' }, scanned: [{ path: '<mcp>', client: 'claude-desktop', servers: count }], findings, summary };
  return { text: `${JSON.stringify(whole, null, 2)}\n`, findings };
}

describe('reviewAnswer (review_config bounded to one answer)', () => {
  it('sends a report that fits whole, exactly as review --format json prints it, with the fixed entries second', () => {
    const { text } = report(20);
    const answer = reviewAnswer({ text, fixes: ['srv-0 (Claude Desktop):\n{}'] });
    expect(answer.content[0]).toEqual({ type: 'text', text });
    expect(answer.content).toHaveLength(2);
    expect((answer.content[1] as { text: string }).text).toContain('srv-0 (Claude Desktop)');
    expect(answer.structuredContent).toEqual(JSON.parse(text));
  });

  it('summarises a report over the limit: under 1 MB, every finding counted, the most severe shown, what was left out said', () => {
    const { text, findings } = report(6_000);
    const fixes = Array.from({ length: 6_000 }, (_, i) => `srv-${i} (Claude Desktop):\n${JSON.stringify({ command: 'docker', args: ['run', '--rm', '-i', `img${i}@sha256:<digest>`] }, null, 2)}`);
    const answer = reviewAnswer({ text, fixes });
    expect(answerBytes(answer)).toBeLessThanOrEqual(LIMITS.answerBytes);
    const out = answer.structuredContent as { findings: { severity: string }[]; summary: Record<string, number>; omitted: { findings: number; fixedEntries: number } };
    expect(out.summary).toEqual(JSON.parse(text).summary);
    expect(out.findings.length + out.omitted.findings).toBe(findings.length);
    expect(out.omitted.findings).toBeGreaterThan(0);
    expect(out.omitted.fixedEntries).toBeGreaterThan(0);
    // Most severe first: every critical finding comes before any high one, and so on.
    const ranks = out.findings.map((f) => ['critical', 'high', 'medium', 'low', 'info'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(out.findings.length).toBeGreaterThan(300);
    // The text block is the same object as the structured content; the last block says what happened.
    expect(JSON.parse((answer.content[0] as { text: string }).text)).toEqual(out);
    const note = (answer.content.at(-1) as { text: string }).text;
    expect(note).toContain(`${out.findings.length} of ${findings.length} findings`);
    expect(note).toContain(`${out.omitted.fixedEntries} of 6000 fixed entries`);
    // As many as fit: one more finding would not.
    expect(answerBytes(answer) + 4 * JSON.stringify(out.findings[0]).length).toBeGreaterThan(LIMITS.answerBytes - 8_192);
  });
});
