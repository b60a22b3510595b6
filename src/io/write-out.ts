import { writeSync } from 'node:fs';

/**
 * Write `text` whole to standard output (fd 1) or error (fd 2), synchronously, without Node's stream
 * objects: creating process.stdout loads Node's stream classes, a few milliseconds of a printed
 * review. A reader that stops early (`mcp-operator review | head`) closed the pipe: that ends the
 * command quietly, as bin does for the streams. A pipe another program left non-blocking is waited on.
 */
export function writeOut(fd: 1 | 2, text: string): void {
  // Most texts go out whole in one call: write the string itself, without copying a large one into a
  // Buffer first (about 6 ms of a 5,000-server JSON review). A partial write goes on from a Buffer.
  let done = 0;
  try {
    done = writeSync(fd, text);
  } catch (error) {
    settle(error);
  }
  if (done === Buffer.byteLength(text, 'utf8')) return;
  const data = Buffer.from(text, 'utf8');
  while (done < data.length) {
    try {
      done += writeSync(fd, data, done);
    } catch (error) {
      settle(error);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
    }
  }
}

/** After a failed write: a closed pipe ends the command quietly, a full non-blocking pipe is waited on, anything else is thrown. */
function settle(error: unknown): void {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
  if (code !== 'EAGAIN') throw error;
}
