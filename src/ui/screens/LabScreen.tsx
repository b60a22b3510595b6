import React, { useEffect, useMemo, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import type { LabSession, LabView } from '../../app/lab-session.js';
import { goalMark, goalPlace, gradeSummary, unreadableLines } from '../../app/lab-text.js';
import { solutionLocked } from '../../core/lab/progression.js';
import { wrapLines } from '../../core/text/wrap.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { useScroll } from '../components/ScrollView.js';
import { useEditor } from '../lab/use-editor.js';

export interface LabScreenProps {
  session: LabSession;
  width: number;
  height: number;
  onBack: () => void;
  /** Opens a file in the learner's editor; resolves to a message. Default: $VISUAL/$EDITOR, handing the terminal over. */
  edit?: (file: string) => Promise<string>;
}

type Mode = 'lab' | 'solution' | 'confirm-restore';

interface Line {
  text: string;
  color?: 'green' | 'red' | 'yellow' | 'cyan';
  dim?: boolean;
  bold?: boolean;
}

function labLines(session: LabSession, view: LabView, width: number, message: string | undefined): Line[] {
  const { lab } = session;
  const lines: Line[] = [];
  const push = (text: string, style: Omit<Line, 'text'> = {}, indent = '', hang = 0) => {
    for (const t of wrapLines(text, width, indent, hang)) lines.push({ text: t, ...style });
  };
  const others = lab.files.filter((f) => f.path !== lab.open).map((f) => f.path);
  push(`Edit ${lab.open}${others.length ? ` (and ${others.join(', ')})` : ''} in ${session.dir}`, { color: 'cyan' });
  lines.push({ text: '' });
  for (const u of unreadableLines(view)) push(u, { color: 'yellow' });
  for (const goal of view.grade.goals) {
    push(`${goalMark(goal.passed)}  ${goal.title}`, { color: goal.passed ? 'green' : 'red' }, '', 2);
    const place = goalPlace(goal);
    push(`${place ? `${place}: ` : ''}${goal.message}`, { dim: true }, '    ');
  }
  lines.push({ text: '' });
  push(view.grade.passed ? gradeSummary(view) : `${gradeSummary(view)} Checks so far: ${view.checks}.`, { color: view.grade.passed ? 'green' : undefined, bold: view.grade.passed });
  if (view.saveError) push(`Progress was not saved: ${view.saveError}`, { color: 'yellow' });
  if (message) push(message, { color: 'yellow' });
  for (let i = 0; i < view.hintsShown; i += 1) {
    lines.push({ text: '' });
    push(`Hint ${i + 1} of ${lab.hints.length}: ${lab.hints[i] ?? ''}`, { color: 'cyan' });
  }
  lines.push({ text: '' });
  push('Task', { bold: true });
  push(lab.task);
  return lines;
}

function solutionLines(solution: { explanation: string; files: Record<string, string> }, width: number): Line[] {
  const lines: Line[] = [];
  for (const t of wrapLines(solution.explanation, width)) lines.push({ text: t });
  for (const [path, text] of Object.entries(solution.files)) {
    lines.push({ text: '' }, { text: `── ${path} ──`, color: 'cyan' });
    // Code keeps its indentation; a line wider than the screen continues on the next.
    for (const raw of text.replace(/\n$/, '').split('\n')) {
      for (let at = 0; at === 0 || at < raw.length; at += width) lines.push({ text: raw.slice(at, at + width) });
    }
  }
  return lines;
}

/** One lab, graded live: the goals with the engines' own messages, hints, restore and (once earned) the solution. */
export function LabScreen({ session, width, height, onBack, edit }: LabScreenProps) {
  const [view, setView] = useState<LabView>(session.view);
  const [mode, setMode] = useState<Mode>('lab');
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [solution, setSolution] = useState<{ explanation: string; files: Record<string, string> } | undefined>();
  const openEditor = useEditor();
  const editFile = edit ?? openEditor;
  useEffect(() => session.subscribe(setView), [session]);
  // The session may have graded between the first render and the subscription.
  useEffect(() => setView(session.view), [session]);

  const body = bodyHeight(height, width);
  const lines = useMemo((): Line[] => {
    if (mode === 'solution' && solution) return solutionLines(solution, width);
    if (mode === 'confirm-restore') {
      const files = session.lab.files.map((f) => f.path).join(', ');
      return wrapLines(`Restore the starting files? This replaces ${files} in ${session.dir}; your changes to them are lost. Press y to restore, n to keep your work.`, width).map((text) => ({ text, color: 'yellow' as const }));
    }
    return labLines(session, view, width, message);
  }, [mode, session, view, width, message, solution]);
  const { offset, setOffset } = useScroll(lines.length, body, { isActive: mode !== 'confirm-restore' && !busy });

  useInput(
    (input, key) => {
      if (mode === 'confirm-restore') {
        if (input === 'y') {
          session.restore();
          setMessage('The starting files are back.');
          setMode('lab');
        } else if (input === 'n' || key.escape || input === 'q') {
          setMessage('Nothing was restored.');
          setMode('lab');
        }
        return;
      }
      if (mode === 'solution') {
        if (input === 'q' || key.escape || input === 's') {
          setMode('lab');
          setOffset(0);
        }
        return;
      }
      if (input === 'q' || key.escape) onBack();
      else if (input === 'h') {
        const before = view.hintsShown;
        const shown = session.nextHint();
        setMessage(shown === before ? 'That was the last hint. The solution is open now: press s.' : shown === session.lab.hints.length ? 'Third hint shown; the solution is open now (s).' : undefined);
        // Show the new hint: it sits below the goals.
        setOffset(Number.MAX_SAFE_INTEGER);
      } else if (input === 's') {
        const shown = session.solution();
        if (shown) {
          setSolution(shown);
          setMode('solution');
          setOffset(0);
        } else setMessage(solutionLocked(view.hintsShown));
      } else if (input === 'r') setMode('confirm-restore');
      else if (input === 'e') {
        setBusy(true);
        void editFile(session.openPath())
          .then((m) => {
            setMessage(m);
            session.check();
          })
          .finally(() => setBusy(false));
      }
    },
    { isActive: !busy },
  );

  const total = view.grade.goals.length;
  const passing = view.grade.goals.filter((g) => g.passed).length;
  const status = mode === 'solution' ? 'Reference solution' : `${passing}/${total} goals${view.grade.passed ? ' · passed' : ''}`;
  const keys =
    mode === 'solution'
      ? '↑↓ scroll · s or q back to the lab'
      : mode === 'confirm-restore'
        ? 'y restore · n keep my work'
        : `e edit · h hint (${view.hintsShown}/${session.lab.hints.length}) · r restore · s solution · ↑↓ scroll · q back`;
  const visible = lines.slice(offset, offset + body);
  return (
    <Frame title={`Lab: ${session.lab.title}`} status={status} keys={keys} width={width} height={height}>
      <Box flexDirection="column" height={body} overflow="hidden">
        {visible.map((line, i) => (
          <Text key={offset + i} wrap="truncate-end" {...(line.color ? { color: line.color } : {})} dimColor={line.dim === true} bold={line.bold === true}>
            {line.text === '' ? ' ' : line.text}
          </Text>
        ))}
      </Box>
    </Frame>
  );
}
