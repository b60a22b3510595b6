import React, { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { Text, useApp, useInput } from 'ink';
import type { CourseSession } from '../app/course-session.js';
import { continueTarget } from '../core/course/navigation.js';
import { useTerminalSize } from './use-terminal-size.js';
import { HomeScreen } from './screens/HomeScreen.js';
import { CourseScreen } from './screens/CourseScreen.js';
import { LessonScreen } from './screens/LessonScreen.js';
import { ProgressScreen } from './screens/ProgressScreen.js';
import { ScenarioListScreen } from './screens/ScenarioListScreen.js';
import { ScenarioScreen } from './screens/ScenarioScreen.js';
import { CapstoneScreen } from './screens/CapstoneScreen.js';
import { QuizScreen } from './screens/QuizScreen.js';
import type { QuizItem } from '../core/content/types.js';
import { PlanFlowScreen } from './screens/PlanFlowScreen.js';
import { loadCourseDeployment, loadDraft, planFindingLessons, saveDraft } from '../io/plan-files.js';
import { pendingCapstone } from '../core/course/capstone.js';
import { QUESTIONS } from '../core/interview/questions.js';
import { planQuiz } from '../app/quiz-plan.js';
import { seededRandom } from '../core/quiz/select.js';
import { finishDraftPlan } from '../app/plans.js';
import type { ReviewResult } from '../core/review/engine.js';
import type { ReviewRule } from '../core/review/types.js';
import { ReviewScreen } from './screens/ReviewScreen.js';
import { Frame } from './components/Frame.js';

// The browsers load the knowledge base (and its version matchers) only when opened, not with the course.
const ServersScreen = lazy(() => import('./screens/ServersScreen.js').then((m) => ({ default: m.ServersScreen })));
const ToolboxScreen = lazy(() => import('./screens/ToolboxScreen.js').then((m) => ({ default: m.ToolboxScreen })));
const LabRoute = lazy(() => import('./lab/LabRoute.js').then((m) => ({ default: m.LabRoute })));

export type Screen =
  | { name: 'home' }
  | { name: 'course'; focus?: string }
  /** atEnd: come back to the lesson's end screen (after a lab, scenario or capstone opened from it), not its start. */
  | { name: 'lesson'; lessonId: string; atEnd?: boolean }
  | { name: 'progress' }
  | { name: 'scenarios'; focus?: string }
  | { name: 'scenario'; scenarioId: string }
  | { name: 'plan' }
  | { name: 'quiz'; mode: 'full' | 'focused' | 'review'; items: QuizItem[]; findingLessons: string[] }
  | { name: 'capstone'; track: number }
  | { name: 'review'; result: ReviewResult; rules: readonly ReviewRule[]; home?: string }
  | { name: 'servers' }
  | { name: 'toolbox' }
  | { name: 'lab'; labId: string };

export interface AppProps {
  session: CourseSession;
  initial: Screen[];
  notices?: string[];
  /** Called with the exit code when the learner leaves (q at the top, or Ctrl-C). */
  onExit: (code: number) => void;
}

/** Picks the screen; screens get the session and navigation callbacks. State lives in the session. */
export function App({ session, initial, notices = [], onExit }: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const [stack, setStack] = useState<Screen[]>(initial);
  const [, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  const leave = useCallback(
    (code: number) => {
      onExit(code);
      exit();
    },
    [exit, onExit],
  );

  useInput((input, key) => {
    if (key.ctrl && input === 'c') leave(130);
  });

  const push = useCallback((screen: Screen) => setStack((s) => [...s, screen]), []);
  const replace = useCallback((screen: Screen) => setStack((s) => [...s.slice(0, -1), screen]), []);
  const back = useCallback(() => {
    setStack((s) => {
      if (s.length <= 1) {
        leave(0);
        return s;
      }
      return s.slice(0, -1);
    });
  }, [leave]);

  const screen = stack[stack.length - 1] ?? { name: 'home' };
  // A capstone left before its end, read when the home screen comes up (not on every key).
  const capstone = useMemo(
    () => (screen.name === 'home' ? pendingCapstone(session.catalogue, session.progress, loadCourseDeployment(), QUESTIONS) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [screen, session.progress],
  );
  const height = size.rows - 1;
  const width = size.columns;
  const common = { session, width, height, onBack: back, refresh };

  switch (screen.name) {
    case 'home':
      return (
        <HomeScreen
          {...common}
          notices={notices}
          capstone={capstone}
          onCapstone={(track) => push({ name: 'capstone', track })}
          onContinue={() => {
            const target = continueTarget(session.catalogue, session.progress);
            push(target ? { name: 'lesson', lessonId: target.lesson.id } : { name: 'course' });
          }}
          onCourse={() => push({ name: 'course' })}
          onScenarios={() => push({ name: 'scenarios' })}
          onPlan={() => push({ name: 'plan' })}
          onQuiz={(review) => {
            const { mode, items } = planQuiz(session.catalogue, session.progress, { review }, seededRandom(Date.now()), new Date());
            push({ name: 'quiz', mode, items, findingLessons: planFindingLessons() });
          }}
          onProgress={() => push({ name: 'progress' })}
          onReview={() => {
            void Promise.all([import('../commands/review.js'), import('../core/review/rules/index.js')])
              .then(async ([m, r]) => ({ result: await m.runReview([], {}), rules: r.REVIEW_RULES }))
              .then(({ result, rules }) => push({ name: 'review', result, rules, home: process.env.HOME ?? '' }))
              // Reading configs reports every failure per file; anything else must not leave an unhandled rejection.
              .catch(() => undefined);
          }}
          onServers={() => push({ name: 'servers' })}
          onToolbox={() => push({ name: 'toolbox' })}
          onQuit={() => leave(0)}
        />
      );
    case 'course':
      return (
        <CourseScreen
          {...common}
          focus={screen.focus}
          onOpen={(lessonId) => {
            replace({ name: 'course', focus: lessonId });
            push({ name: 'lesson', lessonId });
          }}
        />
      );
    case 'lesson':
      return (
        <LessonScreen
          key={screen.lessonId}
          {...common}
          lessonId={screen.lessonId}
          atEnd={screen.atEnd === true}
          onOpenLesson={(lessonId) => replace({ name: 'lesson', lessonId })}
          onOpenScenario={(scenarioId) => {
            replace({ name: 'lesson', lessonId: screen.lessonId, atEnd: true });
            push({ name: 'scenario', scenarioId });
          }}
          onCapstone={(track) => {
            replace({ name: 'lesson', lessonId: screen.lessonId, atEnd: true });
            push({ name: 'capstone', track });
          }}
          onOpenLab={(labId) => {
            replace({ name: 'lesson', lessonId: screen.lessonId, atEnd: true });
            push({ name: 'lab', labId });
          }}
          onCourseList={() => {
            setStack((s) => {
              const below = s.slice(0, -1);
              const top = below[below.length - 1];
              return top?.name === 'course' ? [...below.slice(0, -1), { name: 'course', focus: screen.lessonId }] : [...below, { name: 'course', focus: screen.lessonId }];
            });
          }}
        />
      );
    case 'progress':
      return <ProgressScreen {...common} />;
    case 'scenarios':
      return (
        <ScenarioListScreen
          {...common}
          focus={screen.focus}
          onOpen={(scenarioId) => {
            replace({ name: 'scenarios', focus: scenarioId });
            push({ name: 'scenario', scenarioId });
          }}
        />
      );
    case 'scenario':
      return <ScenarioScreen key={screen.scenarioId} {...common} scenarioId={screen.scenarioId} />;
    case 'quiz':
      return <QuizScreen {...common} mode={screen.mode} items={screen.items} findingLessons={screen.findingLessons} onOpenLesson={(lessonId) => push({ name: 'lesson', lessonId })} />;
    case 'review':
      return <ReviewScreen {...common} result={screen.result} rules={screen.rules} {...(screen.home ? { home: screen.home } : {})} onOpenLesson={(lessonId) => push({ name: 'lesson', lessonId })} />;
    case 'capstone':
      return <CapstoneScreen key={screen.track} {...common} track={screen.track} />;
    case 'lab':
      return (
        <Suspense fallback={<Text>Opening the lab…</Text>}>
          <LabRoute key={screen.labId} session={session} labId={screen.labId} width={width} height={height} onBack={back} />
        </Suspense>
      );
    case 'servers':
    case 'toolbox': {
      const loading = <Loading title={screen.name === 'servers' ? 'Known servers' : "Operator's toolbox"} width={width} height={height} onBack={back} />;
      return <Suspense fallback={loading}>{screen.name === 'servers' ? <ServersScreen {...common} /> : <ToolboxScreen {...common} />}</Suspense>;
    }
    case 'plan':
      return (
        <PlanFlowScreen
          start={loadDraft() ?? {}}
          width={width}
          height={height}
          save={saveDraft}
          finish={(answers) => finishDraftPlan(answers)}
          onQuit={back}
        />
      );
  }
}

/** What a lazily loaded screen shows while its code and data load; Esc still goes back. */
function Loading({ title, width, height, onBack }: { title: string; width: number; height: number; onBack: () => void }) {
  useInput((input, key) => {
    if (key.escape || input === 'q') onBack();
  });
  return (
    <Frame title={title} keys="Esc back" width={width} height={height}>
      <Text>Loading…</Text>
    </Frame>
  );
}

export interface ScreenProps {
  session: CourseSession;
  width: number;
  height: number;
  onBack: () => void;
  refresh: () => void;
}
