import { dirname } from 'node:path';
import { select, Separator } from '@inquirer/prompts';
import type { CourseSession } from '../app/course-session.js';
import type { InteractiveRequest } from '../commands/interactive.js';
import type { Lesson } from '../core/content/types.js';
import { continueTarget, findLesson, lessonsOfTrack, trackSummaries } from '../core/course/navigation.js';
import { lessonStatus } from '../core/progress/update.js';
import { progressLines } from '../app/progress-text.js';
import { UserError } from '../io/errors.js';
import { runPlainLesson } from './lesson.js';
import { chooseScenario, runPlainScenario } from './scenario.js';
import { runPlainPlan } from './capstone.js';
import { runPlainQuiz } from './quiz.js';
import { planQuiz } from '../app/quiz-plan.js';
import { seededRandom } from '../core/quiz/select.js';
import { dueItems } from '../core/quiz/due.js';
import { planFindingLessons } from '../io/plan-files.js';
import { heading, say, width } from './output.js';
import { askNumber, fromPipe, releaseLines, sayNumbered } from './lines.js';

const MARK = { 'not-started': '[ ]', 'in-progress': '[~]', done: '[x]' } as const;

async function lessonLoop(session: CourseSession, first: Lesson): Promise<void> {
  let lesson: Lesson | undefined = first;
  while (lesson) {
    const outcome = await runPlainLesson(session, lesson);
    lesson = outcome === 'stop' ? undefined : outcome.next;
  }
}

async function chooseLesson(session: CourseSession): Promise<Lesson | undefined> {
  const choices: (Separator | { name: string; value: string })[] = [];
  for (const track of session.catalogue.tracks) {
    choices.push(new Separator(`── Track ${track.number}: ${track.title}`));
    for (const l of lessonsOfTrack(session.catalogue, track.number)) {
      choices.push({ name: `${MARK[lessonStatus(session.progress, l.id)]} ${l.title} (${l.minutes} min)`, value: l.id });
    }
  }
  choices.push(new Separator(' '));
  choices.push({ name: 'Back', value: '' });
  const id = await select({ message: 'Open a lesson ([x] done, [~] in progress)', choices, pageSize: Math.min(choices.length, 20), loop: false });
  return id ? findLesson(session.catalogue, id) : undefined;
}

/** Runs `ask`; when piped input ends during it, returns `ended` instead of failing. */
async function whenInputEnds<T, E>(ask: () => Promise<T>, ended: E): Promise<T | E> {
  try {
    return await ask();
  } catch (error) {
    if (fromPipe() && error instanceof Error && error.name === 'ExitPromptError') {
      say();
      return ended;
    }
    throw error;
  }
}

async function home(session: CourseSession): Promise<void> {
  for (;;) {
    const summaries = trackSummaries(session.catalogue, session.progress);
    const done = summaries.reduce((n, s) => n + s.done, 0);
    const total = summaries.reduce((n, s) => n + s.lessons, 0);
    heading(`mcp-operator · MCP server operations course · ${done}/${total} lessons done`);
    const target = continueTarget(session.catalogue, session.progress);
    const choices = [
      { name: target ? `${target.reason === 'resume' ? 'Continue' : target.reason === 'next' ? 'Next lesson' : 'Start the course'}: ${target.lesson.title}` : 'Course complete: review a lesson', value: 'continue' },
      { name: 'Course: tracks and lessons', value: 'course' },
      ...(session.catalogue.scenarios.length ? [{ name: 'Scenarios: deployments and incidents to decide', value: 'scenarios' }] : []),
      { name: 'Plan a deployment: risk interview and plan document', value: 'plan' },
      ...(session.catalogue.quiz.length ? [{ name: 'Skill self-assessment: scores per area and what to study', value: 'quiz' }] : []),
      ...(dueItems(session.progress.quiz.cards, new Date()).length ? [{ name: `Review: ${dueItems(session.progress.quiz.cards, new Date()).length} quiz item(s) due`, value: 'review' }] : []),
      { name: 'Known servers: tools, switches, credentials, advisories', value: 'servers' },
      { name: "Operator's toolbox: scanners, gateways, sandboxes, what each sends", value: 'toolbox' },
      { name: 'Progress', value: 'progress' },
      { name: 'Quit', value: 'quit' },
    ];
    // From a pipe: numbered choices read as whole lines (see lines.ts); in a terminal: a select prompt.
    let choice: string;
    if (fromPipe()) {
      sayNumbered(choices.map((c) => c.name));
      const picked = await whenInputEnds(async () => choices[await askNumber('What next?', choices.length)]?.value ?? 'quit', 'quit');
      choice = picked;
    } else choice = await select({ message: 'What next?', choices });
    if (choice === 'quit') return;
    // The other flows ask through @inquirer/prompts, which must have standard input to itself.
    if (choice !== 'progress' && choice !== 'servers' && choice !== 'toolbox') releaseLines();
    if (choice === 'progress') {
      heading('Progress');
      for (const line of progressLines(session, width())) say(line);
      continue;
    }
    if (choice === 'quiz' || choice === 'review') {
      const { mode, items } = planQuiz(session.catalogue, session.progress, { review: choice === 'review' }, seededRandom(Date.now()), new Date());
      await runPlainQuiz(session, mode, items, planFindingLessons());
      continue;
    }
    if (choice === 'servers' || choice === 'toolbox') {
      // Loaded only when asked for: the knowledge base and its version matchers are not part of the course.
      const [{ browseServers, browseToolbox }, { loadKnowledge }] = await Promise.all([import('./browse.js'), import('../io/knowledge-loader.js')]);
      const k = await loadKnowledge({ progressDir: dirname(session.store.path) });
      // Piped answers that end inside a browser end the session as Quit would: nothing is left unsaved.
      if ((await whenInputEnds(async () => (choice === 'servers' ? browseServers(k) : browseToolbox(k)), 'ended')) === 'ended') return;
      continue;
    }
    if (choice === 'plan') {
      await runPlainPlan();
      continue;
    }
    if (choice === 'scenarios') {
      const scenario = await chooseScenario(session);
      if (scenario) await runPlainScenario(session, scenario);
      continue;
    }
    const lesson = choice === 'continue' && target ? target.lesson : await chooseLesson(session);
    if (lesson) await lessonLoop(session, lesson);
  }
}

/** Line mode: the same course through @inquirer/prompts, for screen readers and simple terminals. */
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
      if (!process.stdin.isTTY) throw new UserError('input ended before the course did; your progress so far is saved');
      say();
      return 130;
    }
    throw error;
  } finally {
    releaseLines();
  }
}
