import React, { useMemo, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import type { Lesson } from '../../core/content/types.js';
import { optionOrder, type CheckResult } from '../../core/course/grading.js';
import { checkFeedback, LETTERS } from '../../app/feedback-text.js';
import { StableSelect } from '../components/StableSelect.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { Lines, scrollStatus, useScroll } from '../components/ScrollView.js';
import { paragraphLines } from '../paragraph-lines.js';
import { wrapLines } from '../../core/text/wrap.js';

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
  const question = check ? wrapLines(check.question, width) : [];
  const lines = [...question, '', ...feedback, ...(showHint && check?.hint && result && !result.correct ? ['', ...wrapLines(`Hint: ${check.hint}`, width)] : [])];
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
    const hintLines = showHint && check.hint ? wrapLines(`Hint: ${check.hint}`, width) : [];
    const options = order.map((index, position) => ({ label: `${LETTERS[position]}. ${check.options[index]?.text ?? ''}`, value: String(index) }));
    return (
      <Frame title={title} status={status} keys={`↑↓ move · Enter answer${check.hint ? ' · h hint' : ''} · q back`} width={width} height={height}>
        <Box flexDirection="column" marginBottom={1}>
          {question.map((line, i) => (
            <Text key={i}>{line}</Text>
          ))}
        </Box>
        {busy ? <Text dimColor>Saving your answer…</Text> : null}
        {error ? <Text color="red">{`Could not save your answer: ${error}`}</Text> : null}
        {hintLines.map((line, i) => (
          <Text key={`h${i}`} color="cyan">
            {line}
          </Text>
        ))}
        <StableSelect
          key={attempt}
          options={options}
          visibleOptionCount={Math.max(2, Math.min(options.length, body - question.length - hintLines.length - 1))}
          isDisabled={busy}
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
