import { dirname } from 'node:path';
import type { CourseSession } from '../app/course-session.js';
import type { InteractiveRequest } from '../commands/interactive.js';
import type { Lesson } from '../core/content/types.js';
import { continueTarget, findLesson, lessonsOfTrack, trackSummaries } from '../core/course/navigation.js';
import { pendingCapstone } from '../core/course/capstone.js';
import { QUESTIONS } from '../core/interview/questions.js';
import { lessonStatus } from '../core/progress/update.js';
import { plural } from '../core/text/plural.js';
import { progressLines } from '../app/progress-text.js';
import { UserError } from '../io/errors.js';
import { runPlainLesson } from './lesson.js';
import { chooseScenario, runPlainScenario } from './scenario.js';
import { runPlainCapstone, runPlainPlan } from './capstone.js';
import { runPlainQuiz } from './quiz.js';
import { planQuiz } from '../app/quiz-plan.js';
import { seededRandom } from '../core/quiz/select.js';
import { dueItems } from '../core/quiz/due.js';
import { loadCourseDeployment, planFindingLessons } from '../io/plan-files.js';
import { heading, say, width } from './output.js';
import { askChoice, askNumber, fromPipe, isPause, releaseLines, sayNumbered } from './lines.js';

/** Home entries that only show things: input that ends in them ends the session cleanly. */
const BROWSERS = new Set(['servers', 'toolbox', 'progress', 'config-review']);

const MARK = { 'not-started': '[ ]', 'in-progress': '[~]', done: '[x]' } as const;

async function lessonLoop(session: CourseSession, first: Lesson): Promise<void> {
  let lesson: Lesson | undefined = first;
  while (lesson) {
    const outcome = await runPlainLesson(session, lesson);
    lesson = outcome === 'stop' ? undefined : outcome.next;
  }
}

/** Every lesson, numbered across the tracks, each track's heading above its lessons. */
async function chooseLesson(session: CourseSession): Promise<Lesson | undefined> {
  heading('Course: tracks and lessons ([x] done, [~] in progress)');
  const lessons: Lesson[] = [];
  for (const track of session.catalogue.tracks) {
    const inTrack = lessonsOfTrack(session.catalogue, track.number);
    say();
    say(`Track ${track.number}: ${track.title}`);
    sayNumbered(
      inTrack.map((l) => `${MARK[lessonStatus(session.progress, l.id)]} ${l.title} (${l.minutes} min)`),
      inTrack.map((_, i) => String(lessons.length + i + 1)),
    );
    lessons.push(...inTrack);
  }
  say();
  const index = await askNumber('Open lesson', lessons.length);
  return index >= 0 ? lessons[index] : undefined;
}

/** The review of the user's client configs, printed as text (as `mcp-operator review` does). */
async function reviewConfigsHere(): Promise<void> {
  const [{ collectConfigs, machineEnv }, { loadKnowledge }, { reviewConfigs }, { REVIEW_RULES }, { reviewText }, { packageVersion }, { homedir }] = await Promise.all([
    import('../io/config-files.js'),
    import('../io/knowledge-loader.js'),
    import('../core/review/engine.js'),
    import('../core/review/rules/index.js'),
    import('../core/review/output/text.js'),
    import('../io/paths.js'),
    import('node:os'),
  ]);
  const inputs = await collectConfigs([], { discover: true, env: machineEnv() });
  const result = reviewConfigs(inputs, { name: 'mcp-operator', version: packageVersion() }, REVIEW_RULES, { fixes: true, knowledge: await loadKnowledge() });
  heading('Review of your MCP client configs');
  say(reviewText(result, { home: homedir(), fixes: true }).replace(/\n$/, ''));
}

