import { UserError } from './errors.js';
import { writeOut } from './write-out.js';

/** The exit code for an error that ended a command, after saying what went wrong in one line (never a stack trace). */
export function exitCodeFor(error: unknown): number {
  if (error instanceof UserError) {
    writeOut(2, `mcp-operator: ${error.message}\n`);
    return error.code;
  }
  if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) return 130;
  const message = error instanceof Error ? error.message : String(error);
  writeOut(2, `mcp-operator: unexpected error: ${message.split('\n')[0]}\n`);
  if (process.env.MCP_OPERATOR_DEBUG) console.error(error);
  return 2;
}
