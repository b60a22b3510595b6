import { confirm, select } from '@inquirer/prompts';
import type { CourseSession } from '../app/course-session.js';
import type { Scenario } from '../core/content/types.js';
import { decisionFeedback } from '../app/feedback-text.js';
import { displayOrder } from '../core/course/grading.js';
import { debriefMarkdown, situationMarkdown } from '../core/scenario/play.js';
import { markdownWidth, renderMarkdown } from '../io/markdown.js';
import { wrapLines } from '../core/text/wrap.js';
import { heading, say, sayParagraphs, width } from './output.js';

/** Play one scenario in line mode: situation, each decision with feedback, then the debrief. */
export async function runPlainScenario(session: CourseSession, scenario: Scenario): Promise<void> {
  say(await renderMarkdown(situationMarkdown(scenario), markdownWidth(width()), { keepUrls: true }));
  say();
  if (!(await confirm({ message: 'Start with decision 1?', default: true }))) return;
  const runId = await session.startScenario(scenario);
  let matched = 0;
  for (const [index, decision] of scenario.decisions.entries()) {
    heading(`Scenario: ${scenario.title} · Decision ${index + 1} of ${scenario.decisions.length}`);
    for (const line of wrapLines(decision.prompt, width())) say(line);
    const options = displayOrder(decision.options, `${scenario.id}/${decision.id}`);
    const optionId = await select({ message: 'Your choice:', choices: options.map((o) => ({ name: o.text, value: o.id })), pageSize: options.length, loop: false });
    const judgement = await session.chooseInScenario(scenario, runId, index, optionId);
    if (judgement.expert) matched += 1;
    sayParagraphs(decisionFeedback(decision, judgement));
    const last = index === scenario.decisions.length - 1;
    if (!(await confirm({ message: last ? 'Go on to the debrief?' : `Go on to decision ${index + 2}?`, default: true }))) return;
  }
  const lessons = scenario.lessons.map((id) => session.catalogue.lessons.find((l) => l.id === id)).filter((l) => l !== undefined);
  say(await renderMarkdown(debriefMarkdown(scenario, matched, lessons), markdownWidth(width()), { keepUrls: true }));
  say();
}

export async function chooseScenario(session: CourseSession): Promise<Scenario | undefined> {
  const choices = session.catalogue.scenarios.map((s) => ({ name: `${s.title} (${s.family === 'incident' ? 'incident' : s.family}, ${s.minutes} min)`, value: s.id }));
  choices.push({ name: 'Back', value: '' });
  const id = await select({ message: 'Play a scenario', choices, pageSize: Math.min(choices.length, 15), loop: false });
  return session.catalogue.scenarios.find((s) => s.id === id);
}
