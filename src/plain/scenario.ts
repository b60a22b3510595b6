import type { CourseSession } from '../app/course-session.js';
import type { Scenario } from '../core/content/types.js';
import { decisionFeedback } from '../app/feedback-text.js';
import { displayOrder } from '../core/course/grading.js';
import { unfinishedRun } from '../core/course/scenario-resume.js';
import { debriefMarkdown, situationMarkdown } from '../core/scenario/play.js';
import { markdownWidth, renderMarkdown } from '../io/markdown.js';
import { heading, inline, say, sayParagraphs, sayText, width } from './output.js';
import { askChoice, askYesNo } from './lines.js';

/**
 * Play one scenario in line mode: situation, each decision with feedback, then the debrief. A run
 * left after a decision is offered to go on from the next one.
 */
export async function runPlainScenario(session: CourseSession, scenario: Scenario): Promise<void> {
  say(await renderMarkdown(situationMarkdown(scenario), markdownWidth(width()), { keepUrls: true }));
  say();
  const left = unfinishedRun(session.progress, scenario);
  let runId: string;
  let matched = 0;
  let first = 0;
  if (left && (await askYesNo(`You left this scenario after decision ${left.next}. Go on from decision ${left.next + 1}?`, true))) {
    runId = left.run.startedAt;
    matched = left.run.matched;
    first = left.next;
  } else {
    if (!left && !(await askYesNo('Start with decision 1?', true))) return;
    runId = await session.startScenario(scenario);
  }
  for (const [index, decision] of scenario.decisions.entries()) {
    if (index < first) continue;
    heading(`Scenario: ${scenario.title} · Decision ${index + 1} of ${scenario.decisions.length}`);
    sayText(decision.prompt);
    say();
    const options = displayOrder(decision.options, `${scenario.id}/${decision.id}`);
    const chosen = await askChoice('Your choice', options.map((o) => inline(o.text)), { quit: 'stop (your choices so far are kept)' });
    if (chosen === -1 || typeof chosen === 'string') return;
    const judgement = await session.chooseInScenario(scenario, runId, index, options[chosen]?.id ?? '');
    if (judgement.expert) matched += 1;
    say();
    sayParagraphs(decisionFeedback(decision, judgement));
    const last = index === scenario.decisions.length - 1;
    if (!(await askYesNo(last ? 'Go on to the debrief?' : `Go on to decision ${index + 2}?`, true))) return;
  }
  const lessons = scenario.lessons.map((id) => session.catalogue.lessons.find((l) => l.id === id)).filter((l) => l !== undefined);
  say(await renderMarkdown(debriefMarkdown(scenario, matched, lessons), markdownWidth(width()), { keepUrls: true }));
  say();
}

/** A numbered list of the scenarios; undefined for q. */
export async function chooseScenario(session: CourseSession): Promise<Scenario | undefined> {
  heading('Scenarios');
  const { scenarios } = session.catalogue;
  const index = await askChoice(
    'Play which scenario',
    scenarios.map((s) => `${s.title} (${s.family === 'incident' ? 'incident' : s.family}, ${s.minutes} min)`),
    { quit: 'go back' },
  );
  return typeof index === 'number' ? scenarios[index] : undefined;
}
