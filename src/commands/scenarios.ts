import { bestRun, scenarioStatus } from '../core/scenario/play.js';
import { flushNotices, loadContext } from './context.js';

/** The scenarios with your best result, as text or JSON. */
export async function scenariosList(options: { json?: boolean }): Promise<number> {
  const { catalogue, store } = await loadContext();
  const progress = store.read();
  flushNotices(store);
  const rows = catalogue.scenarios.map((s) => {
    const best = bestRun(progress, s.id);
    return {
      id: s.id,
      title: s.title,
      family: s.family,
      incident: s.incident ?? null,
      minutes: s.minutes,
      decisions: s.decisions.length,
      areas: s.areas,
      lessons: s.lessons,
      summary: s.summary,
      status: scenarioStatus(progress, s.id),
      runs: progress.scenarios[s.id]?.runs.length ?? 0,
      best: best ? { matched: best.matched, decisions: best.decisions, at: best.finishedAt ?? best.startedAt } : null,
    };
  });
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ scenarios: rows }, null, 2)}\n`);
    return 0;
  }
  const pad = Math.max(0, ...rows.map((r) => r.id.length)) + 1;
  const lines = rows.map((r) => {
    const kind = r.incident ? `incident: ${r.incident}` : `${r.family} deployment`;
    const best = r.best ? `, best ${r.best.matched}/${r.best.decisions}` : '';
    return `  ${r.id.padEnd(pad)} ${r.title} (${kind}, ${r.minutes} min${best})`;
  });
  process.stdout.write(`${rows.length ? lines.join('\n') : '  (no scenarios)'}\n\nPlay one with: mcp-operator scenarios SCENARIO_ID\n`);
  return 0;
}
