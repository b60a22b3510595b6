/** Whether a file descriptor is a terminal; node:tty is loaded only when asked (it brings Node's network and stream modules). */
function isTerminal(fd: number): boolean {
  return (process.getBuiltinModule('node:tty') as typeof import('node:tty')).isatty(fd);
}

/**
 * Whether `review` opens its screen: no --format, not line mode, a terminal both ways, no config
 * from stdin. Asks the terminal driver, not process.stdout, and only when the options leave it open:
 * a printed review never creates Node's streams.
 */
export function reviewIsInteractive(format: string | undefined, plain: boolean, paths: readonly string[], tty: { stdin: () => boolean; stdout: () => boolean } = { stdin: () => isTerminal(0), stdout: () => isTerminal(1) }): boolean {
  return format === undefined && !plain && !paths.includes('-') && tty.stdout() && tty.stdin();
}
