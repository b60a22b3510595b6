import React, { useMemo, useState } from 'react';
import { useInput } from 'ink';
import chalk from 'chalk';
import type { Lesson } from '../../core/content/types.js';
import type { OrderExercise } from '../../core/content/schema.js';
import { displayOrder, type OrderResult } from '../../core/course/grading.js';
import { orderFeedback } from '../../app/feedback-text.js';
import { ChoiceList } from '../components/ChoiceList.js';
import { inline, inlineLines } from '../inline.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { paragraphLines } from '../paragraph-lines.js';
import { MarkdownPage } from '../components/MarkdownPage.js';
import { FeedbackView } from './FeedbackView.js';
import { exerciseMarkdown } from '../../app/exercise-brief.js';

export interface OrderExerciseProps {
  lesson: Lesson;
  exercise: OrderExercise;
  width: number;
  height: number;
  nextLabel: string;
  submit: (order: string[]) => Promise<OrderResult>;
  onNext: () => void;
  onBack: () => void;
}

/** Put steps in order by choosing, again and again, the step that comes next. u undoes the last. */
export function OrderExerciseView({ lesson, exercise, width, height, nextLabel, submit, onNext, onBack }: OrderExerciseProps) {
  const shown = useMemo(() => displayOrder(exercise.items, lesson.id), [exercise, lesson.id]);
  const [phase, setPhase] = useState<'brief' | 'place' | 'result'>('brief');
  const [placed, setPlaced] = useState<string[]>([]);
  const [result, setResult] = useState<OrderResult | undefined>();
  const title = `Exercise: ${lesson.title}`;
  const body = bodyHeight(height, width);

  useInput(
    (input, key) => {
      if ((input === 'u' || key.backspace || key.delete) && placed.length) setPlaced((p) => p.slice(0, -1));
      else if (key.escape) setPhase('brief');
    },
    { isActive: phase === 'place' },
  );

  if (phase === 'brief') {
    return (
      <MarkdownPage
        title={title}
        markdown={exerciseMarkdown(exercise, shown)}
        width={width}
        height={height}
        startLabel="put them in order"
        onStart={() => {
          setPlaced([]);
          setPhase('place');
        }}
        onBack={onBack}
      />
    );
  }
  if (phase === 'result' && result) {
    return (
      <FeedbackView
        title={title}
        status={exercise.title}
        lines={paragraphLines(orderFeedback(exercise, placed, result), width)}
        width={width}
        height={height}
        passed={result.passed}
        nextLabel={nextLabel}
        onNext={onNext}
        onRetry={() => setPhase('brief')}
        onBack={onBack}
      />
    );
  }
  const remaining = shown.filter((item) => !placed.includes(item.id));
  const placedLines = placed.flatMap((id, i) => inlineLines(`${i + 1}. ${exercise.items.find((x) => x.id === id)?.text ?? id}`, width, '', String(i + 1).length + 2).map((line) => chalk.dim(line)));
  return (
    <Frame title={title} status={`step ${placed.length + 1} of ${exercise.items.length}`} keys="↑↓ move · Enter place next · u undo · Esc back to the brief" width={width} height={height}>
      <ChoiceList
        key={placed.length}
        choices={remaining.map((item) => ({ label: inline(item.text), value: item.id }))}
        width={width}
        height={body}
        lead={[...placedLines, chalk.bold('Which comes next?')]}
        onSelect={(id) => {
          if (placed.includes(id) || placed.length >= exercise.items.length) return;
          const next = [...placed, id];
          setPlaced(next);
          if (next.length === exercise.items.length) {
            void submit(next).then((r) => {
              setResult(r);
              setPhase('result');
            });
          }
        }}
      />
    </Frame>
  );
}