async function home(session: CourseSession): Promise<void> {
  for (;;) {
    const summaries = trackSummaries(session.catalogue, session.progress);
    const done = summaries.reduce((n, s) => n + s.done, 0);
    const total = summaries.reduce((n, s) => n + s.lessons, 0);
    heading(`mcp-operator · MCP server operations course · ${done}/${total} lessons done`);
    const target = continueTarget(session.catalogue, session.progress);
    const capstone = pendingCapstone(session.catalogue, session.progress, loadCourseDeployment(), QUESTIONS);
    const due = dueItems(session.progress.quiz.cards, new Date()).length;
    const choices = [
      ...(capstone ? [{ name: `Finish the track ${capstone.track} capstone for ${capstone.server} (${capstone.answered} of ${capstone.total} answered)`, value: 'capstone' }] : []),
      { name: target ? `${target.reason === 'resume' ? 'Continue' : target.reason === 'next' ? 'Next lesson' : 'Start the course'}: ${target.lesson.title}` : 'Course complete: review a lesson', value: 'continue' },
      { name: 'Course: tracks and lessons', value: 'course' },
      ...(session.catalogue.scenarios.length ? [{ name: `Scenarios: ${session.catalogue.scenarios.length} deployments and incidents to decide`, value: 'scenarios' }] : []),
      { name: 'Plan a deployment: risk interview and plan document', value: 'plan' },
      ...(session.catalogue.quiz.length ? [{ name: 'Skill self-assessment: scores per area and what to study', value: 'quiz' }] : []),
      ...(due ? [{ name: `Review: ${plural(due, 'quiz item')} due`, value: 'review' }] : []),
      { name: 'Review my MCP client configs (offline, nothing is started)', value: 'config-review' },
      { name: 'Known servers: tools, switches, credentials, advisories', value: 'servers' },
      { name: "Operator's toolbox: scanners, gateways, sandboxes, what each sends", value: 'toolbox' },
      { name: 'Progress', value: 'progress' },
      { name: 'Quit', value: 'quit' },
    ];
    // A numbered menu read as a whole line, in a terminal and from a pipe alike; input that ends here is Quit.
    let picked: number | string;
    try {
      picked = await askChoice('What next?', choices.map((c) => c.name), { quit: 'quit' });
    } catch (error) {
      if (error instanceof Error && error.name === 'ExitPromptError' && fromPipe()) {
        say();
        say('Input ended at the menu: leaving as Quit would. Your progress is saved.');
        return;
      }
      throw error;
    }
    const choice = typeof picked === 'number' ? (choices[picked]?.value ?? 'quit') : 'quit';
    if (choice === 'quit') return;
    try {
      await open(session, choice, capstone?.track);
    } catch (error) {
      // q in the interview pauses it: back to this menu, the answers kept.
      if (isPause(error)) {
        say('Interview paused; your answers are kept.');
        continue;
      }
      // Piped answers that end inside a browser end the session as Quit would: nothing is left unsaved.
      if (BROWSERS.has(choice) && fromPipe() && error instanceof Error && error.name === 'ExitPromptError') {
        say();
        return;
      }
      throw error;
    }
  }
}

async function open(session: CourseSession, choice: string, capstoneTrack: number | undefined): Promise<void> {
  switch (choice) {
    case 'progress':
      heading('Progress');
      for (const line of progressLines(session, width())) say(line);
      return;
    case 'quiz':
    case 'review': {
      const { mode, items } = planQuiz(session.catalogue, session.progress, { review: choice === 'review' }, seededRandom(Date.now()), new Date());
      return runPlainQuiz(session, mode, items, planFindingLessons());
    }
    case 'config-review':
      return reviewConfigsHere();
    case 'servers':
    case 'toolbox': {
      // Loaded only when asked for: the knowledge base and its version matchers are not part of the course.
      const [{ browseServers, browseToolbox }, { loadKnowledge }] = await Promise.all([import('./browse.js'), import('../io/knowledge-loader.js')]);
      const k = await loadKnowledge({ progressDir: dirname(session.store.path) });
      return choice === 'servers' ? browseServers(k) : browseToolbox(k);
    }
    case 'plan':
      return runPlainPlan();
    case 'capstone':
      if (capstoneTrack) await runPlainCapstone(session, capstoneTrack);
      return;
    case 'scenarios': {
      const scenario = await chooseScenario(session);
      if (scenario) await runPlainScenario(session, scenario);
      return;
    }
    default: {
      const target = continueTarget(session.catalogue, session.progress);
      const lesson = choice === 'continue' && target ? target.lesson : await chooseLesson(session);
      if (lesson) await lessonLoop(session, lesson);
    }
  }
}

/** Line mode: the same course as numbered choices read as whole lines, for screen readers, pipes and simple terminals. */
export async function runPlain(session: CourseSession, request: InteractiveRequest): Promise<number> {
  for (const notice of session.store.notices.splice(0)) say(`Note: ${notice}`);
  try {
    if (request.screen === 'home') await home(session);
    else if (request.screen === 'scenarios') {
      const scenario = request.scenarioId ? session.catalogue.scenarios.find((s) => s.id === request.scenarioId) : await chooseScenario(session);
      if (scenario) await runPlainScenario(session, scenario);
    } else {
      const id = request.lessonId ?? continueTarget(session.catalogue, session.progress)?.lesson.id;
      const lesson = id ? findLesson(session.catalogue, id) : undefined;
      if (lesson) await lessonLoop(session, lesson);
      else say('Every lesson is done. Open one with: mcp-operator learn LESSON_ID --plain');
    }
    return 0;
  } catch (error) {
    await session.flush();
    if (error instanceof Error && error.name === 'ExitPromptError') {
      // q (pause) is the learner's choice and ends cleanly, in a terminal and from a pipe alike.
      if (isPause(error)) return 0;
      if (!process.stdin.isTTY) throw new UserError('input ended before the course did; your progress so far is saved');
      say();
      return 130;
    }
    throw error;
  } finally {
    releaseLines();
  }
}
