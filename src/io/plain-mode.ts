/** Line mode: --plain, or MCP_OPERATOR_PLAIN set to 1, true or yes. */
export function isPlain(options: { plain?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return options.plain === true || ['1', 'true', 'yes'].includes((env.MCP_OPERATOR_PLAIN ?? '').toLowerCase());
}
