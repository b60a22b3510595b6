/** NIST SP 800-30 Rev. 1 qualitative scales (Appendix G and I) and this tool's severities. */
export const LEVELS = ['very-low', 'low', 'moderate', 'high', 'very-high'] as const;
export type Level = (typeof LEVELS)[number];

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * NIST SP 800-30 Rev. 1, Table I-2: level of risk from likelihood (rows) and impact (columns),
 * each Very Low .. Very High. Risk levels map to severities: Very Low = info, Low = low,
 * Moderate = medium, High = high, Very High = critical.
 */
const MATRIX: Record<Level, Record<Level, Level>> = {
  'very-high': { 'very-low': 'very-low', low: 'low', moderate: 'moderate', high: 'high', 'very-high': 'very-high' },
  high: { 'very-low': 'very-low', low: 'low', moderate: 'moderate', high: 'high', 'very-high': 'very-high' },
  moderate: { 'very-low': 'very-low', low: 'low', moderate: 'moderate', high: 'moderate', 'very-high': 'high' },
  low: { 'very-low': 'very-low', low: 'low', moderate: 'low', high: 'low', 'very-high': 'moderate' },
  'very-low': { 'very-low': 'very-low', low: 'very-low', moderate: 'very-low', high: 'low', 'very-high': 'low' },
};

const TO_SEVERITY: Record<Level, Severity> = { 'very-low': 'info', low: 'low', moderate: 'medium', high: 'high', 'very-high': 'critical' };

export function riskLevel(likelihood: Level, impact: Level): Level {
  return MATRIX[likelihood][impact];
}

export function severityOf(likelihood: Level, impact: Level): Severity {
  return TO_SEVERITY[riskLevel(likelihood, impact)];
}

export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function maxSeverity(a: Severity, b: Severity): Severity {
  return severityRank(a) >= severityRank(b) ? a : b;
}

export function lowerLevel(level: Level, steps: number): Level {
  return LEVELS[Math.max(0, levelRank(level) - steps)] as Level;
}
