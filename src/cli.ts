import { Command, CommanderError, Option } from 'commander';
import { UserError } from './io/errors.js';
import { exitCodeFor } from './io/exit-code.js';
import { isPlain } from './io/plain-mode.js';
import { packageVersion } from './io/paths.js';
import { wrapPlain } from './core/text/wrap-plain.js';
import { GLOBAL_OPTIONS, REVIEW_OPTIONS } from './review-options.js';

export const EXIT = { ok: 0, findings: 1, usage: 2, interrupted: 130 } as const;


const HELP_AFTER = [
  'Line mode (--plain): text printed line by line, never redrawn; each choice is a numbered list (checks and quiz items lettered), answered by typing its number and Enter; Enter alone takes the default shown.',
  'Answers can be piped in, one a line; with output not a terminal nothing but text is written.',
  'Exit codes: 0 success, 1 review found something at or above --fail-on, 2 bad usage or unreadable input, 130 interrupted.',
  'Progress is kept in one JSON file; `mcp-operator progress` prints where.',
  'Environment: MCP_OPERATOR_HOME (progress folder, and the review code cache in its cache/; else the OS config and cache folders), MCP_OPERATOR_PLAIN=1 (line mode), MCP_OPERATOR_NO_CODE_CACHE=1 (keep no compiled code), NO_COLOR.',
];

