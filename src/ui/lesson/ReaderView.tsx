import React, { useEffect, useRef, useState } from 'react';
import { Text, useInput } from 'ink';
import type { Lesson } from '../../core/content/types.js';
import type { CourseSession } from '../../app/course-session.js';
import { lessonMarkdown } from '../../core/course/lesson-document.js';
import { missingPrerequisites } from '../../core/course/navigation.js';
import { markdownWidth, renderMarkdown } from '../../io/markdown.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { Lines, scrollStatus, useScroll } from '../components/ScrollView.js';
import { lineAtAnchor, textAnchor } from '../../core/text/anchor.js';

export interface ReaderProps {
  session: CourseSession;
  lesson: Lesson;
  width: number;
  height: number;
  initialPosition: number;
  nextLabel: string;
  onNext: (position: number) => void;
  onBack: (position: number) => void;
  onPosition: (position: number) => void;
}

/** The lesson text rendered by marked-terminal at the terminal's width, re-rendered on resize. */
export function ReaderView({ session, lesson, width, height, initialPosition, nextLabel, onNext, onBack, onPosition }: ReaderProps) {
  const [lines, setLines] = useState<string[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const body = bodyHeight(height, width);
  const { offset, atEnd, setOffset } = useScroll(lines?.length ?? 0, body, { initial: initialPosition, isActive: Boolean(lines) });
  const restored = useRef(false);
  // Where the reader is in the text (not the line number), so a resize keeps the place.
  const anchor = useRef<number | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const markdown = lessonMarkdown(lesson, session.catalogue, missingPrerequisites(session.catalogue, session.progress, lesson));
    renderMarkdown(markdown, markdownWidth(width)).then(
      (text) => {
        if (!live) return;
        const fitted = text.split('\n');
        setLines(fitted);
        // Restore the saved position in the same update as the first text, so it never flashes at the top;
        // after a resize, go to the line that now holds the text that was at the top.
        if (!restored.current) {
          restored.current = true;
          setOffset(Math.min(initialPosition, Math.max(0, fitted.length - body)));
        } else if (anchor.current !== undefined) {
          setOffset(Math.min(lineAtAnchor(fitted, anchor.current), Math.max(0, fitted.length - body)));
        }
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
    // progress changes must not re-render the text; width and lesson must.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lesson, width]);

  useEffect(() => {
    if (!lines) return;
    onPosition(offset);
    anchor.current = textAnchor(lines, offset);
  }, [offset, lines, onPosition]);

  useInput((input, key) => {
    if (key.return || input === 'c') onNext(offset);
    else if (input === 'q' || key.escape) onBack(offset);
  });

  const hint = atEnd ? `Enter: ${nextLabel}` : `Enter: skip to ${nextLabel}`;
  return (
    <Frame
      title={`Track ${lesson.track} › ${lesson.title}`}
      status={lines ? scrollStatus(offset, body, lines.length) : ''}
      keys={`↑↓ j/k PgUp/PgDn g/G scroll · ${hint} · q back`}
      width={width}
      height={height}
    >
      {error ? <Text color="red">Could not render this lesson: {error}</Text> : lines ? <Lines lines={lines} offset={offset} height={body} /> : <Text dimColor>Rendering…</Text>}
    </Frame>
  );
}
