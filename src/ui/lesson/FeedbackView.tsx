import React from 'react';
import { useInput } from 'ink';
import { Frame, bodyHeight } from '../components/Frame.js';
import { Lines, scrollStatus, useScroll } from '../components/ScrollView.js';

export interface FeedbackProps {
  title: string;
  status: string;
  lines: string[];
  width: number;
  height: number;
  passed: boolean;
  nextLabel: string;
  onNext: () => void;
  onRetry: () => void;
  onBack: () => void;
  /** What q does here, for the key line ("q back" by default; the quiz says "q stop (answers kept)"). */
  backLabel?: string;
}

/** Graded result of an exercise, scrollable; retry when it did not pass. */
export function FeedbackView({ title, status, lines, width, height, passed, nextLabel, onNext, onRetry, onBack, backLabel = 'q back' }: FeedbackProps) {
  const body = bodyHeight(height, width);
  const { offset } = useScroll(lines.length, body);
  useInput((input, key) => {
    if (key.return) onNext();
    else if (input === 'r' && !passed) onRetry();
    else if (input === 'q' || key.escape) onBack();
  });
  const keys = passed ? `↑↓ scroll · Enter: ${nextLabel} · ${backLabel}` : `↑↓ scroll · r retry · Enter: ${nextLabel} · ${backLabel}`;
  return (
    <Frame title={title} status={[status, scrollStatus(offset, body, lines.length)].filter(Boolean).join(' · ')} keys={keys} width={width} height={height}>
      <Lines lines={lines} offset={offset} height={body} />
    </Frame>
  );
}
