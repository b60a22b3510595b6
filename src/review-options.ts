// The options of `review` (and the program-wide ones) in one table: commander's definition (src/cli.ts, help and errors) and the
// fast path's parseArgs (src/review-fast-args.ts, a review with plain arguments) are both built from it,
// so a new option cannot reach one and not the other.

export interface ReviewOptionSpec {
  /** As commander writes it: `--format <text|json|sarif|md>`, `--no-discover`. */
  flags: string;
  description: string;
  /** commander's default, shown in the help. */
  default?: string;
}

export const REVIEW_OPTIONS: readonly ReviewOptionSpec[] = [
  { flags: '--format <text|json|sarif|md>', description: 'output format (default: the interactive view in a terminal, text otherwise)' },
  { flags: '--fail-on <SEVERITY>', description: 'exit 1 when a finding is at or above: critical, high, medium, low, info or none', default: 'high' },
  { flags: '--no-discover', description: 'read only the paths given' },
  { flags: '--client <ID>', description: 'which client wrote the config, when its name or place does not say (e.g. for -)' },
  { flags: '--no-fixes', description: 'text format: leave out the fixed entries' },
];

/** The program-wide options (every command takes them, a review too). */
export const GLOBAL_OPTIONS: readonly ReviewOptionSpec[] = [
  { flags: '--plain', description: 'line mode: plain text, every choice a numbered list answered with a typed line (screen readers, pipes, simple terminals)' },
  { flags: '--no-color', description: 'no colours (NO_COLOR is honoured too)' },
];

/** A parseArgs option table for the review options and the global flags: a value option for `--x <V>`, a switch otherwise. */
export function parseArgsOptions(): Record<string, { type: 'string' | 'boolean' }> {
  const out: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const o of REVIEW_OPTIONS) {
    const [flag = '', value] = o.flags.split(' ');
    out[flag.slice(2)] = { type: value ? 'string' : 'boolean' };
  }
  for (const o of GLOBAL_OPTIONS) out[o.flags.slice(2)] = { type: 'boolean' };
  return out;
}

const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The values commander would give the review action for these parsed flags: `--fail-on` is `failOn`
 * (its default when absent), `--no-discover` is `discover: false` (true when absent), an absent
 * option without a default is left out.
 */
export function reviewOptionValues(values: Record<string, string | boolean | undefined>): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const o of REVIEW_OPTIONS) {
    const name = (o.flags.split(' ')[0] ?? '').slice(2);
    if (name.startsWith('no-')) out[camel(name.slice(3))] = values[name] !== true;
    else if (values[name] !== undefined) out[camel(name)] = values[name] as string;
    else if (o.default !== undefined) out[camel(name)] = o.default;
  }
  return out;
}
