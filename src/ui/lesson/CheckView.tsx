import React, { useMemo, useState } from 'react';
import { Text, useInput } from 'ink';
import type { Lesson } from '../../core/content/types.js';
import { optionOrder, type CheckResult } from '../../core/course/grading.js';
import { checkFeedback, LETTERS } from '../../app/feedback-text.js';
import chalk from 'chalk';
import { ChoiceList } from '../components/ChoiceList.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { Lines, scrollStatus, useScroll } from '../components/ScrollView.js';
import { paragraphLines } from '../paragraph-lines.js';
import { inline, inlineLines } from '../inline.js';

export interface CheckViewProps {
  lesson: Lesson;
  checkIndex: number;
  width: number;
  height: number;
  nextLabel: string;
  answer: (chosen: number) => Promise<CheckResult>;
  onNext: () => void;
  onBack: () => void;
}

/** One knowledge check: answer, immediate feedback, hint on request, retry after a wrong answer. */
export function CheckView({ lesson, checkIndex, width, height, nextLabel, answer, onNext, onBack }: CheckViewProps) {
  const check = lesson.checks[checkIndex];
  const [result, setResult] = useState<CheckResult | undefined>();
  const [revealed, setRevealed] = useState(false);
  const [showHint, setShowHint] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const order = useMemo(() => (check ? optionOrder(check, lesson.id) : []), [check, lesson.id]);
  const body = bodyHeight(height, width);
  const title = `Checking: ${lesson.title}`;
  const status = `Check ${checkIndex + 1} of ${lesson.checks.length}`;

  const feedback = result && check ? paragraphLines(checkFeedback(check, result, revealed, order), width) : [];
  const question = check ? inlineLines(check.question, width) : [];
  const hint = check?.hint ? inlineLines(`Hint: ${check.hint}`, width).map((line) => chalk.cyan(line)) : [];
  const lines = [...question, '', ...feedback, ...(showHint && result && !result.correct ? ['', ...hint] : [])];
  const { offset } = useScroll(lines.length, body, { isActive: Boolean(result) });

  useInput((input, key) => {
    if (input === 'q' || key.escape) return onBack();
    if (input === 'h' && check?.hint) return setShowHint((s) => !s);
    if (!result || busy) return;
    if (key.return) onNext();
    else if (input === 'r' && !result.correct) {
      setResult(undefined);
      setRevealed(false);
      setAttempt((a) => a + 1);
    } else if (input === 'a' && !result.correct) setRevealed(true);
  });

  if (!check) return <Text color="red">This lesson has no check {checkIndex + 1}.</Text>;

  if (!result) {
    const options = order.map((index, position) => ({ label: `${LETTERS[position]}. ${inline(check.options[index]?.text ?? '')}`, value: String(index) }));
    const notes = [
      ...(busy ? [chalk.dim('Saving your answer…')] : []),
      ...(error ? inlineLines(`Could not save your answer: ${error}`, width).map((line) => chalk.red(line)) : []),
      ...(showHint ? hint : []),
    ];
    return (
      <Frame title={title} status={status} keys={`↑↓ move · Enter answer${check.hint ? ' · h hint' : ''} · q back`} width={width} height={height}>
        <ChoiceList
          key={attempt}
          choices={options}
          width={width}
          height={body}
          lead={[...question, '', ...notes, ...(notes.length ? [''] : [])]}
          isActive={!busy}
          onSelect={(value) => {
            setBusy(true);
            answer(Number(value)).then(
              (r) => {
                setResult(r);
                setBusy(false);
              },
              (e: unknown) => {
                setError(e instanceof Error ? e.message : String(e));
                setBusy(false);
                setAttempt((a) => a + 1);
              },
            );
          }}
        />
      </Frame>
    );
  }

  const keys = result.correct
    ? `Enter: ${nextLabel} · ↑↓ scroll · q back`
    : `r retry · ${revealed ? '' : 'a show answer · '}${check.hint ? 'h hint · ' : ''}Enter: ${nextLabel} · q back`;
  return (
    <Frame title={title} status={[status, scrollStatus(offset, body, lines.length)].filter(Boolean).join(' · ')} keys={keys} width={width} height={height}>
      <Lines lines={lines} offset={offset} height={body} />
    </Frame>
  );
}
