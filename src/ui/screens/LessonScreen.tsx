import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Text } from 'ink';
import { findLesson, isLessonComplete, lessonsOfTrack, nextUnfinishedAfter } from '../../core/course/navigation.js';
import { lessonSteps, stepLabel, type LessonStep } from '../../core/course/steps.js';
import type { ScreenProps } from '../App.js';
import { ReaderView } from '../lesson/ReaderView.js';
import { CheckView } from '../lesson/CheckView.js';
import { SelectExerciseView } from '../lesson/SelectExerciseView.js';
import { OrderExerciseView } from '../lesson/OrderExerciseView.js';
import { CompleteView } from '../lesson/CompleteView.js';
import { useLessonLabs } from '../lab/use-lesson-labs.js';

export interface LessonScreenProps extends ScreenProps {
  lessonId: string;
  onOpenLesson: (lessonId: string) => void;
  onOpenScenario: (scenarioId: string) => void;
  onCapstone: (track: number) => void;
  onCourseList: () => void;
  onOpenLab?: (labId: string) => void;
  /** Open at the end screen: the learner comes back from something the end screen offered. */
  atEnd?: boolean;
}

/** One lesson visit: reading, each check, the exercise, then the end-of-lesson question. */
export function LessonScreen({ session, lessonId, width, height, refresh, onBack, onOpenLesson, onOpenScenario, onCapstone, onCourseList, onOpenLab, atEnd = false }: LessonScreenProps) {
  const labs = useLessonLabs(session.catalogue, lessonId);
  const lesson = findLesson(session.catalogue, lessonId);
  const [steps, setSteps] = useState<LessonStep[]>(() => (lesson ? lessonSteps(lesson, session.progress.lessons[lesson.id]) : []));
  const [index, setIndex] = useState(() => (atEnd ? Math.max(0, steps.length - 1) : 0));
  const [done, setDone] = useState(false);
  const position = useRef(session.progress.lessons[lessonId]?.position ?? 0);
  const initialPosition = useMemo(() => position.current, []);

  useEffect(() => {
    if (!lesson) return;
    void session.open(lesson).then(refresh);
    return () => {
      // Keep the reading position for next time, also when leaving by Ctrl-C.
      void session.savePosition(lesson, position.current);
    };
  }, [lesson, session, refresh]);

  const step = steps[index];
  const advance = useCallback(() => setIndex((i) => Math.min(i + 1, steps.length - 1)), [steps.length]);
  const onPosition = useCallback((p: number) => {
    position.current = p;
  }, []);

  useEffect(() => {
    if (lesson && step?.kind === 'complete') {
      void session.finish(lesson).then((d) => {
        setDone(d);
        refresh();
      });
    }
  }, [lesson, step, session, refresh]);

  if (!lesson) return <Text color="red">No lesson {lessonId}.</Text>;
  const following = steps[index + 1];
  const nextLabel = following ? (following.kind === 'complete' ? 'finish the lesson' : stepLabel(lesson, following)) : 'finish';
  const common = { lesson, width, height, nextLabel, onNext: advance, onBack };

  switch (step?.kind) {
    case 'read':
      return (
        <ReaderView
          session={session}
          lesson={lesson}
          width={width}
          height={height}
          initialPosition={initialPosition}
          nextLabel={nextLabel}
          onPosition={onPosition}
          onNext={advance}
          onBack={onBack}
        />
      );
    case 'check':
      return <CheckView key={step.index} {...common} checkIndex={step.index} answer={(chosen) => session.answerCheck(lesson, step.index, chosen).finally(refresh)} />;
    case 'exercise':
      return lesson.exercise?.kind === 'order' ? (
        <OrderExerciseView {...common} exercise={lesson.exercise} submit={(order) => session.submitOrder(lesson, order).finally(refresh)} />
      ) : lesson.exercise?.kind === 'select' ? (
        <SelectExerciseView {...common} exercise={lesson.exercise} submit={(selected) => session.submitSelect(lesson, selected).finally(refresh)} />
      ) : null;
    case 'complete':
    default: {
      const record = session.progress.lessons[lesson.id];
      const remaining = [
        ...lesson.checks.filter((c) => record?.checks[c.id]?.correct !== true).map((c) => `check ${lesson.checks.indexOf(c) + 1}`),
        ...(lesson.exercise && record?.exercise?.passed !== true ? ['the exercise'] : []),
      ];
      const next = nextUnfinishedAfter(session.catalogue, session.progress, lesson.id);
      return (
        <CompleteView
          lesson={lesson}
          done={done || isLessonComplete(lesson, record)}
          remaining={remaining}
          next={next}
          last={session.catalogue.lessons.at(-1)?.id === lesson.id}
          width={width}
          height={height}
          onNext={() => next && onOpenLesson(next.id)}
          onRedo={() => {
            const fresh = lessonSteps(lesson, session.progress.lessons[lesson.id]);
            setSteps(fresh.length > 2 ? fresh.slice(1) : lessonSteps(lesson, undefined));
            setIndex(0);
          }}
          onCourseList={onCourseList}
          scenario={lesson.scenarios.map((id) => session.catalogue.scenarios.find((s) => s.id === id)).find((s) => s !== undefined)}
          onScenario={onOpenScenario}
          capstone={lessonsOfTrack(session.catalogue, lesson.track).at(-1)?.id === lesson.id ? lesson.track : undefined}
          onCapstone={onCapstone}
          lab={labs.find((l) => !session.progress.labs[l.id]?.passed) ?? labs[0]}
          onLab={onOpenLab}
        />
      );
    }
  }
}
