#!/usr/bin/env node
// Entry point. Decides colour before anything that loads chalk, then hands over to the CLI.
// Ink, marked-terminal and chalk ignore NO_COLOR; FORCE_COLOR=0 is what they honour.
import module from 'node:module';

// Node 22.1 and later can keep V8's compiled code between runs (in the OS temp folder, Node's own
// cache): a short command then skips most of compiling the bundle. Node 20 has no such cache.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const args = process.argv.slice(2);
const noColor = (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') || args.includes('--no-color');
if (noColor) process.env.FORCE_COLOR = '0';

// This tool never uses the network. Replacing the lazy global fetch (without touching it) makes
// that visible to any dependency, and keeps Ink's layout engine from loading Node's HTTP client
// just to test `typeof fetch` (about 30 ms of start-up).
Object.defineProperty(globalThis, 'fetch', { value: undefined, writable: true, configurable: true });

// A reader that stops early (`mcp-operator review | head`) closes the pipe: that is the reader's
// choice, not an error, so end quietly instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

if (args.length === 1 && args[0] === 'mcp') {
  // An MCP client starts this on every session and waits for it: straight to the server, without
  // the argument parser, so the first answers come as soon as Node is up (src/mcp/main.ts).
  const { serveMcp } = await import('./mcp/main.js');
  process.exitCode = await serveMcp();
} else {
  // A review with plain arguments (what CI runs) skips the argument parser; anything else goes through it.
  const fastPath = args[0] === 'review' ? await import('./review-fast.js') : undefined;
  const review = fastPath?.fastReviewArgs(args);
  if (fastPath && review) process.exitCode = await fastPath.runFastReview(review);
  else {
    const { main } = await import('./cli.js');
    process.exitCode = await main(args);
  }
}
