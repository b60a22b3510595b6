import React, { useRef, useState } from 'react';
import { Text, useInput } from 'ink';
import type { Knowledge } from '../../core/servers/knowledge.js';
import { toolDetailLines, toolsForJob } from '../../core/toolbox/catalog.js';
import { JOB_TITLES, JOBS, type Job, type ToolboxEntry } from '../../core/toolbox/schema.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { InfoLines, PickList, clipLines, moveCursor, useCursor, type PickRow } from '../components/PickList.js';
import { DetailPager, fitStyled, type StyledLine, type Tone } from '../components/DetailPager.js';
import { useKnowledge } from '../components/use-knowledge.js';
import type { ScreenProps } from '../App.js';

export interface ToolboxScreenProps extends ScreenProps {
  /** The knowledge base; loaded when not given. */
  knowledge?: Knowledge;
}

const HEADINGS = /^(Limits|Implements or verifies these plan controls|References):$/;

const yesNo = (v: boolean | string): string => (v === true ? 'yes' : v === false ? 'no' : String(v));

/** What a tool does with data, in a few words: the first thing an operator asks. */
export function dataFacts(t: ToolboxEntry): string {
  const offline = t.how.offline === true ? 'works offline' : t.how.offline === false ? 'needs the network' : t.how.offline === 'partial' ? 'partly offline' : `offline: ${t.how.offline}`;
  const sends = /^nothing\b/i.test(t.how.dataSent.trim()) ? 'sends nothing' : 'sends data out';
  const starts = t.how.startsServers === true ? 'starts servers' : t.how.startsServers === false ? '' : t.how.startsServers === 'unknown' ? '' : 'may start servers';
  return [offline, sends, starts].filter(Boolean).join(' · ');
}

/**
 * A tool's record as styled lines, data handling first: right under the name come whether it works
 * offline, whether it starts servers, what it sends out and to whom, licence, cost and maturity;
 * then the summary, jobs, limits, controls and references. Section headings in bold.
 */
export function toolLines(t: ToolboxEntry): StyledLine[] {
  const lines = toolDetailLines(t);
  const start = lines.findIndex((l) => l.startsWith('Works offline:'));
  const end = lines.findIndex((l) => l.startsWith('Licence:'));
  const ordered = start > 1 && end >= start ? [lines[0] ?? '', ...lines.slice(start, end + 1), '', ...lines.slice(1, start), ...lines.slice(end + 1)] : lines;
  return ordered.map((text, i) => {
    let tone: Tone = 'plain';
    if (i === 0) tone = 'title';
    else if (HEADINGS.test(text)) tone = 'heading';
    else if (/^Works offline: no\b/.test(text) || (/^What it sends out:/.test(text) && !/^What it sends out: nothing\b/i.test(text))) tone = 'warn';
    return { text, tone };
  });
}

/** About the selected tool in `n` lines: its data facts (unless the list shows them) and terms, then its summary. */
function info(t: ToolboxEntry, listed: boolean, width: number, n: number): string[] {
  const terms = `${t.licence} · ${t.cost} · maintained: ${yesNo(t.maturity.maintained)}`;
  const head = clipLines(listed ? terms : `${dataFacts(t)} · ${terms}`, width, Math.max(1, n - 1));
  return [...head, ...clipLines(t.summary.trim(), width, n - head.length)].slice(0, n);
}

type Level = { kind: 'jobs' } | { kind: 'tools'; job: Job } | { kind: 'tool'; job: Job; id: string };

