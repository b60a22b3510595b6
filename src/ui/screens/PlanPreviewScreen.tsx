import React, { useState } from 'react';
import { Box, Text, useInput } from 'ink';
import type { Plan } from '../../core/plan/model.js';
import { planMarkdown } from '../../core/plan/markdown.js';
import { wrapLines } from '../../core/text/wrap.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { MarkdownPage } from '../components/MarkdownPage.js';

export interface PlanPreviewProps {
  plan: Plan;
  written: string;
  width: number;
  height: number;
  onQuit: () => void;
}

const DECISION = { go: 'Go', 'go-with-conditions': 'Go with conditions', 'no-go': 'No-go' } as const;

/** The plan at a glance: rating, decision, findings that expand to their triggers and what-if; v shows the whole plan. */
export function PlanPreviewScreen({ plan, written, width, height, onQuit }: PlanPreviewProps) {
  const [cursor, setCursor] = useState(0);
  const [open, setOpen] = useState<string | undefined>();
  const [full, setFull] = useState(false);
  useInput(
    (input, key) => {
      if (key.downArrow || input === 'j') setCursor((c) => Math.min(plan.findings.length - 1, c + 1));
      else if (key.upArrow || input === 'k') setCursor((c) => Math.max(0, c - 1));
      else if (key.return && plan.findings[cursor]) setOpen((o) => (o === plan.findings[cursor]?.id ? undefined : plan.findings[cursor]?.id));
      else if (input === 'v') setFull(true);
      else if (input === 'q' || key.escape) onQuit();
    },
    { isActive: !full },
  );
  if (full) return <MarkdownPage title={`Plan: ${plan.server}`} markdown={planMarkdown(plan)} width={width} height={height} startLabel="back" onStart={() => setFull(false)} onBack={() => setFull(false)} />;
  const lines: { text: string; bold?: boolean; color?: string; inverse?: boolean }[] = [];
  // Wrapped, not cut: at 40 columns the decision itself was lost ("Go with condi…").
  const decisionColor = plan.decision === 'no-go' ? 'red' : plan.decision === 'go' ? 'green' : 'yellow';
  for (const l of wrapLines(`Rating ${plan.rating} · decision: ${DECISION[plan.decision]}`, width)) lines.push({ text: l, bold: true, color: decisionColor });
  for (const l of wrapLines(`Written to ${written}`, width)) lines.push({ text: l });
  if (plan.openQuestions.length) for (const l of wrapLines(`Open questions (counted as worst case): ${plan.openQuestions.map((q) => q.question).join(', ')}`, width)) lines.push({ text: l });
  lines.push({ text: '' });
  plan.findings.forEach((f, i) => {
    lines.push({ text: `${i === cursor ? '›' : ' '} ${f.id} ${f.severity} → ${f.residualSeverity}  ${f.title}`, inverse: i === cursor });
    if (open === f.id) {
      const detail = [
        `Triggered by: ${f.triggeredBy.map((t) => `${t.question} = ${t.answer}`).join('; ')}`,
        f.gate ? `Hard gate: ${f.gate}` : '',
        `Controls: ${f.controls.join(', ')}`,
        f.whatIf ? `What if: ${f.whatIf.question} ${f.whatIf.from} → ${f.whatIf.to} ${f.whatIf.severity === 'resolved' ? 'makes it go away' : `lowers it to ${f.whatIf.severity}`}` : 'What if: no single answer change lowers it',
        `Learn: mcp-operator learn ${f.lesson}`,
      ].filter(Boolean);
      for (const d of detail) for (const l of wrapLines(d, width, '    ')) lines.push({ text: l });
    }
  });
  if (!plan.findings.length) lines.push({ text: plan.notYetAssessed?.length ? 'No rule fired for the questions asked so far.' : 'No rule fired for these answers.' });
  // A capstone rates only what its track asked: say what waits for later tracks.
  if (plan.notYetAssessed?.length) {
    for (const l of wrapLines(`Not yet assessed (${plan.notYetAssessed.length}): ${plan.notYetAssessed.map((r) => `${r.id} waits on ${r.waitingOn.join(', ')}`).join('; ')}`, width)) lines.push({ text: l });
  }
  const body = bodyHeight(height, width);
  // Scroll only as far as the finding under the cursor (and its details, when open) needs: the
  // rating and decision stay in view while they can.
  const cursorLine = Math.max(0, lines.findIndex((l) => l.inverse));
  const nextFinding = lines.findIndex((l, i) => i > cursorLine && /^[ ›] \S+ \S+ → /.test(l.text));
  const blockEnd = (nextFinding === -1 ? lines.length : nextFinding) - 1;
  const top = Math.max(0, Math.min(cursorLine, blockEnd - body + 1, lines.length - body));
  return (
    <Frame title={`Plan: ${plan.server}`} status={`${plan.findings.length} finding${plan.findings.length === 1 ? '' : 's'}`} keys="↑↓ move · Enter expand a finding · v view the whole plan · q quit" width={width} height={height}>
      <Box flexDirection="column" height={body}>
        {lines.slice(top, top + body).map((l, i) => (
          <Text key={top + i} bold={l.bold} color={l.color} inverse={l.inverse} wrap="truncate-end">
            {l.text || ' '}
          </Text>
        ))}
      </Box>
    </Frame>
  );
}
