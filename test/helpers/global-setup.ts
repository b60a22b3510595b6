import { execFileSync } from 'node:child_process';

/** Tests that run the CLI use the real bundle: build it once before any test file runs. */
export default function setup(): void {
  if (process.env.MCP_OPERATOR_SKIP_BUILD) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
