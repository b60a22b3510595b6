import React, { useMemo, useRef, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import type { Knowledge } from '../../core/servers/knowledge.js';
import type { KnownServer } from '../../core/servers/schema.js';
import { closestIds, searchServers } from '../../core/servers/lookup.js';
import { serverDetailLines } from '../../core/servers/describe.js';
import { useKnowledge } from '../components/use-knowledge.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { InfoLines, PickList, clipLines, moveCursor, useCursor, type PickRow } from '../components/PickList.js';
import { DetailPager, fitStyled, type StyledLine, type Tone } from '../components/DetailPager.js';
import type { ScreenProps } from '../App.js';

export interface ServersScreenProps extends ScreenProps {
  /** The knowledge base; loaded (with imported advisories) when not given. */
  knowledge?: Knowledge;
}

const TAG: Record<string, string | undefined> = { deprecated: 'DEPRECATED', archived: 'ARCHIVED' };
const HEADINGS = /^(Tools \(\d+\)|Least-privilege switches|Advisories|Incidents|References):$/;

/** A server's record as styled lines: the title, section headings, a warning on status, an alert on malicious versions. */
export function serverLines(k: Knowledge, s: KnownServer): StyledLine[] {
  return serverDetailLines(k, s).map((text, i) => {
    let tone: Tone = 'plain';
    if (i === 0) tone = 'title';
    else if (HEADINGS.test(text)) tone = 'heading';
    else if (/^\s*MALICIOUS:/.test(text)) tone = 'alert';
    else if (/^Status: (DEPRECATED|ARCHIVED)/.test(text)) tone = 'warn';
    return { text, tone };
  });
}

function serverRows(servers: KnownServer[], width: number): PickRow[] {
  const idWidth = width >= 80 ? Math.min(26, Math.max(...servers.map((s) => s.id.length), 0)) : 0;
  return servers.map((s) => ({
    key: s.id,
    text: idWidth ? `${s.id.padEnd(idWidth)} ${s.name} · ${s.publisher.name}` : `${s.id} · ${s.name} · ${s.publisher.name}`,
    ...(TAG[s.status.state] ? { tag: TAG[s.status.state], tagColor: 'yellow' } : {}),
  }));
}

/** The search line: what was typed, with the end kept in view when it is longer than the line. */
function searchLine(query: string, width: number): string {
  const label = 'Search: ';
  const room = Math.max(4, width - label.length - 1);
  const shown = query.length + 1 > room ? `…${query.slice(query.length - room + 2)}` : query;
  return `${label}${shown}_`;
}

/** Known servers: type to search, ↑↓ to pick, Enter for the whole record (tools, switches, credential, advisories). */
export function ServersScreen({ session, width, height, onBack, knowledge }: ServersScreenProps) {
  const { k, error } = useKnowledge(session.store, knowledge);
  const [query, setQueryState] = useState('');
  const queryRef = useRef('');
  // The records opened, last on top: a successor opens over its predecessor, Esc goes back one.
  const [opened, setOpened] = useState<string[]>([]);
  const open = opened[opened.length - 1];
  const matches = useMemo(() => (k ? searchServers(k, query) : []), [k, query]);
  const { cursor, ref: cursorRef, set: setCursor } = useCursor(matches.length);
  const setQuery = (next: string) => {
    queryRef.current = next;
    setQueryState(next);
    setCursor(0);
  };
  const matchesRef = useRef(matches);
  matchesRef.current = matches;

  const body = bodyHeight(height, width);
  const infoHeight = body >= 12 ? 2 : 1;
  const listHeight = Math.max(1, body - 2 - infoHeight);

  useInput(
    (input, key) => {
      if (key.escape) {
        if (queryRef.current) setQuery('');
        else onBack();
        return;
      }
      if (key.return) {
        // The list for what has been typed so far, even when keys came faster than renders.
        const list = k ? searchServers(k, queryRef.current) : [];
        const chosen = list[Math.min(cursorRef.current, list.length - 1)];
        if (chosen) setOpened([chosen.id]);
        return;
      }
      if (key.backspace || key.delete) {
        if (queryRef.current) setQuery(queryRef.current.slice(0, -1));
        return;
      }
      if (key.ctrl && input === 'u') {
        setQuery('');
        return;
      }
      if (moveCursor(key, setCursor, matchesRef.current.length, listHeight, input, false)) return;
      if (input && !key.ctrl && !key.meta && !/[\u0000-\u001F\u007F]/.test(input)) setQuery(queryRef.current + input);
    },
    { isActive: open === undefined && k !== undefined },
  );

  const title = 'Known servers';
  if (!k) {
    return (
      <Frame title={title} keys="Esc back" width={width} height={height}>
        <Text wrap="wrap">{`The knowledge base could not be read: ${error ?? 'unknown error'}`}</Text>
        <BackOnKey onBack={onBack} />
      </Frame>
    );
  }

  const server = open ? k.byId.get(open) : undefined;
  if (server) {
    const successor = server.status.successor ? k.byId.get(server.status.successor) : undefined;
    return (
      <DetailPager
        key={server.id}
        title={width < 60 ? server.id : `${title} › ${server.name}`}
        lines={fitStyled(serverLines(k, server), width)}
        width={width}
        height={height}
        {...(successor ? { extraKeys: 's successor' } : {})}
        onBack={() => setOpened((o) => o.slice(0, -1))}
        onKey={(input) => {
          if (input === 's' && successor) setOpened((o) => [...o, successor.id]);
        }}
      />
    );
  }

  const selected = matches[cursor];
  const near = matches.length === 0 && query ? closestIds(k, query) : [];
  const keys = `type to search · ↑↓ move · Enter open · ${query ? 'Esc clear search' : 'Esc back'}`;
  return (
    <Frame title={title} status={`${matches.length} of ${k.servers.length}`} keys={keys} width={width} height={height}>
      <Text wrap="truncate-end" color={query ? undefined : 'gray'}>
        {query ? searchLine(query, width) : `Search: _ (name, id, package, publisher)`}
      </Text>
      <Text dimColor>{'┄'.repeat(width)}</Text>
      {matches.length ? (
        <PickList rows={serverRows(matches, width)} cursor={cursor} height={listHeight} width={width} />
      ) : (
        <Box flexDirection="column" height={listHeight} overflow="hidden">
          <Text wrap="wrap">{query ? `No known server matches "${query}".` : 'The knowledge base lists no servers.'}</Text>
          {near.length ? <Text wrap="wrap">{`Closest ids: ${near.join(', ')}`}</Text> : null}
          {query ? (
            <Text wrap="wrap" dimColor>
              Backspace deletes a letter; Esc clears the search.
            </Text>
          ) : null}
        </Box>
      )}
      <InfoLines lines={selected ? clipLines(`${selected.publisher.name}: ${selected.summary.trim()}`, width, infoHeight) : []} height={infoHeight} />
    </Frame>
  );
}

function BackOnKey({ onBack }: { onBack: () => void }) {
  useInput((input, key) => {
    if (key.escape || input === 'q' || key.return) onBack();
  });
  return null;
}
