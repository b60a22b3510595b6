import chalk from 'chalk';
import type { LabSession } from '../app/lab-session.js';
import { goalLines, gradeSummary, unreadableLines } from '../app/lab-text.js';
import { solutionLocked } from '../core/lab/progression.js';
import { wrapLines } from '../core/text/wrap.js';
import { editorFrom, openWindowed, runInTerminal } from '../io/editor.js';
import { askLine, fromPipe } from './lines.js';
import { heading, say, width } from './output.js';

function sayWrapped(text: string, indent = '', style: (s: string) => string = (s) => s, hang = 0): void {
  for (const line of wrapLines(text, width(), indent, hang)) say(style(line));
}

function showGrade(session: LabSession): void {
  const view = session.view;
  say();
  for (const u of unreadableLines(view)) sayWrapped(u, '', chalk.yellow);
  for (const goal of view.grade.goals) {
    const [head = '', detail = ''] = goalLines(goal);
    sayWrapped(head, '', goal.passed ? chalk.green : chalk.red, 2);
    sayWrapped(detail.trim(), '    ', chalk.dim);
  }
  sayWrapped(view.grade.passed ? gradeSummary(view) : `${gradeSummary(view)} Checks so far: ${view.checks}.`, '', view.grade.passed ? chalk.green : (s) => s);
  if (view.saveError) sayWrapped(`Progress was not saved: ${view.saveError}`, '', chalk.yellow);
}

const KEYS = 'Enter re-checks · h hint · s solution · r restore · e edit · q quit';

/** The lab in line mode: the same goals and keys as the full screen; the files are graded again each time Enter is pressed. */
export async function runPlainLab(session: LabSession): Promise<number> {
  const { lab } = session;
  heading(`Lab: ${lab.title}`);
  sayWrapped(`Workspace: ${session.dir}`);
  sayWrapped(`Edit: ${lab.files.map((f) => f.path).join(', ')}`);
  say();
  sayWrapped(lab.task);
  showGrade(session);
  for (;;) {
    say();
    let answer: string;
    try {
      answer = (await askLine(`${KEYS}:`)).toLowerCase();
    } catch (error) {
      // A pipe that ran out leaves as q would; Ctrl-C in a terminal is an interruption (exit 130).
      if ((error as Error).name === 'ExitPromptError' && fromPipe()) return 0;
      throw error;
    }
    if (answer === '' || answer === 'c' || answer === 'check') {
      if (!session.check()) say('No change since the last check.');
      showGrade(session);
    } else if (answer === 'h' || answer === 'hint') {
      const before = session.view.hintsShown;
      const shown = session.nextHint();
      if (shown === before) say('That was the last hint; the solution is open (s).');
      else sayWrapped(`Hint ${shown} of ${lab.hints.length}: ${lab.hints[shown - 1] ?? ''}`, '', chalk.cyan);
    } else if (answer === 's' || answer === 'solution') {
      const solution = session.solution();
      if (!solution) sayWrapped(solutionLocked(session.view.hintsShown));
      else {
        heading('Reference solution');
        sayWrapped(solution.explanation);
        for (const [path, text] of Object.entries(solution.files)) {
          say();
          say(chalk.cyan(`── ${path} ──`));
          say(text.replace(/\n$/, ''));
        }
      }
    } else if (answer === 'r' || answer === 'restore') {
      const sure = (await askLine(`Replace ${lab.files.map((f) => f.path).join(', ')} with the starting files? Your changes to them are lost (y/n):`)).toLowerCase();
      if (sure === 'y' || sure === 'yes') {
        session.restore();
        say('The starting files are back.');
        showGrade(session);
      } else say('Nothing was restored.');
    } else if (answer === 'e' || answer === 'edit') {
      const editor = editorFrom();
      if (!editor) sayWrapped(`No editor set: open ${session.openPath()} in any editor and press Enter here to check it, or set $VISUAL or $EDITOR.`);
      else {
        const result = editor.gui ? await openWindowed(editor, session.openPath()) : runInTerminal(editor, session.openPath());
        sayWrapped(result.message);
        if (session.check()) showGrade(session);
      }
    } else if (answer === 'q' || answer === 'quit') return 0;
    else say(`Not a key here: ${answer}. ${KEYS}.`);
  }
}
