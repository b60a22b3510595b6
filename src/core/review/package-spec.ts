/** Runners that fetch and start a package by name. */
export const PACKAGE_RUNNERS = new Set(['npx', 'uvx', 'pipx', 'bunx', 'pnpx']);

/** Options of those runners that take a value, so the value is not mistaken for the package. */
const OPTIONS_WITH_VALUE = new Set(['-p', '--package', '--from', '--python', '--with', '-c', '--call']);

/** The package argument of `npx -y pkg@1 ...` (the first word that is not an option), if any. */
export function packageArgument(args: readonly string[]): { spec: string; index: number } | undefined {
  for (let i = 0; i < args.length; i += 1) {
    const word = args[i] as string;
    if (OPTIONS_WITH_VALUE.has(word)) {
      i += 1;
      continue;
    }
    if (word.startsWith('-')) continue;
    return { spec: word, index: i };
  }
  return undefined;
}

/** Name and version of an npm-style spec (`@scope/name@1.2.3`, `name@latest`, `name`) or a Python one (`name==1.2`). */
export function splitSpec(spec: string): { name: string; version?: string } {
  const py = /^([A-Za-z0-9_.-]+)==(.+)$/.exec(spec);
  if (py) return { name: py[1] as string, version: py[2] as string };
  const at = spec.lastIndexOf('@');
  if (at > 0) return { name: spec.slice(0, at), version: spec.slice(at + 1) };
  return { name: spec };
}

/** An exact version: 1.2.3 (optionally with a pre-release), not a range, tag or "latest". */
export function isExactVersion(version: string | undefined): boolean {
  return Boolean(version && /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/.test(version));
}
