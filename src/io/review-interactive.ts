import { isatty } from 'node:tty';

/**
 * Whether `review` opens its screen: no --format, not line mode, a terminal both ways, no config
 * from stdin. Asks the terminal driver, not process.stdout: a printed review never creates Node's streams.
 */
export function reviewIsInteractive(format: string | undefined, plain: boolean, paths: readonly string[], tty: { stdin: boolean; stdout: boolean } = { stdin: isatty(0), stdout: isatty(1) }): boolean {
  return format === undefined && !plain && tty.stdout && tty.stdin && !paths.includes('-');
}
