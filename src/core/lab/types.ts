import type { Goal, LabFileKind, LabYaml } from './schema.js';

export type { Goal };

/** Files of a workspace by their relative path (forward slashes); a missing file has no entry. */
export type FileSet = Readonly<Record<string, string>>;

export interface LabFile {
  path: string;
  kind: LabFileKind;
  /** shell files: the name of the server the launch line starts. */
  server?: string;
}

/** A validated lab: its definition, starting files and reference solution. */
export interface Lab {
  id: string;
  lesson: string;
  title: string;
  minutes?: number;
  task: string;
  files: LabFile[];
  /** The file the e key opens. */
  open: string;
  goals: LabYaml['goals'];
  /** Three hints, gentle to explicit. */
  hints: string[];
  /** What the reference solution changes and why (lab.yaml's solution). */
  explanation: string;
  references: LabYaml['references'];
  /** Track number and folder of the lesson folder the lab lives in. */
  track: number;
  /** Where lab.yaml is, relative to the content root (for messages). */
  source: string;
  start: FileSet;
  solution: FileSet;
}

/** The outcome of one goal against the workspace. */
export interface GoalResult {
  goal: Goal;
  /** What the goal asks, in words ("github: no literal credential in env"). */
  title: string;
  passed: boolean;
  /** Why it passes or not: the engine's own message where an engine answered. */
  message: string;
  file?: string;
  line?: number;
}

export interface Grade {
  goals: GoalResult[];
  passed: boolean;
}