/** The width commander lays its help out at: the terminal's, or 80 when output is not a terminal. */
function helpWidth(): number {
  return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 80;
}

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('mcp-operator')
    .description('Learn to deploy and run MCP servers securely: a terminal course with knowledge checks and exercises.')
    .version(packageVersion(), '-V, --version', 'print the version');
  for (const o of GLOBAL_OPTIONS) program.option(o.flags, o.description);
  program
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeErr: (text) => process.stderr.write(text),
      outputError: (text, write) => write(`mcp-operator: ${text.replace(/^error: /, '').trim()} (see mcp-operator --help)\n`),
    })
    // Wrapped to the help's width (the terminal's, else 80) like commander's own text above it.
    .addHelpText('after', () => `\n${HELP_AFTER.map((paragraph) => wrapPlain(paragraph, helpWidth()).join('\n')).join('\n')}`);

  const globals = () => program.opts<{ plain?: boolean }>();

  program.action(async () => {
    const { runInteractive } = await import('./commands/interactive.js');
    setExit(await runInteractive({ screen: 'home', plain: isPlain(globals()) }));
  });

  program
    .command('learn')
    .description('open the course: resume where you left off, or open LESSON_ID')
    .argument('[LESSON_ID]', 'a lesson id from `mcp-operator lessons`')
    .action(async (lessonId: string | undefined) => {
      const { runInteractive } = await import('./commands/interactive.js');
      setExit(await runInteractive({ screen: 'learn', lessonId, plain: isPlain(globals()) }));
    });

  program
    .command('lessons')
    .description('list tracks and lessons with your status')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      const { lessonsCommand } = await import('./commands/lessons.js');
      setExit(await lessonsCommand(options));
    });

  program
    .command('scenarios')
    .description('practise decisions: deployments and incidents to play (a list without a terminal or with --json)')
    .argument('[SCENARIO_ID]', 'play this scenario')
    .option('--json', 'list scenarios as JSON')
    .action(async (scenarioId: string | undefined, options: { json?: boolean }) => {
      const plain = isPlain(globals());
      if (options.json || (!scenarioId && !plain && !process.stdout.isTTY)) {
        const { scenariosList } = await import('./commands/scenarios.js');
        setExit(await scenariosList(options));
        return;
      }
      const { runInteractive } = await import('./commands/interactive.js');
      setExit(await runInteractive({ screen: 'scenarios', scenarioId, plain }));
    });

  program
    .command('plan')
    .description('assess one server and write its deployment plan (interview, or --answers/--scenario without questions)')
    .argument('[FILES...]', 'with --diff: OLD.json NEW.json')
    .option('--scenario <ID>', 'answers taken from a scenario')
    .option('--answers <FILE>', 'answers file (YAML or JSON) for a run without questions')
    .option('--from-config <PATH[#SERVER]>', 'pre-answer from a client config entry (transport, pinning, isolation, approval); the interview asks the rest')
    .option('--server <ID>', 'a known server (mcp-operator servers): its source, transport, capabilities and package are suggested from the knowledge base')
    .option('--out <FILE>', 'write the plan to FILE (.md) and its JSON sidecar (.json)')
    .option('--format <md|json>', 'output format on stdout (default md)')
    .option('--force', 'replace existing plan files')
    .option('--diff', 'compare two plan JSON files of the same server')
    .action(async (files: string[], options: import('./commands/plan.js').PlanOptions) => {
      const { planCommand } = await import('./commands/plan.js');
      const code = await planCommand(files, options);
      if (code !== undefined) return setExit(code);
      const { runInterview } = await import('./commands/interview.js');
      const planModule = await import('./commands/plan.js');
      const preset = options.fromConfig ? await planModule.answersFromConfig(options.fromConfig) : options.server ? await planModule.serverFromOption(options.server) : undefined;
      setExit(await runInterview({ plain: isPlain(globals()), out: options.out, force: options.force, ...(preset ? { preset } : {}) }));
    });

  program
    .command('quiz')
    .description('skill self-assessment: scores per knowledge area and what to study next')
    .option('--areas <A,B>', 'only these knowledge areas (focused assessment)')
    .option('--count <N>', 'how many items')
    .option('--review', 'the missed and unsure items that are due again')
    .option('--json', 'print your last result as JSON')
    .action(async (options: import('./commands/quiz.js').QuizOptions) => {
      const { quizCommand } = await import('./commands/quiz.js');
      setExit(await quizCommand(options, isPlain(globals())));
    });

  const review = program
    .command('review')
    .description('review MCP client configs offline: secrets, pinning, container flags, auto-approval and more (nothing is started or fetched)')
    .argument('[PATHS...]', 'config files or project folders to review (- reads standard input); without --no-discover, every client config found on this machine too');
  for (const o of REVIEW_OPTIONS) review.option(o.flags, o.description, o.default);
  review.action(async (paths: string[], options: import('./commands/review.js').ReviewOptions) => {
      const { reviewCommand } = await import('./commands/review.js');
      setExit(await reviewCommand(paths, options, isPlain(globals())));
    });

  program
    .command('lab')
    .description('hands-on lab: fix real config files in your own editor, graded live by the review and risk engines')
    .argument('[LAB_ID]', 'a lab id from `mcp-operator labs` (default: the one you worked on last)')
    .option('--dir <DIR>', 'the workspace folder (default: beside your progress file)')
    .option('--init', 'write the starting files into the workspace and exit (no terminal needed)')
    .option('--solution', 'with --init: write the reference solution instead (for authors and CI)')
    .option('--check', 'grade the workspace once and print each goal (exit 0 passed, 1 not yet)')
    .action(async (labId: string | undefined, options: import('./commands/lab.js').LabOptions) => {
      const { labCommand } = await import('./commands/lab.js');
      setExit(await labCommand(labId, options, isPlain(globals())));
    });

  program
    .command('labs')
    .description('list the hands-on labs with their lesson, track and your status')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      const { labsCommand } = await import('./commands/labs.js');
      setExit(await labsCommand(options));
    });

  const progress = program
    .command('progress')
    .description('show your progress and where it is stored')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      const { progressShow } = await import('./commands/progress.js');
      setExit(await progressShow(options));
    });
  progress
    .command('reset')
    .description('forget progress for one lesson, or for all with --all (asks first)')
    .argument('[LESSON_ID]', 'the lesson to reset')
    .option('--all', 'reset every lesson')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(async (lessonId: string | undefined, options: { all?: boolean; yes?: boolean }) => {
      const { progressReset } = await import('./commands/progress.js');
      setExit(await progressReset(lessonId, options));
    });
  progress
    .command('export')
    .description('write your progress as JSON to FILE (- for standard output)')
    .argument('FILE')
    .option('--force', 'replace FILE if it exists')
    .action(async (file: string, options: { force?: boolean }) => {
      const { progressExport } = await import('./commands/progress.js');
      setExit(await progressExport(file, options));
    });
  progress
    .command('import')
    .description('merge progress from FILE (- for standard input) into yours; nothing is wiped')
    .argument('FILE')
    .action(async (file: string) => {
      const { progressImport } = await import('./commands/progress.js');
      setExit(await progressImport(file));
    });

  program
    .command('servers')
    .description('the server knowledge base: who publishes each known MCP server, its tools and their capability classes, least-privilege switches, credential, advisories and status')
    .argument('[QUERY]', 'an id, alias, package (pkg@1.2.3), image, URL or words to search for')
    .option('--json', 'machine-readable output')
    .action(async (query: string | undefined, options: { json?: boolean }) => {
      const { serversCommand } = await import('./commands/servers.js');
      setExit(await serversCommand(query, options));
    });

  program
    .command('toolbox')
    .description("the operator's toolbox: scanners, gateways, sandboxes, pinning, secret stores, logging, advisory databases, identity servers, test clients and the specification's checklists, with what each sends out")
    .argument('[JOB|TOOL]', 'a job (e.g. gateway, secrets, config-scanner) or a tool id')
    .option('--json', 'machine-readable output')
    .action(async (query: string | undefined, options: { json?: boolean }) => {
      const { toolboxCommand } = await import('./commands/toolbox.js');
      setExit(await toolboxCommand(query, options));
    });

  const advisories = program
    .command('advisories')
    .description('the advisories the review matches (built-in and imported), and where each came from')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      const { advisoriesCommand } = await import('./commands/advisories.js');
      setExit(await advisoriesCommand(options));
    });
  advisories
    .command('import')
    .description('add OSV advisory records (a file, an array, or a folder searched recursively) for the review to use, offline')
    .argument('<PATH...>', 'OSV JSON files or folders (github/advisory-database or osv.dev exports)')
    .action(async (paths: string[]) => {
      const { advisoriesImportCommand } = await import('./commands/advisories.js');
      setExit(await advisoriesImportCommand(paths));
    });

  program
    .command('mcp')
    .description('serve the tutor to AI assistants as an MCP server over stdio')
    .action(async () => {
      const { mcpCommand } = await import('./commands/mcp.js');
      setExit(await mcpCommand());
    });

  program
    .command('check-content')
    .description('validate the course content (lessons and tracks) and report every problem')
    .argument('[DIR]', 'folder holding lessons/ to check (default: the installed course)')
    .addOption(new Option('--json', 'print a coverage summary as JSON'))
    .action(async (dir: string | undefined, options: { json?: boolean }) => {
      const { checkContentCommand } = await import('./commands/check-content.js');
      setExit(await checkContentCommand(dir, options));
    });

  return program;
}

/** Run the CLI with `args` (without node and script); resolves to the process exit code. */
export async function main(args: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => (code = c));
  try {
    const first = args[0];
    if (first && !first.startsWith('-') && !program.commands.some((c) => c.name() === first || c.aliases().includes(first))) {
      const known = program.commands.map((c) => c.name()).join(', ');
      throw new UserError(`unknown command "${first}" (commands: ${known}; see mcp-operator --help)`);
    }
    await program.parseAsync(args, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    return exitCodeFor(error);
  }
}
