import type { CourseSession } from './course-session.js';
import { lessonsOfTrack, trackSummaries, continueTarget } from '../core/course/navigation.js';
import { lessonStatus } from '../core/progress/update.js';
import { wrapLines } from '../core/text/wrap.js';

function bar(done: number, total: number, width: number): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

/** The progress summary as lines wrapped to `width`, for the TUI and line mode alike. */
export function progressLines(session: CourseSession, width: number): string[] {
  const { catalogue, progress, store } = session;
  const lines: string[] = [];
  const summaries = trackSummaries(catalogue, progress);
  const done = summaries.reduce((n, s) => n + s.done, 0);
  const total = summaries.reduce((n, s) => n + s.lessons, 0);
  lines.push(`${done} of ${total} lessons done.`);
  lines.push(...wrapLines(`Stored in ${store.path}`, width));
  lines.push('');
  const barWidth = Math.max(6, Math.min(20, width - 30));
  for (const s of summaries) {
    lines.push(...wrapLines(`Track ${s.track.number}: ${s.track.title}`, width));
    lines.push(`  ${bar(s.done, s.lessons, barWidth)} ${s.done}/${s.lessons}`);
    for (const l of lessonsOfTrack(catalogue, s.track.number)) {
      const status = lessonStatus(progress, l.id);
      if (status === 'not-started') continue;
      const record = progress.lessons[l.id];
      const right = l.checks.filter((c) => record?.checks[c.id]?.correct).length;
      // Right at the first try: answered once, and right. A retry after a wrong answer counts as right in the end only.
      const first = l.checks.filter((c) => record?.checks[c.id]?.correct && record.checks[c.id]?.attempts === 1).length;
      const retried = right > first ? `, ${first} at the first try` : '';
      lines.push(...wrapLines(`${status === 'done' ? '●' : '◐'} ${l.title}: ${right}/${l.checks.length} checks right${retried}`, width, '  ', 2));
    }
  }
  if (catalogue.scenarios.length) {
    const played = catalogue.scenarios.filter((sc) => progress.scenarios[sc.id]?.runs.some((r) => r.finishedAt));
    lines.push('');
    lines.push(`Scenarios: ${played.length} of ${catalogue.scenarios.length} played.`);
  }
  lines.push('');
  const next = continueTarget(catalogue, progress);
  lines.push(...wrapLines(next ? `Next: ${next.lesson.title}` : 'Every lesson is done.', width));
  lines.push(...wrapLines('Export or reset from the command line: mcp-operator progress export FILE, mcp-operator progress reset --all.', width));
  return lines;
}

