import { lessonsOfTrack, trackSummaries } from '../core/course/navigation.js';
import { lessonStatus } from '../core/progress/update.js';
import { flushNotices, loadContext } from './context.js';
import { STATUS_LABEL, STATUS_MARK } from './status-text.js';

export async function lessonsCommand(options: { json?: boolean }): Promise<number> {
  const { catalogue, store } = await loadContext();
  const progress = store.read();
  flushNotices(store);
  const summaries = trackSummaries(catalogue, progress);
  if (options.json) {
    const tracks = summaries.map((s) => ({
      number: s.track.number,
      id: s.track.id,
      title: s.track.title,
      summary: s.track.summary,
      minutes: s.minutes,
      lessons: lessonsOfTrack(catalogue, s.track.number).map((l) => ({
        id: l.id,
        title: l.title,
        order: l.order,
        minutes: l.minutes,
        areas: l.areas,
        prerequisites: l.prerequisites,
        checks: l.checks.length,
        exercise: l.exercise?.kind ?? null,
        status: lessonStatus(progress, l.id),
      })),
    }));
    process.stdout.write(`${JSON.stringify({ tracks }, null, 2)}\n`);
    return 0;
  }
  const lines: string[] = [];
  const pad = Math.max(...catalogue.lessons.map((l) => l.id.length)) + 1;
  for (const s of summaries) {
    lines.push(`Track ${s.track.number}: ${s.track.title}  (${s.done}/${s.lessons} done, about ${s.minutes} min: one sitting)`);
    for (const l of lessonsOfTrack(catalogue, s.track.number)) {
      const status = lessonStatus(progress, l.id);
      lines.push(`  ${STATUS_MARK[status]} ${l.id.padEnd(pad)} ${l.title} (${l.minutes} min${status === 'not-started' ? '' : `, ${STATUS_LABEL[status]}`})`);
    }
    lines.push('');
  }
  lines.push('Open one with: mcp-operator learn LESSON_ID');
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
