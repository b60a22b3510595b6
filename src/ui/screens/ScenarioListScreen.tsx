import React, { useState } from 'react';
import { Box, Text, useInput } from 'ink';
import { bestRun, scenarioStatus, type ScenarioStatus } from '../../core/scenario/play.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import type { ScreenProps } from '../App.js';

const MARK: Record<ScenarioStatus, string> = { 'not-played': '○', 'in-progress': '◐', played: '●' };

export interface ScenarioListProps extends ScreenProps {
  focus?: string;
  onOpen: (scenarioId: string) => void;
}

/** Every scenario with its family and your best result; Enter plays one. */
export function ScenarioListScreen({ session, width, height, focus, onOpen, onBack }: ScenarioListProps) {
  const { scenarios } = session.catalogue;
  const [cursor, setCursor] = useState(() => Math.max(0, scenarios.findIndex((s) => s.id === focus)));
  useInput((input, key) => {
    if (key.downArrow || input === 'j') setCursor((c) => Math.min(scenarios.length - 1, c + 1));
    else if (key.upArrow || input === 'k') setCursor((c) => Math.max(0, c - 1));
    else if (key.return && scenarios[cursor]) onOpen(scenarios[cursor].id);
    else if (input === 'q' || key.escape) onBack();
  });
  const body = bodyHeight(height, width) - 2;
  const top = Math.max(0, Math.min(cursor - Math.floor(body / 2), scenarios.length - body));
  const selected = scenarios[cursor];
  return (
    <Frame title="Scenarios" status={`${scenarios.filter((s) => scenarioStatus(session.progress, s.id) === 'played').length}/${scenarios.length} played`} keys="↑↓ move · Enter play · q back" width={width} height={height}>
      <Box flexDirection="column" height={body}>
        {scenarios.slice(top, top + body).map((s, i) => {
          const at = top + i;
          const best = bestRun(session.progress, s.id);
          const family = s.family === 'incident' ? 'incident' : s.family;
          const score = best ? ` · best ${best.matched}/${best.decisions}` : '';
          return (
            <Text key={s.id} inverse={at === cursor} wrap="truncate-end">
              {`${at === cursor ? '›' : ' '} ${MARK[scenarioStatus(session.progress, s.id)]} ${s.title} (${family}, ${s.minutes} min${score})`}
            </Text>
          );
        })}
      </Box>
      <Text dimColor wrap="truncate-end">
        {selected?.summary ?? ''}
      </Text>
    </Frame>
  );
}
