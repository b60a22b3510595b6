import envPaths from 'env-paths';

/** The folder progress lives in: MCP_OPERATOR_HOME, else the OS config folder (XDG on Linux). Its own module: a review needs the folder (imported advisories live there), not the progress model. */
export function defaultProgressDir(): string {
  return process.env.MCP_OPERATOR_HOME || envPaths('mcp-operator', { suffix: '' }).config;
}
