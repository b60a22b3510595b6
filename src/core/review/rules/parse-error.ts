import type { ReviewRule } from '../types.js';

/**
 * A config file that does not parse. The engine reports it (a file that cannot be read is never
 * "no servers"): the client may be ignoring the file, or reading it differently than you think.
 */
export const parseError: ReviewRule = {
  id: 'MCPR-PARSE-001',
  category: 'parse-error',
  title: 'Config file does not parse',
  why: 'A client that cannot parse its MCP config either ignores it or stops loading servers, and a reviewer cannot tell which servers it would start. A scanner that treats such a file as "no servers" hides exactly the entries nobody has checked.',
  howToFix: 'Fix the syntax at the line named, then review the file again.',
  lesson: 'stage-and-approve-changes',
  check: () => [],
};
