// Preload (node --import) that appends every module URL the process resolves to $MCP_OPERATOR_LOAD_LOG.
import { register } from 'node:module';

const hook = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.MCP_OPERATOR_LOAD_LOG) appendFileSync(process.env.MCP_OPERATOR_LOAD_LOG, result.url + '\\n');
  return result;
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
