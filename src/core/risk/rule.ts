import type { Reference } from '../content/schema.js';
import type { Answers } from './answers.js';
import type { FactorId } from './factors.js';
import type { Level, Severity } from './levels.js';

/**
 * One driver of likelihood or impact: the level each answer of a factor implies. For
 * `capabilities` the keys are capabilities and the highest level among those present counts.
 * "unknown" takes the highest level in the map. Within a side, the highest driver wins.
 */
export interface Driver {
  factor: FactorId;
  levels: Partial<Record<string, Level>>;
}

/** A threat scenario, Threagile-style: one file per rule, with its own tests. */
export interface RiskRule {
  /** Stable id, never reused: `MCP-R01` .. */
  id: string;
  title: string;
  /** The threat in one or two sentences, as the plan states it. */
  statement: string;
  /** The detection logic in one line, in words (what `fires` checks). */
  detection: string;
  fires: (answers: Answers) => boolean;
  /** Factors the detection reads; a finding lists their answers as what triggered it. */
  triggers: FactorId[];
  likelihood: Driver[];
  impact: Driver[];
  /** Residual severity never drops below this, whatever controls are applied. */
  floor?: Severity;
  /** When given, the floor holds only for answers where this is true (e.g. only while nobody approves). */
  floorWhen?: (answers: Answers) => boolean;
  /** A hard gate: when it holds the finding is critical and the decision no-go, controls or not. */
  gate?: { when: (answers: Answers) => boolean; reason: string };
  /** Control ids (see controls.ts) that treat this threat. */
  controls: string[];
  falsePositives: string;
  /** How to check that the controls are really in place. */
  verification: string;
  references: Reference[];
  /** The lesson that teaches this threat. */
  lesson: string;
}
