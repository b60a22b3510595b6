import React from 'react';
import { Box, Text } from 'ink';
import { wrapLines } from '../../core/text/wrap.js';

export interface FrameProps {
  /** Where the learner is, always visible (for checks: which lesson is being checked). */
  title: string;
  /** Right side of the header, for example "Check 2 of 4". */
  status?: string;
  /** Key help, always visible. */
  keys: string;
  height: number;
  width: number;
  children: React.ReactNode;
}

/**
 * Header, body and key help: every screen has the same chrome so keys are always on screen. On a
 * narrow terminal the status gets a line of its own under the title, so neither cuts the other.
 */
export function Frame({ title, status, keys, height, width, children }: FrameProps) {
  const stacked = headerLines(width) === 2;
  // On one line the title keeps at least half the width; the status is cut, never the other way round.
  const statusRoom = status ? Math.min(status.length, Math.max(10, width - Math.min(title.length, Math.floor(width / 2)) - 1)) : 0;
  return (
    <Box flexDirection="column" height={height} width={width}>
      {stacked ? (
        <>
          <Box height={1} flexShrink={0} overflow="hidden">
            <Text bold wrap="truncate-end">
              {title}
            </Text>
          </Box>
          <Box height={1} flexShrink={0} overflow="hidden">
            <Text dimColor wrap="truncate-end">
              {status || ' '}
            </Text>
          </Box>
        </>
      ) : (
        <Box height={1} flexShrink={0} overflow="hidden">
          <Box flexGrow={1} flexShrink={1}>
            <Text bold wrap="truncate-end">
              {title}
            </Text>
          </Box>
          {status ? (
            <Box flexShrink={0} width={statusRoom} marginLeft={1} justifyContent="flex-end">
              <Text dimColor wrap="truncate-end">
                {status}
              </Text>
            </Box>
          ) : null}
        </Box>
      )}
      <Box height={1} flexShrink={0}>
        <Text dimColor>{'─'.repeat(width)}</Text>
      </Box>
      {/* Only the body gives way when a screen's content is too tall: the header and the keys stay whole, and
          the content keeps its own height and is cut at the bottom rather than squeezed into overlapping rows. */}
      <Box flexDirection="column" flexGrow={1} flexShrink={1} overflow="hidden">
        <Box flexDirection="column" flexShrink={0}>
          {children}
        </Box>
      </Box>
      <Box height={1} flexShrink={0}>
        <Text dimColor>{'─'.repeat(width)}</Text>
      </Box>
      <Box height={keyLines(width)} overflow="hidden" flexShrink={0}>
        <Text wrap="wrap">{keyHelpLines(keys, width, keyLines(width)).join('\n')}</Text>
      </Box>
    </Box>
  );
}

/**
 * Key help wrapped between its items ("↑↓ move · Enter choose"), never inside one when it fits: a
 * wrapped line ends with "·" and the next starts with a key. When it needs more than `maxLines`,
 * the longest items (an Enter label such as "Enter: Exercise: Review a registry listing") are
 * shortened with "…" until it fits, so the keys after them ("q back") stay on screen.
 */
export function keyHelpLines(keys: string, width: number, maxLines = Infinity): string[] {
  const items = keys.split(' · ');
  let lines = wrapKeyHelp(items, width);
  while (lines.length > maxLines) {
    const longest = items.reduce((best, item, i) => (item.length > (items[best]?.length ?? 0) ? i : best), 0);
    const item = items[longest] ?? '';
    // "Enter: Exercise: Review a…" keeps "Enter: " and at least a few letters of what it does.
    if (item.length <= 12) break;
    items[longest] = `${item.slice(0, item.endsWith('…') ? -2 : -1).trimEnd()}…`;
    lines = wrapKeyHelp(items, width);
  }
  return lines;
}

function wrapKeyHelp(items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let current = '';
  items.forEach((item, index) => {
    const last = index === items.length - 1;
    const joined = current ? `${current} · ${item}` : item;
    // Room for the " ·" that ends the line if the next item has to go on the next one.
    if (joined.length + (last ? 0 : 2) <= width || !current) current = joined;
    else {
      lines.push(`${current} ·`);
      current = item;
    }
    while (current.length > width) {
      const [first = '', ...rest] = wrapLines(current, width);
      lines.push(first);
      current = rest.join(' ');
    }
  });
  if (current) lines.push(current);
  return lines;
}

/** Key help gets a second line on narrow terminals, so it is never cut off. */
export function keyLines(width: number): number {
  return width < 72 ? 2 : 1;
}

/** The header is the title and, on a narrow terminal, the status on a line of its own. */
export function headerLines(width: number): number {
  return width < 60 ? 2 : 1;
}

/** Rows available to a screen's body inside the Frame. */
export function bodyHeight(height: number, width: number): number {
  return Math.max(3, height - 2 - headerLines(width) - keyLines(width));
}
