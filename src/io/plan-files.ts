import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { Plan } from '../core/plan/model.js';
import { planMarkdown } from '../core/plan/markdown.js';
import { serverKey } from '../core/plan/server-key.js';
import type { InterviewAnswers } from '../core/interview/questions.js';
import { DONT_KNOW } from '../core/risk/factors.js';
import { describeFsError, writeFileAtomic } from './atomic-write.js';
import { defaultProgressDir } from './progress-store.js';
import { UserError } from './errors.js';

export function plansDir(): string {
  return join(defaultProgressDir(), 'plans');
}

/** Write a plan as Markdown and its JSON sidecar, atomically, mode 0600; existing files only with `force`. */
export function writePlan(plan: Plan, out: string, options: { force?: boolean } = {}): { markdown: string; json: string } {
  const base = extname(out) === '.json' || extname(out) === '.md' ? out.slice(0, -extname(out).length) : out;
  const markdown = `${base}.md`;
  const json = `${base}.json`;
  try {
    mkdirSync(dirname(markdown), { recursive: true, mode: 0o700 });
  } catch (error) {
    // mkdir -p reports EEXIST when a part of the path is a file.
    const reason = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'a part of the path is not a folder' : describeFsError(error);
    throw new UserError(`cannot create the folder ${dirname(markdown)} for the plan: ${reason}`);
  }
  if (!options.force) for (const f of [markdown, json]) if (existsSync(f)) throw new UserError(`${f} already exists; choose another --out or pass --force to replace it`);
  writeFileAtomic(json, `${JSON.stringify(plan, null, 2)}\n`, { overwrite: options.force === true });
  writeFileAtomic(markdown, planMarkdown(plan), { overwrite: options.force === true });
  return { markdown, json };
}

/** Where the tutor keeps a deployment's own plan (updated by each reassessment). */
export function defaultPlanPath(server: string): string {
  return join(plansDir(), serverKey(server));
}

/** The server name a plan built from these answers carries (as buildPlan names it). */
export function planServerName(answers: InterviewAnswers): string {
  const v = answers.server;
  return typeof v === 'string' && v !== DONT_KNOW && v !== '' ? v : 'unnamed server';
}

/** The plan stored at `out` (with or without .md/.json), or undefined when there is none or it is not a plan. */
export function readPlanAt(out: string): Plan | undefined {
  const base = extname(out) === '.json' || extname(out) === '.md' ? out.slice(0, -extname(out).length) : out;
  try {
    const plan = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as Plan;
    return plan?.schema === 'mcp-operator/plan@1' && Array.isArray(plan.findings) ? plan : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The plan that writing a plan for these answers would replace: the one at `out` when given (only
 * replaced with --force), else the tutor's own plan for the server the answers name.
 */
export function planToReplace(answers: InterviewAnswers, out?: string): Plan | undefined {
  return readPlanAt(out ?? defaultPlanPath(planServerName(answers)));
}

export interface SavedPlan {
  path: string;
  server: string;
  date: string;
  rating: string;
  decision: string;
  environment: string;
  openFindings: { id: string; severity: string; residualSeverity: string; lesson: string }[];
}

/** Plans the tutor has written, newest first (for `progress`). Unreadable files are skipped. */
export function listPlans(dir: string = plansDir()): SavedPlan[] {
  if (!existsSync(dir)) return [];
  const plans: SavedPlan[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    try {
      const plan = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Plan;
      if (plan.schema !== 'mcp-operator/plan@1') continue;
      plans.push({
        path: join(dir, name.replace(/\.json$/, '.md')),
        server: plan.server,
        date: plan.date,
        rating: plan.rating,
        decision: plan.decision,
        environment: plan.profile.environment,
        openFindings: plan.findings.map((f) => ({ id: f.id, severity: f.severity, residualSeverity: f.residualSeverity, lesson: f.lesson })),
      });
    } catch {
      // not a plan
    }
  }
  return plans.sort((a, b) => (a.date < b.date ? 1 : -1));
}

const DRAFT = 'interview-draft.json';

/** The interview in progress, saved after every answer so Ctrl-C or a closed terminal loses nothing. */
export function loadDraft(): InterviewAnswers | undefined {
  const path = join(plansDir(), DRAFT);
  if (!existsSync(path)) return undefined;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { answers?: InterviewAnswers };
    return data.answers && typeof data.answers === 'object' ? data.answers : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(answers: InterviewAnswers): void {
  mkdirSync(plansDir(), { recursive: true, mode: 0o700 });
  writeFileAtomic(join(plansDir(), DRAFT), JSON.stringify({ answers }), { overwrite: true });
}

export function clearDraft(): void {
  rmSync(join(plansDir(), DRAFT), { force: true });
}

const COURSE_DEPLOYMENT = 'course-deployment.json';

/** The learner's own deployment as the track capstones build it up, one track's questions at a time. */
export function loadCourseDeployment(): InterviewAnswers {
  const path = join(plansDir(), COURSE_DEPLOYMENT);
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { answers?: InterviewAnswers };
    return data.answers && typeof data.answers === 'object' ? data.answers : {};
  } catch {
    return {};
  }
}

export function saveCourseDeployment(answers: InterviewAnswers): void {
  mkdirSync(plansDir(), { recursive: true, mode: 0o700 });
  writeFileAtomic(join(plansDir(), COURSE_DEPLOYMENT), JSON.stringify({ answers }), { overwrite: true });
}

/** Lessons behind the findings in the learner's own plans (each finding counts once), for quiz recommendations. */
export function planFindingLessons(): string[] {
  return listPlans().flatMap((p) => p.openFindings.filter((f) => f.residualSeverity !== 'info').map((f) => f.lesson));
}

/** The environment of the newest plan, if any: the quiz takes its target level from it. */
export function latestPlanEnvironment(): string | undefined {
  const env = listPlans()[0]?.environment;
  return env && env !== 'unknown' ? env : undefined;
}
