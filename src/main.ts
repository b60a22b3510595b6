// The module bundle's entry: every command that does not run from the review script (src/bin.ts
// handles that, and the set-up every command needs, before it loads this).

/** Run the command `args` and return its exit code. */
export async function run(args: readonly string[]): Promise<number> {
  if (args.length === 1 && args[0] === 'mcp') {
    // An MCP client starts this on every session and waits for it: straight to the server, without
    // the argument parser, so the first answers come as soon as Node is up (src/mcp/main.ts).
    const { serveMcp } = await import('./mcp/main.js');
    return serveMcp();
  }
  // A review with plain arguments (what CI runs) skips the argument parser; anything else goes through it.
  const fastPath = args[0] === 'review' ? await import('./review-fast.js') : undefined;
  const review = fastPath?.fastReviewArgs(args);
  if (fastPath && review) return fastPath.runFastReview(review);
  const { main } = await import('./cli.js');
  return main([...args]);
}
