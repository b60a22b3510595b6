import { writeSync } from 'node:fs';

/**
 * Write `text` whole to standard output (fd 1) or error (fd 2), synchronously, without Node's stream
 * objects: creating process.stdout loads Node's stream classes, a few milliseconds of a printed
 * review. A reader that stops early (`mcp-operator review | head`) closed the pipe: that ends the
 * command quietly, as bin does for the streams. A pipe another program left non-blocking is waited on.
 */
export function writeOut(fd: 1 | 2, text: string): void {
  const data = Buffer.from(text, 'utf8');
  let done = 0;
  while (done < data.length) {
    try {
      done += writeSync(fd, data, done);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
    }
  }
}
