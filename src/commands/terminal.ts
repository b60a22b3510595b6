/**
 * Ink draws only the last frame when it thinks it runs in CI (CI=true in the environment). Call
 * this after checking that both ends are a real terminal, before loading Ink: a person is watching.
 */
export function letInkDraw(): void {
  if (process.env.CI !== undefined) process.env.CI = '0';
  if (process.env.CONTINUOUS_INTEGRATION !== undefined) process.env.CONTINUOUS_INTEGRATION = '0';
}
