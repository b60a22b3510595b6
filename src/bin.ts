#!/usr/bin/env node
// Entry point, built as CommonJS (dist/bin.cjs): Node starts a CommonJS file without setting up its
// module loader, which a printed review never needs (README "Design notes", "A review starts as
// little as it can"). It decides colour before anything loads chalk, then runs a printed review from
// the review script (src/review-cached.ts) or hands over to the module bundle (src/main.ts).
// Ink, marked-terminal and chalk ignore NO_COLOR; FORCE_COLOR=0 is what they honour.
import module from 'node:module';
import { exitCodeFor } from './io/exit-code.js';

// Node 22.1 and later can keep V8's compiled code between runs (in the OS temp folder, Node's own
// cache): a command then skips most of compiling the module bundle. Node 20 has no such cache.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const args = process.argv.slice(2);
const noColor = (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') || args.includes('--no-color');
if (noColor) process.env.FORCE_COLOR = '0';

// This tool never uses the network. Replacing the lazy global fetch (without touching it) makes
// that visible to any dependency, and keeps Ink's layout engine from loading Node's HTTP client
// just to test `typeof fetch` (about 30 ms of start-up).
Object.defineProperty(globalThis, 'fetch', { value: undefined, writable: true, configurable: true });

/**
 * A reader that stops early (`mcp-operator lessons | head`) closes the pipe: that is the reader's
 * choice, not an error, so end quietly instead of printing a stack trace. (A printed review writes
 * without the streams, src/io/write-out.ts, and creating them costs start-up: set up only after it.)
 */
function endQuietlyOnClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}

async function start(): Promise<number> {
  if (args[0] === 'review') {
    // Bundled into this file, evaluated only here: other commands do not pay for the argument reader, the cache folder or node:vm.
    const { fastReviewArgs } = await import('./review-fast-args.js');
    const { runCachedReview } = await import('./review-cached.js');
    const review = fastReviewArgs(args);
    const code = review ? await runCachedReview(review, __dirname) : undefined;
    // Everything is written (synchronously, src/io/write-out.ts) and the code cache saved: end at once
    // instead of waiting for Node to tear down a heap that a large review has grown.
    if (code !== undefined) process.exit(code);
  }
  endQuietlyOnClosedPipes();
  const { run } = (await import('./main.js')) as typeof import('./main.js');
  return run(args);
}

start().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = exitCodeFor(error);
  },
);
