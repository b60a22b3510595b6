import React, { useMemo, useRef, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import type { QuizItem } from '../../core/content/types.js';
import { areaLabel } from '../../core/content/areas.js';
import { optionOrder } from '../../core/course/grading.js';
import { quizResult, scoreBar, type QuizResult } from '../../core/quiz/result.js';
import { checkFeedback, LETTERS } from '../../app/feedback-text.js';
import { ENVIRONMENT_CHOICES } from '../../app/quiz-text.js';
import { wrapLines } from '../../core/text/wrap.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { StableSelect } from '../components/StableSelect.js';
import { FeedbackView } from '../lesson/FeedbackView.js';
import { paragraphLines } from '../paragraph-lines.js';
import type { ScreenProps } from '../App.js';
import { latestPlanEnvironment } from '../../io/plan-files.js';

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
  const [phase, setPhase] = useState<Phase>(() => {
    if (session.progress.quiz.environment) return { kind: 'feedback-mode' };
    // Asked once, or taken from the learner's latest plan.
    const fromPlan = latestPlanEnvironment();
    if (fromPlan) {
      void session.setEnvironment(fromPlan);
      return { kind: 'feedback-mode' };
    }
    return { kind: 'environment' };
  });
  const [eachFeedback, setEachFeedback] = useState(true);
  const [cursor, setCursor] = useState(0);
  const attempt = useRef<string | undefined>(undefined);
  const body = bodyHeight(height, width);
  const item = phase.kind === 'answer' || phase.kind === 'confidence' || phase.kind === 'item-feedback' ? items[phase.index] : undefined;
  const order = useMemo(() => (item ? optionOrder({ id: item.id, question: item.stem, options: item.options }, 'quiz') : []), [item]);

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
      if (phase.kind === 'result') {
        const recs = phase.result.recommendations;
        if (key.downArrow || input === 'j') setCursor((c) => Math.min(recs.length - 1, c + 1));
        else if (key.upArrow || input === 'k') setCursor((c) => Math.max(0, c - 1));
        else if (key.return && recs[cursor]) onOpenLesson(recs[cursor].lesson);
        else if (input === 'q' || key.escape) onBack();
        return;
      }
      if (input === 'q' || key.escape) onBack();
    },
    { isActive: phase.kind !== 'item-feedback' },
  );

  const title = 'Skill self-assessment';
  if (!items.length) {
    return (
      <Frame title={title} keys="q back" width={width} height={height}>
        <Text>{mode === 'review' ? 'Nothing is due for review. Come back later.' : 'No quiz items match.'}</Text>
      </Frame>
    );
  }
  switch (phase.kind) {
    case 'environment':
      return (
        <Frame title={title} status="Your environment" keys="↑↓ move · Enter choose · q back" width={width} height={height}>
          <Text>Where do you run MCP servers? It sets the level to aim for in every area.</Text>
          <StableSelect options={ENVIRONMENT_CHOICES} onSelect={(value) => void session.setEnvironment(value).then(() => setPhase({ kind: 'feedback-mode' }))} />
        </Frame>
      );
    case 'feedback-mode':
      return (
        <Frame title={title} status={`${items.length} items${mode === 'full' ? ' · about 15 min' : ''}`} keys="↑↓ move · Enter choose · q back (answers given are kept)" width={width} height={height}>
          <Text>{`${items.length} ${mode === 'review' ? 'items due for review' : 'items'}. Say how sure you are with each answer: a sure answer that is wrong marks a misconception.`}</Text>
          <StableSelect
            options={[
              { label: 'Feedback after each item', value: 'each' },
              { label: 'Feedback at the end', value: 'end' },
            ]}
            onSelect={(value) => {
              setEachFeedback(value === 'each');
              void session.startQuiz(mode, items.length).then((id) => {
                attempt.current = id;
                setPhase({ kind: 'answer', index: 0 });
              });
            }}
          />
        </Frame>
      );
    case 'answer':
    case 'confidence': {
      if (!item) return null;
      const stem = wrapLines(item.stem, width);
      const status = `Item ${phase.index + 1} of ${items.length} · ${areaLabel(item.area)} · level ${item.level}`;
      return (
        <Frame title={title} status={status} keys={phase.kind === 'answer' ? '↑↓ move · Enter answer · q stop (answers kept)' : '↑↓ move · Enter choose · q stop'} width={width} height={height}>
          <Box flexDirection="column" marginBottom={1}>
            {stem.map((line, i) => (
              <Text key={i}>{line}</Text>
            ))}
          </Box>
          {phase.kind === 'answer' ? (
            <StableSelect
              key={`a${phase.index}`}
              options={order.map((i, p) => ({ label: `${LETTERS[p]}. ${item.options[i]?.text ?? ''}`, value: String(i) }))}
              visibleOptionCount={Math.max(2, Math.min(order.length, body - stem.length - 1))}
              onSelect={(value) => setPhase({ kind: 'confidence', index: phase.index, chosen: Number(value) })}
            />
          ) : (
            <>
              <Text dimColor>{`Your answer: ${LETTERS[order.indexOf(phase.chosen)]}. How sure are you?`}</Text>
              <StableSelect
                key={`c${phase.index}`}
                options={[
                  { label: 'Sure', value: 'sure' },
                  { label: 'Not sure', value: 'unsure' },
                ]}
                onSelect={(value) => {
                  const { index, chosen } = phase;
                  void session.answerQuiz(attempt.current ?? '', item, chosen, value === 'sure').then((correct) => {
                    refresh();
                    if (eachFeedback) setPhase({ kind: 'item-feedback', index, chosen, correct });
                    else next(index);
                  });
                }}
              />
            </>
          )}
        </Frame>
      );
    }
    case 'item-feedback': {
      if (!item) return null;
      const lines = [
        ...wrapLines(item.stem, width),
        '',
        ...paragraphLines(checkFeedback({ id: item.id, question: item.stem, options: item.options }, { correct: phase.correct, chosen: phase.chosen, correctIndex: item.options.findIndex((o) => o.correct) }, true, order), width),
        '',
        ...wrapLines(`Learn more: ${item.lessons.map((l) => `mcp-operator learn ${l}`).join(', ')}`, width),
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
        />
      );
    }
    case 'result': {
      const r = phase.result;
      const barWidth = Math.max(6, Math.min(16, width - 46));
      const rows: { text: string; inverse?: boolean; bold?: boolean }[] = [];
      rows.push({ text: `${r.correct} of ${r.asked} right · target level ${r.target} for ${r.environment ?? 'your environment'}`, bold: true });
      for (const a of r.areas) {
        const before = a.before === null ? '' : ` (was ${a.before.toFixed(1)})`;
        rows.push({ text: `${areaLabel(a.area).slice(0, 24).padEnd(24)} ${scoreBar(a.score, barWidth)} ${a.score.toFixed(1)}${a.score < r.target ? '!' : ' '}${before}` });
      }
      if (r.misconceptions.length) {
        rows.push({ text: '' });
        rows.push({ text: `Misconceptions (sure, and wrong): ${r.misconceptions.length}`, bold: true });
        for (const m of r.misconceptions) for (const l of wrapLines(`- ${areaLabel(m.area)}: you said "${m.chosen}"; right: "${m.right}"`, width, '', 2)) rows.push({ text: l });
      }
      rows.push({ text: '' });
      rows.push({ text: r.recommendations.length ? 'Study next (Enter opens the lesson):' : 'No gaps below your target level.', bold: true });
      r.recommendations.forEach((rec, i) => rows.push({ text: `${i === cursor ? '›' : ' '} ${rec.title}${rec.findings ? ` · ${rec.findings} finding(s) in your plans` : ''}`, inverse: i === cursor }));
      if (r.reviewsDue) rows.push({ text: `${r.reviewsDue} item(s) due for review: mcp-operator quiz --review` });
      const top = Math.max(0, rows.length - body);
      return (
        <Frame title={`${title}: results`} status={r.mode} keys="↑↓ choose a lesson · Enter open it · q back" width={width} height={height}>
          <Box flexDirection="column" height={body}>
            {rows.slice(top, top + body).map((row, i) => (
              <Text key={i} inverse={row.inverse} bold={row.bold} wrap="truncate-end">
                {row.text || ' '}
              </Text>
            ))}
          </Box>
        </Frame>
      );
    }
  }
}
