import React, { useMemo, useRef, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import chalk from 'chalk';
import type { QuizItem } from '../../core/content/types.js';
import { areaLabel } from '../../core/content/areas.js';
import { optionOrder } from '../../core/course/grading.js';
import { quizResult, type QuizResult } from '../../core/quiz/result.js';
import { plural } from '../../core/text/plural.js';
import { checkFeedback, LETTERS } from '../../app/feedback-text.js';
import { ENVIRONMENT_CHOICES, quizResultLines, targetFor, targetLine } from '../../app/quiz-text.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { ChoiceList } from '../components/ChoiceList.js';
import { scrollStatus } from '../components/ScrollView.js';
import { FeedbackView } from '../lesson/FeedbackView.js';
import { paragraphLines } from '../paragraph-lines.js';
import { inline, inlineLines } from '../inline.js';
import type { ScreenProps } from '../App.js';
import { latestPlanEnvironment } from '../../io/plan-files.js';


/** What kind of attempt the result is of, in words (the mode's id meant nothing to a learner). */
const MODE_LABEL: Record<'full' | 'focused' | 'review', string> = { full: 'full assessment', focused: 'short assessment', review: 'review of due items' };
export interface QuizScreenProps extends ScreenProps {
  mode: 'full' | 'focused' | 'review';
  items: QuizItem[];
  findingLessons: string[];
  onOpenLesson: (lessonId: string) => void;
}

type Phase =
  | { kind: 'environment' }
  | { kind: 'feedback-mode' }
  | { kind: 'answer'; index: number }
  | { kind: 'confidence'; index: number; chosen: number }
  | { kind: 'item-feedback'; index: number; chosen: number; correct: boolean }
  | { kind: 'result'; result: QuizResult };

/** The self-assessment: answer, say how sure you are, feedback now or at the end, then scores and what to study. */
export function QuizScreen({ session, mode, items, findingLessons, width, height, onBack, refresh, onOpenLesson }: QuizScreenProps) {
  // The environment is asked once, or taken from the learner's latest plan (and then said so).
  const [planEnvironment, setPlanEnvironment] = useState(() => {
    if (session.progress.quiz.environment) return undefined;
    const environment = latestPlanEnvironment();
    if (environment) void session.setEnvironment(environment).then(refresh);
    return environment;
  });
  const fromPlan = planEnvironment !== undefined;
  const [phase, setPhase] = useState<Phase>(() => (session.progress.quiz.environment || planEnvironment ? { kind: 'feedback-mode' } : { kind: 'environment' }));
  const [eachFeedback, setEachFeedback] = useState(true);
  const attempt = useRef<string | undefined>(undefined);
  const busy = useRef(false);
  const body = bodyHeight(height, width);
  const item = phase.kind === 'answer' || phase.kind === 'confidence' || phase.kind === 'item-feedback' ? items[phase.index] : undefined;
  // Options are shuffled per attempt, so an item that comes back for review is not answered by position.
  const order = useMemo(() => (item ? optionOrder({ id: item.id, question: item.stem, options: item.options }, `quiz/${attempt.current ?? ''}`) : []), [item]);

  const finish = async () => {
    if (!attempt.current) return;
    await session.finishQuiz(attempt.current);
    refresh();
    const a = session.progress.quiz.attempts.find((x) => x.startedAt === attempt.current);
    if (a) setPhase({ kind: 'result', result: quizResult(session.catalogue, session.progress, a, findingLessons, new Date()) });
  };
  const next = (index: number) => (index + 1 < items.length ? setPhase({ kind: 'answer', index: index + 1 }) : void finish());

  useInput(
    (input, key) => {
      if (input === 'q' || key.escape) onBack();
    },
    { isActive: phase.kind !== 'item-feedback' && phase.kind !== 'result' },
  );

  const title = 'Skill self-assessment';
  if (!items.length) {
    return (
      <Frame title={title} keys="q back" width={width} height={height}>
        <Text>{mode === 'review' ? 'Nothing is due for review. Come back later.' : 'No quiz items match.'}</Text>
      </Frame>
    );
  }
  const environment = session.progress.quiz.environment ?? planEnvironment ?? null;
  switch (phase.kind) {
    case 'environment':
      return (
        <Frame title={title} status="Your environment" keys="↑↓ move · Enter choose · q back" width={width} height={height}>
          <ChoiceList
            key="environment"
            choices={ENVIRONMENT_CHOICES}
            width={width}
            height={body}
            initial={Math.max(0, ENVIRONMENT_CHOICES.findIndex((c) => c.value === environment))}
            lead={[...inlineLines('Where do you run MCP servers? It sets the level to aim for in every area.', width), '']}
            onSelect={(value) =>
              void session.setEnvironment(value).then(() => {
                setPlanEnvironment(undefined);
                setPhase({ kind: 'feedback-mode' });
              })
            }
          />
        </Frame>
      );
    case 'feedback-mode': {
      const intro = [
        ...inlineLines(`${plural(items.length, 'item')}${mode === 'review' ? ' due for review' : ''}. Say how sure you are with each answer: a sure answer that is wrong marks a misconception.`, width),
        ...inlineLines(targetLine(environment, targetFor(environment), fromPlan), width).map((l) => chalk.dim(l)),
        '',
      ];
      return (
        <Frame title={title} status={`${plural(items.length, 'item')}${mode === 'full' ? ' · about 15 min' : ''}`} keys="↑↓ move · Enter choose · q back (answers given are kept)" width={width} height={height}>
          <ChoiceList
            key="feedback-mode"
            choices={[
              { label: 'Feedback after each item', value: 'each' },
              { label: 'Feedback at the end', value: 'end' },
              { label: 'Change where I run MCP servers (the target level)', value: 'environment' },
            ]}
            width={width}
            height={body}
            lead={intro}
            onSelect={(value) => {
              if (value === 'environment') return setPhase({ kind: 'environment' });
              if (busy.current) return;
              busy.current = true;
              setEachFeedback(value === 'each');
              void session.startQuiz(mode, items.length).then((id) => {
                attempt.current = id;
                busy.current = false;
                setPhase({ kind: 'answer', index: 0 });
              });
            }}
          />
        </Frame>
      );
    }
    case 'answer':
    case 'confidence': {
      if (!item) return null;
      const stem = inlineLines(item.stem, width);
      const status = `Item ${phase.index + 1} of ${items.length} · ${areaLabel(item.area)} · level ${item.level}`;
      return (
        <Frame title={title} status={status} keys={phase.kind === 'answer' ? '↑↓ move · Enter answer · q stop (answers kept)' : '↑↓ move · Enter choose · q stop (answers kept)'} width={width} height={height}>
          {phase.kind === 'answer' ? (
            <ChoiceList
              key={`a${phase.index}`}
              choices={order.map((i, p) => ({ label: `${LETTERS[p]}. ${inline(item.options[i]?.text ?? '')}`, value: String(i) }))}
              width={width}
              height={body}
              lead={[...stem, '']}
              onSelect={(value) => setPhase({ kind: 'confidence', index: phase.index, chosen: Number(value) })}
            />
          ) : (
            <ChoiceList
              key={`c${phase.index}`}
              choices={[
                { label: 'Sure', value: 'sure' },
                { label: 'Not sure', value: 'unsure' },
              ]}
              width={width}
              height={body}
              lead={[...stem, '', ...inlineLines(`Your answer: ${LETTERS[order.indexOf(phase.chosen)]}. ${inline(item.options[phase.chosen]?.text ?? '')}`, width, '', 3).map((l) => chalk.dim(l)), chalk.bold('How sure are you?')]}
              onSelect={(value) => {
                if (busy.current) return;
                busy.current = true;
                const { index, chosen } = phase;
                void session.answerQuiz(attempt.current ?? '', item, chosen, value === 'sure').then((correct) => {
                  busy.current = false;
                  refresh();
                  if (eachFeedback) setPhase({ kind: 'item-feedback', index, chosen, correct });
                  else next(index);
                });
              }}
            />
          )}
        </Frame>
      );
    }
    case 'item-feedback': {
      if (!item) return null;
      const lines = [
        ...inlineLines(item.stem, width),
        '',
        ...paragraphLines(checkFeedback({ id: item.id, question: item.stem, options: item.options }, { correct: phase.correct, chosen: phase.chosen, correctIndex: item.options.findIndex((o) => o.correct) }, true, order), width),
        '',
        ...inlineLines(`Learn more: ${item.lessons.map((l) => `mcp-operator learn ${l}`).join(', ')}`, width),
      ];
      return (
        <FeedbackView
          title={title}
          status={`Item ${phase.index + 1} of ${items.length}`}
          lines={lines}
          width={width}
          height={height}
          passed
          nextLabel={phase.index + 1 < items.length ? 'next item' : 'results'}
          onNext={() => next(phase.index)}
          onRetry={() => undefined}
          onBack={onBack}
          backLabel="q stop (answers kept)"
        />
      );
    }
    case 'result':
      return <QuizResultView result={phase.result} fromPlan={fromPlan} width={width} height={height} onBack={onBack} onOpenLesson={onOpenLesson} />;
  }
}

const TONE = { heading: { bold: true }, plain: {}, dim: { dimColor: true } } as const;

/** The result, scrollable: ↑↓ pick a lesson to study (the page follows), PgUp/PgDn scroll, Enter opens it. */
function QuizResultView({ result, fromPlan, width, height, onBack, onOpenLesson }: { result: QuizResult; fromPlan: boolean; width: number; height: number; onBack: () => void; onOpenLesson: (lessonId: string) => void }) {
  const body = bodyHeight(height, width);
  const lines = quizResultLines(result, width - 2, { inline, fromPlan, openHint: '(Enter opens the lesson)' });
  const recLines = lines.map((l, i) => (l.rec === undefined ? -1 : i)).filter((i) => i >= 0);
  const [cursor, setCursor] = useState(0);
  const [top, setTop] = useState(0);
  const limit = Math.max(0, lines.length - body);
  const move = (c: number) => {
    const next = Math.max(0, Math.min(recLines.length - 1, c));
    setCursor(next);
    const row = recLines[next];
    if (row !== undefined) setTop((t) => Math.max(0, Math.min(limit, row < t ? row : row >= t + body ? row - body + 1 : t)));
  };
  useInput((input, key) => {
    const page = Math.max(1, body - 1);
    if (key.downArrow || input === 'j') move(cursor + 1);
    else if (key.upArrow || input === 'k') move(cursor - 1);
    else if (key.pageDown || input === ' ') setTop((t) => Math.min(limit, t + page));
    else if (key.pageUp || input === 'b') setTop((t) => Math.max(0, t - page));
    else if (input === 'g' || key.home) setTop(0);
    else if (input === 'G' || key.end) setTop(limit);
    else if (key.return && result.recommendations[cursor]) onOpenLesson(result.recommendations[cursor].lesson);
    else if (input === 'q' || key.escape) onBack();
  });
  const shown = lines.slice(top, top + body);
  const keys = result.recommendations.length ? '↑↓ pick a lesson · Enter open it · PgUp/PgDn scroll · q back' : 'PgUp/PgDn scroll · q back';
  return (
    <Frame title="Skill self-assessment: results" status={[MODE_LABEL[result.mode], scrollStatus(top, body, lines.length)].filter(Boolean).join(' · ')} keys={keys} width={width} height={height}>
      <Box flexDirection="column" height={body} overflow="hidden">
        {shown.map((line, i) => {
          const selected = line.rec !== undefined && line.rec === cursor;
          return (
            <Text key={top + i} wrap="truncate-end" {...TONE[line.tone]} color={selected ? 'cyan' : undefined}>
              {line.rec === undefined ? line.text || ' ' : `${selected ? '›' : ' '} ${line.text}`}
            </Text>
          );
        })}
      </Box>
    </Frame>
  );
}
