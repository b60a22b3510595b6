import { flushNotices, loadContext } from './context.js';
import { loadLabs } from '../io/lab-loader.js';
import { defaultLabDir } from '../io/lab-workspace.js';
import { labStatus } from '../core/progress/lab-update.js';

const STATUS_WORD = { 'not-started': 'not started', 'in-progress': 'in progress', passed: 'passed' } as const;

/** `mcp-operator labs [--json]`: every lab with its lesson, track and status. */
export async function labsCommand(options: { json?: boolean }): Promise<number> {
  const { catalogue, store } = await loadContext();
  const labs = await loadLabs(catalogue);
  const progress = store.read();
  flushNotices(store);
  const rows = labs.map((lab) => {
    const record = Object.hasOwn(progress.labs, lab.id) ? progress.labs[lab.id] : undefined;
    const lesson = catalogue.lessons.find((l) => l.id === lab.lesson);
    const track = catalogue.tracks.find((t) => t.number === lab.track);
    return {
      id: lab.id,
      title: lab.title,
      lesson: lab.lesson,
      lessonTitle: lesson?.title ?? null,
      track: lab.track,
      trackTitle: track?.title ?? null,
      minutes: lab.minutes ?? null,
      files: lab.files.map((f) => f.path),
      goals: lab.goals.length,
      status: labStatus(progress, lab.id),
      checks: record?.checks ?? 0,
      passedAt: record?.passedAt ?? null,
      checksToPass: record?.checksToPass ?? null,
      workspace: defaultLabDir(lab.id),
    };
  });
  if (options.json) {
    const tracks = [...new Set(rows.map((r) => r.track))].sort((a, b) => a - b);
    const summary = { labs: rows.length, passed: rows.filter((r) => r.status === 'passed').length, inProgress: rows.filter((r) => r.status === 'in-progress').length, tracks };
    process.stdout.write(`${JSON.stringify({ labs: rows, summary }, null, 2)}\n`);
    return 0;
  }
  const out: string[] = [];
  const passed = rows.filter((r) => r.status === 'passed').length;
  out.push(`Hands-on labs: ${passed} of ${rows.length} passed. Each one is graded live by the review and risk engines while you edit in your own editor.`);
  for (const track of catalogue.tracks) {
    const mine = rows.filter((r) => r.track === track.number);
    if (!mine.length) continue;
    out.push('', `Track ${track.number}: ${track.title}`);
    for (const r of mine) {
      out.push(`  ${r.id}  [${STATUS_WORD[r.status]}${r.status === 'passed' && r.checksToPass ? ` in ${r.checksToPass} check${r.checksToPass === 1 ? '' : 's'}` : ''}]`);
      out.push(`    ${r.title} (lesson: ${r.lessonTitle ?? r.lesson})`);
    }
  }
  out.push('', 'Open one: mcp-operator lab ID   Without a terminal: mcp-operator lab ID --init --dir DIR, then mcp-operator lab ID --check --dir DIR');
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
