import React, { useState } from 'react';
import { Box, Text, useInput } from 'ink';
import { lessonsOfTrack } from '../../core/course/navigation.js';
import { lessonStatus } from '../../core/progress/update.js';
import type { LessonStatus } from '../../core/progress/model.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import type { ScreenProps } from '../App.js';
import { plural } from '../../core/text/plural.js';

const MARK: Record<LessonStatus, string> = { 'not-started': '○', 'in-progress': '◐', done: '●' };
const WORD: Record<LessonStatus, string> = { 'not-started': '', 'in-progress': 'in progress', done: 'done' };

type Row = { kind: 'track'; text: string } | { kind: 'lesson'; id: string; title: string; minutes: number; status: LessonStatus };

export interface CourseProps extends ScreenProps {
  focus?: string;
  onOpen: (lessonId: string) => void;
}

/** Tracks and lessons with status; Enter opens any lesson, r resets one after asking. */
export function CourseScreen({ session, width, height, focus, onOpen, onBack, refresh }: CourseProps) {
  const { catalogue, progress } = session;
  const rows: Row[] = [];
  for (const track of catalogue.tracks) {
    const lessons = lessonsOfTrack(catalogue, track.number);
    const minutes = lessons.reduce((n, l) => n + l.minutes, 0);
    rows.push({ kind: 'track', text: `Track ${track.number}: ${track.title} · ${plural(lessons.length, 'lesson')}, about ${minutes} min` });
    for (const l of lessons) rows.push({ kind: 'lesson', id: l.id, title: l.title, minutes: l.minutes, status: lessonStatus(progress, l.id) });
  }
  const lessonRows = rows.map((r, i) => (r.kind === 'lesson' ? i : -1)).filter((i) => i >= 0);
  const initial = Math.max(0, lessonRows.findIndex((i) => (rows[i] as { id?: string }).id === focus));
  const [cursor, setCursor] = useState(initial);
  const [confirming, setConfirming] = useState<string | undefined>();
  const [message, setMessage] = useState<string | undefined>();

  const selectedRow = rows[lessonRows[cursor] ?? -1];
  const selected = selectedRow?.kind === 'lesson' ? selectedRow : undefined;

  useInput((input, key) => {
    if (confirming) {
      if (input === 'y' || input === 'Y') {
        const id = confirming;
        setConfirming(undefined);
        void session.reset(id).then(() => {
          setMessage(`Progress on "${catalogue.lessons.find((l) => l.id === id)?.title ?? id}" was reset.`);
          refresh();
        });
      } else if (input === 'n' || input === 'N' || key.escape || input === 'q' || key.return) {
        setConfirming(undefined);
        setMessage('Nothing was reset.');
      }
      return;
    }
    if (key.downArrow || input === 'j') setCursor((c) => Math.min(lessonRows.length - 1, c + 1));
    else if (key.upArrow || input === 'k') setCursor((c) => Math.max(0, c - 1));
    else if (input === 'g' || key.home) setCursor(0);
    else if (input === 'G' || key.end) setCursor(lessonRows.length - 1);
    else if (key.return && selected) onOpen(selected.id);
    else if (input === 'r' && selected) {
      if (selected.status === 'not-started') setMessage('That lesson has no progress to reset.');
      else setConfirming(selected.id);
    } else if (input === 'q' || key.escape) onBack();
  });

  const body = bodyHeight(height, width) - 1;
  const cursorRow = lessonRows[cursor] ?? 0;
  let top = Math.max(0, Math.min(cursorRow - Math.floor(body / 2), rows.length - body));
  // Keep the track heading visible above the first lesson.
  if (cursor === 0) top = 0;
  const visible = rows.slice(top, top + body);

  const footer = confirming
    ? `Reset progress on "${selected?.title ?? confirming}"? y yes · n no`
    : (message ?? `${plural(lessonRows.length, 'lesson')} · ○ not started ◐ in progress ● done`);

  return (
    <Frame title="Course" status={selected ? `${selected.id}` : ''} keys="↑↓ move · Enter open · r reset lesson · q back" width={width} height={height}>
      <Box flexDirection="column" height={body}>
        {visible.map((row, index) => {
          const at = top + index;
          if (row.kind === 'track') {
            return (
              <Text key={`t${at}`} bold wrap="truncate-end">
                {row.text}
              </Text>
            );
          }
          const isCursor = at === cursorRow;
          const status = WORD[row.status] ? ` · ${WORD[row.status]}` : '';
          return (
            <Text key={row.id} inverse={isCursor} wrap="truncate-end">
              {`${isCursor ? '›' : ' '} ${MARK[row.status]} ${row.title} (${row.minutes} min${status})`}
            </Text>
          );
        })}
      </Box>
      <Text color={confirming ? 'yellow' : undefined} dimColor={!confirming} wrap="truncate-end">
        {footer}
      </Text>
    </Frame>
  );
}
