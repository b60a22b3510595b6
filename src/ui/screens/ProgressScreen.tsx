import React from 'react';
import { useInput } from 'ink';
import { Frame, bodyHeight } from '../components/Frame.js';
import { Lines, scrollStatus, useScroll } from '../components/ScrollView.js';
import { progressLines } from '../../app/progress-text.js';
import type { ScreenProps } from '../App.js';

export function ProgressScreen({ session, width, height, onBack }: ScreenProps) {
  const lines = progressLines(session, width);
  const body = bodyHeight(height, width);
  const { offset } = useScroll(lines.length, body);
  useInput((input, key) => {
    if (input === 'q' || key.escape || key.return) onBack();
  });
  return (
    <Frame title="Progress" status={scrollStatus(offset, body, lines.length)} keys="↑↓ scroll · q back" width={width} height={height}>
      <Lines lines={lines} offset={offset} height={body} />
    </Frame>
  );
}
