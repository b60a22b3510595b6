import { lessonsOfTrack, continueTarget, trackSummaries } from '../core/course/navigation.js';
import { lessonStatus, resetAll, resetLesson } from '../core/progress/update.js';
import { mergeProgress } from '../core/progress/merge.js';
import { migrateProgress } from '../core/progress/migrate.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { UserError } from '../io/errors.js';
import { readUserText } from '../io/read-input.js';
import { flushNotices, loadContext } from './context.js';
import { STATUS_LABEL } from './status-text.js';
import { bestRun, scenarioStatus } from '../core/scenario/play.js';
import { listPlans } from '../io/plan-files.js';
import { dueItems } from '../core/quiz/due.js';
import { latestAttempt } from '../core/quiz/result.js';

export async function progressShow(options: { json?: boolean }): Promise<number> {
  const { catalogue, store } = await loadContext();
  const progress = store.read();
  flushNotices(store);
  const known = new Set(catalogue.lessons.map((l) => l.id));
  const lessons = catalogue.lessons.map((l) => {
    const record = progress.lessons[l.id];
    return {
      id: l.id,
      title: l.title,
      track: l.track,
      status: lessonStatus(progress, l.id),
      startedAt: record?.startedAt ?? null,
      updatedAt: record?.updatedAt ?? null,
      completedAt: record?.completedAt ?? null,
      checks: { total: l.checks.length, correct: l.checks.filter((c) => record?.checks[c.id]?.correct).length },
      exercise: l.exercise ? { kind: l.exercise.kind, passed: record?.exercise?.passed ?? false } : null,
    };
  });
  const done = lessons.filter((l) => l.status === 'done').length;
  const inProgress = lessons.filter((l) => l.status === 'in-progress').length;
  const next = continueTarget(catalogue, progress);
  const scenarios = catalogue.scenarios.map((sc) => {
    const best = bestRun(progress, sc.id);
    return { id: sc.id, title: sc.title, status: scenarioStatus(progress, sc.id), runs: progress.scenarios[sc.id]?.runs.length ?? 0, best: best ? { matched: best.matched, decisions: best.decisions } : null };
  });
  const plans = listPlans();
  const lastQuiz = latestAttempt(progress);
  const quiz = {
    attempts: progress.quiz.attempts.length,
    last: lastQuiz ? { startedAt: lastQuiz.startedAt, asked: lastQuiz.answers.length, correct: lastQuiz.answers.filter((a) => a.correct).length } : null,
    reviewsDue: dueItems(progress.quiz.cards, new Date()).length,
  };
  if (options.json) {
    const report = {
      path: store.path,
      schemaVersion: progress.schemaVersion,
      summary: { lessons: lessons.length, done, inProgress, notStarted: lessons.length - done - inProgress },
      tracks: trackSummaries(catalogue, progress).map((s) => ({ number: s.track.number, title: s.track.title, lessons: s.lessons, done: s.done, inProgress: s.inProgress })),
      lessons,
      scenarios,
      quiz,
      plans: plans.map((p) => ({ path: p.path, server: p.server, date: p.date, rating: p.rating, decision: p.decision, findings: p.openFindings.length })),
      labs: Object.entries(progress.labs).map(([id, r]) => ({ id, ...r })),
      last: progress.last ?? null,
      next: next ? next.lesson.id : null,
      unknownLessons: Object.keys(progress.lessons).filter((id) => !known.has(id)),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const out: string[] = [];
  out.push(`Course progress: ${done} of ${lessons.length} lessons done, ${inProgress} in progress`);
  out.push(`Stored in: ${store.path}`);
  out.push('');
  for (const s of trackSummaries(catalogue, progress)) {
    out.push(`Track ${s.track.number}: ${s.track.title}  ${s.done}/${s.lessons} done`);
    for (const l of lessonsOfTrack(catalogue, s.track.number)) {
      const entry = lessons.find((x) => x.id === l.id);
      if (!entry || entry.status === 'not-started') continue;
      const exercise = entry.exercise ? `, exercise ${entry.exercise.passed ? 'passed' : 'not passed yet'}` : '';
      out.push(`  ${l.id}: ${STATUS_LABEL[entry.status]}, ${entry.checks.correct} of ${entry.checks.total} checks right${exercise}`);
    }
  }
  const played = scenarios.filter((sc) => sc.status === 'played');
  if (scenarios.length) {
    out.push('');
    out.push(`Scenarios: ${played.length} of ${scenarios.length} played`);
    for (const sc of scenarios.filter((x) => x.runs > 0)) {
      out.push(`  ${sc.id}: ${sc.runs} run${sc.runs === 1 ? '' : 's'}${sc.best ? `, best ${sc.best.matched}/${sc.best.decisions} expert choices` : ', not finished'}`);
    }
  }
  if (quiz.attempts) {
    out.push('');
    out.push(`Quiz: ${quiz.attempts} attempt${quiz.attempts === 1 ? '' : 's'}${quiz.last ? `, last ${quiz.last.correct}/${quiz.last.asked} right` : ''}${quiz.reviewsDue ? `, ${quiz.reviewsDue} due for review (mcp-operator quiz --review)` : ''}`);
  }
  const labsPassed = Object.values(progress.labs).filter((r) => r.passed).length;
  if (Object.keys(progress.labs).length) {
    out.push('');
    out.push(`Labs: ${labsPassed} passed, ${Object.keys(progress.labs).length - labsPassed} in progress (mcp-operator labs)`);
  }
  if (plans.length) {
    out.push('');
    out.push(`Deployment plans: ${plans.length}`);
    for (const p of plans) out.push(`  ${p.server}: ${p.rating}, ${p.decision} (${p.date}) ${p.path}`);
  }
  out.push('');
  if (next) out.push(`Next: ${next.lesson.title} (mcp-operator learn ${next.lesson.id})`);
  else out.push('Every lesson is done.');
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

export async function progressReset(lessonId: string | undefined, options: { all?: boolean; yes?: boolean }): Promise<number> {
  if (!lessonId && !options.all) throw new UserError('say what to reset: a LESSON_ID, or --all for everything');
  if (lessonId && options.all) throw new UserError('give either a LESSON_ID or --all, not both');
  const { catalogue, store } = await loadContext();
  const progress = store.read();
  flushNotices(store);
  let what: string;
  if (lessonId) {
    const lesson = catalogue.lessons.find((l) => l.id === lessonId);
    if (!lesson && !progress.lessons[lessonId]) throw new UserError(`no lesson "${lessonId}" (see mcp-operator lessons)`);
    if (!progress.lessons[lessonId]) {
      process.stdout.write(`Nothing to reset: "${lessonId}" has no progress.\n`);
      return 0;
    }
    what = `your progress on "${lesson?.title ?? lessonId}"`;
  } else {
    const count = Object.keys(progress.lessons).length;
    if (count === 0) {
      process.stdout.write('Nothing to reset: no progress is stored yet.\n');
      return 0;
    }
    what = `your progress on all ${count} lesson${count === 1 ? '' : 's'} you have opened`;
  }
  if (!options.yes) {
    if (!process.stdin.isTTY || !process.stdout.isTTY) {
      throw new UserError(`not resetting ${what} without confirmation; run it in a terminal, or add --yes`);
    }
    const { confirm } = await import('@inquirer/prompts');
    const ok = await confirm({ message: `Forget ${what}? This cannot be undone (export first with: mcp-operator progress export FILE).`, default: false });
    if (!ok) {
      process.stdout.write('Nothing was reset.\n');
      return 0;
    }
  }
  await store.update((p) => (lessonId ? resetLesson(p, lessonId) : resetAll()));
  process.stdout.write(`Reset ${what}.\n`);
  return 0;
}

export async function progressExport(file: string, options: { force?: boolean }): Promise<number> {
  const { store } = await loadContext();
  const progress = store.read();
  flushNotices(store);
  const text = `${JSON.stringify(progress, null, 2)}\n`;
  if (file === '-') {
    process.stdout.write(text);
    return 0;
  }
  writeFileAtomic(file, text, { overwrite: options.force === true });
  const count = Object.keys(progress.lessons).length;
  process.stdout.write(`Exported progress on ${count} lesson${count === 1 ? '' : 's'} to ${file}\n`);
  return 0;
}

export async function progressImport(file: string): Promise<number> {
  const text = await readUserText(file);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    // V8 quotes the text around the error, line breaks included: keep the reason on one line.
    throw new UserError(`${file === '-' ? 'standard input' : file} is not valid JSON: ${(error as Error).message.replace(/\s*[\r\n]+\s*/g, ' ')}`);
  }
  const migrated = migrateProgress(raw);
  if (!migrated.ok) throw new UserError(`cannot import ${file}: ${migrated.message}`);
  const { catalogue, store } = await loadContext();
  const merged = await store.update((current) => mergeProgress(current, migrated.progress));
  flushNotices(store);
  const known = new Set(catalogue.lessons.map((l) => l.id));
  const incoming = Object.keys(migrated.progress.lessons);
  const unknown = incoming.filter((id) => !known.has(id));
  const done = catalogue.lessons.filter((l) => merged.lessons[l.id]?.status === 'done').length;
  process.stdout.write(`Merged progress on ${incoming.length} lesson${incoming.length === 1 ? '' : 's'} from ${file}; you now have ${done} of ${catalogue.lessons.length} lessons done.\n`);
  if (unknown.length) process.stdout.write(`Kept ${unknown.length} record(s) for lessons this version does not have: ${unknown.join(', ')}\n`);
  return 0;
}