/** The operator's toolbox: jobs, the tools for a job with what each sends out, and one tool in full. */
export function ToolboxScreen({ session, width, height, onBack, knowledge }: ToolboxScreenProps) {
  const { k, error } = useKnowledge(session.store, knowledge);
  const [level, setLevelState] = useState<Level>({ kind: 'jobs' });
  const levelRef = useRef<Level>(level);
  const setLevel = (next: Level) => {
    levelRef.current = next;
    setLevelState(next);
  };
  const jobs = k ? JOBS.filter((j) => toolsForJob(k, j).length > 0) : [];
  const jobCursor = useCursor(jobs.length);
  const job = level.kind === 'jobs' ? undefined : level.job;
  const tools = k && job ? toolsForJob(k, job) : [];
  const toolCursor = useCursor(tools.length);

  const body = bodyHeight(height, width);
  const infoHeight = body >= 12 ? 3 : 1;
  const listHeight = Math.max(1, body - 1 - infoHeight);

  useInput(
    (input, key) => {
      const at = levelRef.current;
      if (!k) {
        onBack();
        return;
      }
      if (at.kind === 'jobs') {
        if (key.escape || input === 'q') onBack();
        else if (key.return || key.rightArrow) {
          const j = jobs[jobCursor.ref.current];
          if (j) {
            toolCursor.set(0);
            setLevel({ kind: 'tools', job: j });
          }
        } else moveCursor(key, jobCursor.set, jobs.length, listHeight, input);
      } else if (at.kind === 'tools') {
        const list = toolsForJob(k, at.job);
        if (key.escape || input === 'q' || key.leftArrow) setLevel({ kind: 'jobs' });
        else if (key.return || key.rightArrow) {
          const t = list[toolCursor.ref.current];
          if (t) setLevel({ kind: 'tool', job: at.job, id: t.id });
        } else moveCursor(key, toolCursor.set, list.length, listHeight, input);
      }
    },
    { isActive: level.kind !== 'tool' },
  );

  const title = "Operator's toolbox";
  if (!k) {
    return (
      <Frame title={title} keys="Esc back" width={width} height={height}>
        <Text wrap="wrap">{`The knowledge base could not be read: ${error ?? 'unknown error'}`}</Text>
      </Frame>
    );
  }

  if (level.kind === 'tool') {
    const tool = k.tools.find((t) => t.id === level.id);
    if (tool) {
      return (
        <DetailPager
          key={tool.id}
          title={width < 60 ? tool.id : `${title} › ${tool.name}`}
          lines={fitStyled(toolLines(tool), width)}
          width={width}
          height={height}
          onBack={() => setLevel({ kind: 'tools', job: level.job })}
        />
      );
    }
  }

  if (level.kind === 'jobs') {
    const rows: PickRow[] = jobs.map((j) => {
      const n = toolsForJob(k, j).length;
      return { key: j, text: JOB_TITLES[j], tag: `${n} ${j === 'reference' ? 'page' : 'tool'}${n === 1 ? '' : 's'}` };
    });
    const selectedJob = jobs[jobCursor.cursor];
    return (
      <Frame title={title} status={width < 60 ? `${k.tools.length} entries` : `${k.tools.length} tools and references`} keys="↑↓ move · Enter tools · Esc back" width={width} height={height}>
        <PickList rows={rows} cursor={jobCursor.cursor} height={listHeight} width={width} />
        <Text dimColor>{'┄'.repeat(width)}</Text>
        <InfoLines lines={selectedJob ? clipLines(toolsForJob(k, selectedJob).map((t) => t.name).join(', '), width, infoHeight) : []} height={infoHeight} />
      </Frame>
    );
  }

  const current = level.job;
  const selected = tools[toolCursor.cursor];
  const wide = width >= 100;
  // The facts line up in a column at the right, so the names line up too.
  const factWidth = Math.max(0, ...tools.map((t) => dataFacts(t).length));
  const rows: PickRow[] = tools.map((t) => ({
    key: t.id,
    text: t.name,
    ...(wide ? { tag: dataFacts(t).padEnd(factWidth) } : {}),
  }));
  return (
    <Frame title={width < 60 ? JOB_TITLES[current] : `${title} › ${JOB_TITLES[current]}`} status={`${toolCursor.cursor + 1}/${tools.length}`} keys="↑↓ move · Enter details · Esc jobs" width={width} height={height}>
      <PickList rows={rows} cursor={toolCursor.cursor} height={listHeight} width={width} />
      <Text dimColor>{'┄'.repeat(width)}</Text>
      <InfoLines lines={selected ? info(selected, wide, width, infoHeight) : []} height={infoHeight} />
    </Frame>
  );
}
