import React, { useState } from 'react';
import { Box, Text, useInput } from 'ink';
import { MultiSelect } from '@inkjs/ui';
import type { Lesson } from '../../core/content/types.js';
import type { SelectExercise } from '../../core/content/schema.js';
import type { SelectResult } from '../../core/course/grading.js';
import { selectFeedback } from '../../app/feedback-text.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { paragraphLines } from '../paragraph-lines.js';
import { wrapLines } from '../../core/text/wrap.js';
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
  const prompt = wrapLines(exercise.prompt, width);
  return (
    <Frame title={title} status={exercise.title} keys="↑↓ move · Space mark/unmark · Enter submit · Esc back to the brief" width={width} height={height}>
      <Box flexDirection="column" marginBottom={1}>
        {prompt.map((line, i) => (
          <Text key={i}>{line}</Text>
        ))}
      </Box>
      <MultiSelect
        key={attempt}
        options={exercise.items.map((item) => ({ label: item.text, value: item.id }))}
        visibleOptionCount={Math.max(2, Math.min(exercise.items.length, body - prompt.length - 1))}
        onSubmit={(selected) => {
          void submit(selected).then((r) => {
            setResult(r);
            setPhase('result');
          });
        }}
      />
    </Frame>
  );
}
