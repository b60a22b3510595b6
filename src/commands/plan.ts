import { parse as parseYaml } from 'yaml';
import type { Plan } from '../core/plan/model.js';
import { makePlan } from '../app/plans.js';
import { planMarkdown } from '../core/plan/markdown.js';
import { diffPlans, diffText } from '../core/plan/diff.js';
import { readAnswersObject } from '../core/interview/answers-file.js';
import type { InterviewAnswers } from '../core/interview/questions.js';
import { readUserText } from '../io/read-input.js';
import { writePlan } from '../io/plan-files.js';
import { UserError } from '../io/errors.js';
import { loadCatalogue } from '../io/content-loader.js';

export interface PlanOptions {
  scenario?: string;
  answers?: string;
  out?: string;
  format?: string;
  force?: boolean;
  diff?: boolean;
}

async function answersFromFile(file: string): Promise<InterviewAnswers> {
  const text = await readUserText(file);
  let data: unknown;
  try {
    data = parseYaml(text, { uniqueKeys: true });
  } catch (error) {
    throw new UserError(`${file} is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const { answers, errors } = readAnswersObject(data);
  if (errors.length) throw new UserError(`${file}: ${errors.join('; ')}`);
  return answers;
}

async function answersFromScenario(id: string): Promise<InterviewAnswers> {
  const catalogue = await loadCatalogue();
  const scenario = catalogue.scenarios.find((s) => s.id === id);
  if (!scenario) throw new UserError(`no scenario "${id}" (see mcp-operator scenarios --json)`);
  return { server: scenario.title, ...(scenario.profile as unknown as InterviewAnswers) };
}

async function readPlanFile(file: string): Promise<Plan> {
  const text = await readUserText(file);
  try {
    const plan = JSON.parse(text) as Plan;
    if (plan?.schema !== 'mcp-operator/plan@1') throw new Error('not an mcp-operator plan (schema mcp-operator/plan@1)');
    return plan;
  } catch (error) {
    throw new UserError(`${file}: ${(error as Error).message}`);
  }
}

/** Non-interactive planning: --answers, --scenario, --diff. Returns undefined when the interview is needed. */
export async function planCommand(files: string[], options: PlanOptions): Promise<number | undefined> {
  if (options.diff) {
    if (files.length !== 2) throw new UserError('plan --diff needs two plan JSON files: OLD.json NEW.json');
    const [a, b] = await Promise.all(files.map(readPlanFile));
    const d = diffPlans(a as Plan, b as Plan);
    process.stdout.write(options.format === 'json' ? `${JSON.stringify(d, null, 2)}\n` : diffText(d));
    return 0;
  }
  if (files.length) throw new UserError(`unexpected argument "${files[0]}" (plan takes --answers FILE, --scenario ID or --diff OLD NEW)`);
  if (options.format && !['md', 'json'].includes(options.format)) throw new UserError(`--format must be md or json, not "${options.format}"`);
  if (options.answers && options.scenario) throw new UserError('give either --answers or --scenario, not both');
  if (!options.answers && !options.scenario) return undefined;
  const answers = options.answers ? await answersFromFile(options.answers) : await answersFromScenario(options.scenario as string);
  const plan = makePlan(answers);
  if (options.out) {
    const written = writePlan(plan, options.out, { force: options.force });
    process.stdout.write(`Plan written: ${written.markdown} and ${written.json} (rating ${plan.rating}, decision ${plan.decision})\n`);
    return 0;
  }
  process.stdout.write(options.format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : planMarkdown(plan));
  return 0;
}
