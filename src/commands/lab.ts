import { resolve } from 'node:path';
import type { Lab } from '../core/lab/types.js';
import type { Progress } from '../core/progress/model.js';
import { openLab, recordLabSolution } from '../core/progress/lab-update.js';
import { UserError } from '../io/errors.js';
import { loadLabs } from '../io/lab-loader.js';
import { defaultLabDir, workspaceExists, writeWorkspace } from '../io/lab-workspace.js';
import { flushNotices, loadContext } from './context.js';
import { letInkDraw } from './terminal.js';

export interface LabOptions {
  dir?: string;
  init?: boolean;
  solution?: boolean;
  check?: boolean;
}

/** Without an id: the lab worked on last that is not passed yet, else the first one not passed, else the first. */
export function defaultLab(labs: readonly Lab[], progress: Progress): Lab | undefined {
  const open = labs
    .map((lab) => ({ lab, record: Object.hasOwn(progress.labs, lab.id) ? progress.labs[lab.id] : undefined }))
    .filter((x) => x.record && !x.record.passed)
    .sort((a, b) => ((a.record?.updatedAt ?? '') < (b.record?.updatedAt ?? '') ? 1 : -1));
  return open[0]?.lab ?? labs.find((l) => !progress.labs[l.id]?.passed) ?? labs[0];
}

const NO_TERMINAL = 'use --plain for line mode, or run it without a terminal: mcp-operator lab ID --init --dir DIR writes the files, mcp-operator lab ID --check --dir DIR grades them';

/** `mcp-operator lab [ID] [--dir DIR] [--init [--solution]] [--check]`. */
export async function labCommand(id: string | undefined, options: LabOptions, plain: boolean): Promise<number> {
  if (options.solution && !options.init) throw new UserError('--solution goes with --init (it writes the reference solution instead of the starting files)');
  if (options.init && options.check) throw new UserError('choose --init (write the files) or --check (grade them), not both');
  if ((options.init || options.check) && !id) throw new UserError(`say which lab: mcp-operator lab ID ${options.init ? '--init' : '--check'} (see mcp-operator labs)`);
  const interactive = !options.init && !options.check;
  if (interactive && !plain && (!process.stdin.isTTY || !process.stdout.isTTY)) {
    const which = !process.stdin.isTTY ? 'standard input' : 'standard output';
    throw new UserError(`the lab needs a terminal, but ${which} is not one; ${NO_TERMINAL}`);
  }
  const { catalogue, store } = await loadContext();
  const labs = await loadLabs(catalogue);
  const progress = store.read();
  flushNotices(store);
  const lab = id ? labs.find((l) => l.id === id) : defaultLab(labs, progress);
  if (!lab) throw new UserError(id ? `no lab "${id}" (see mcp-operator labs)` : 'this course has no labs');
  const dir = options.dir ? resolve(options.dir) : defaultLabDir(lab.id);

  if (options.init) {
    const written = writeWorkspace(dir, options.solution ? lab.solution : lab.start, 'fresh');
    await store.update((p) => {
      const now = store.timestamp();
      const opened = openLab(p, lab.id, now);
      return options.solution ? recordLabSolution(opened, lab.id, now) : opened;
    });
    flushNotices(store);
    const what = options.solution ? 'the reference solution' : 'the starting files';
    const files = lab.files.map((f) => `  ${f.path}${written.includes(f.path) ? '' : ' (already there, unchanged)'}`);
    const dirFlag = options.dir ? ` --dir ${JSON.stringify(options.dir)}` : '';
    process.stdout.write(`Wrote ${what} of lab ${lab.id} into ${dir}:\n${files.join('\n')}\n\nTask: ${lab.task}\n\nGrade it: mcp-operator lab ${lab.id} --check${dirFlag}\n`);
    return 0;
  }

  if (!workspaceExists(dir)) {
    if (options.check) throw new UserError(`no workspace at ${dir}: write the starting files first with mcp-operator lab ${lab.id} --init${options.dir ? ` --dir ${JSON.stringify(options.dir)}` : ''}`);
  }
  const [{ LabSession }, { loadKnowledgeSync }] = await Promise.all([import('../app/lab-session.js'), import('../io/knowledge-loader.js')]);
  const session = new LabSession({ lab, dir, store, knowledge: loadKnowledgeSync() });

  if (options.check) {
    session.check({ reason: 'check' });
    await session.close();
    flushNotices(store);
    const { checkReport } = await import('../app/lab-text.js');
    process.stdout.write(checkReport(lab, dir, session.view, options.dir));
    return session.view.grade.passed ? 0 : 1;
  }

  await session.open();
  flushNotices(store);
  try {
    if (plain) {
      const { runPlainLab } = await import('../plain/lab.js');
      return await runPlainLab(session);
    }
    session.watch();
    letInkDraw();
    const { runLabTui } = await import('../ui/lab-run.js');
    return await runLabTui(session);
  } finally {
    await session.close();
    flushNotices(store);
  }
}
