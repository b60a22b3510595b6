import React, { useRef, useState } from 'react';
import { useInput } from 'ink';
import type { Lesson } from '../../core/content/types.js';
import type { SelectExercise } from '../../core/content/schema.js';
import type { SelectResult } from '../../core/course/grading.js';
import { selectFeedback } from '../../app/feedback-text.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { paragraphLines } from '../paragraph-lines.js';
import { inline, inlineLines } from '../inline.js';
import { ChoiceList } from '../components/ChoiceList.js';
import { MarkdownPage } from '../components/MarkdownPage.js';
import { FeedbackView } from './FeedbackView.js';
import { exerciseMarkdown } from '../../app/exercise-brief.js';

export interface SelectExerciseProps {
  lesson: Lesson;
  exercise: SelectExercise;
  width: number;
  height: number;
  nextLabel: string;
  submit: (selected: string[]) => Promise<SelectResult>;
  onNext: () => void;
  onBack: () => void;
}

/** Study the config, mark every item that matches the prompt, see each item explained. */
export function SelectExerciseView({ lesson, exercise, width, height, nextLabel, submit, onNext, onBack }: SelectExerciseProps) {
  const [phase, setPhase] = useState<'brief' | 'mark' | 'result'>('brief');
  const [result, setResult] = useState<SelectResult | undefined>();
  const [attempt, setAttempt] = useState(0);
  // One submission per attempt, even when Enter comes twice before the result is drawn.
  const submitted = useRef(-1);
  const title = `Exercise: ${lesson.title}`;
  const body = bodyHeight(height, width);

  useInput(
    (input, key) => {
      if (key.escape) setPhase('brief');
    },
    { isActive: phase === 'mark' },
  );

  if (phase === 'brief') {
    return <MarkdownPage title={title} markdown={exerciseMarkdown(exercise)} width={width} height={height} startLabel="mark your answer" onStart={() => setPhase('mark')} onBack={onBack} />;
  }
  if (phase === 'result' && result) {
    return (
      <FeedbackView
        title={title}
        status={exercise.title}
        lines={paragraphLines(selectFeedback(exercise, result), width)}
        width={width}
        height={height}
        passed={result.passed}
        nextLabel={nextLabel}
        onNext={onNext}
        onRetry={() => {
          setAttempt((a) => a + 1);
          setPhase('brief');
        }}
        onBack={onBack}
      />
    );
  }
  const prompt = inlineLines(exercise.prompt, width);
  return (
    <Frame title={title} status={exercise.title} keys="↑↓ move · Space mark/unmark · Enter submit · Esc back to the brief" width={width} height={height}>
      <ChoiceList
        key={attempt}
        choices={exercise.items.map((item) => ({ label: inline(item.text), value: item.id }))}
        width={width}
        height={body}
        lead={[...prompt, '']}
        multi={{
          onSubmit: (selected) => {
            if (submitted.current === attempt) return;
            submitted.current = attempt;
            void submit(selected).then((r) => {
              setResult(r);
              setPhase('result');
            });
          },
        }}
      />
    </Frame>
  );
}
