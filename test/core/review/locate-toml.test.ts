import { describe, expect, it } from 'vitest';
import { tomlOffset, tomlSpan } from '../../../src/core/review/locate-toml.js';
import { reviewConfigs } from '../../../src/core/review/engine.js';
import { realKnowledge } from '../../helpers/knowledge.js';

const text = [
  '# Codex', // 1
  'model = "o3"', // 2
  '', // 3
  '[mcp_servers.github]', // 4
  'command = "npx"', // 5
  'args = [', // 6
  '  "-y", # comment, with [brackets]', // 7
  '  "@modelcontextprotocol/server-github",', // 8
  ']', // 9
  'env = { OTHER = "a,b", GITHUB_PERSONAL_ACCESS_TOKEN = "ghp_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7d" }', // 10
  '', // 11
  '[mcp_servers."aws api"]', // 12
  "command = 'uvx'", // 13
  'args = ["awslabs.aws-api-mcp-server==1.0.0", "--x=[1]"]', // 14
  '', // 15
  '[mcp_servers."aws api".env]', // 16
  'AWS_REGION = "us-east-1"', // 17
  'AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY12"', // 18
  '',
].join('\n');

/** Line and column (1-based) of an offset. */
const at = (offset: number | undefined) => {
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset).split('\n');
  return [before.length, (before.at(-1) as string).length + 1];
};

describe('tomlOffset: where a value sits in a Codex config.toml', () => {
  it('finds table headers, keys, array items on one line or several, and env as an inline table or a table of its own', () => {
    expect(at(tomlOffset(text, ['mcp_servers', 'github']))).toEqual([4, 1]);
    expect(at(tomlOffset(text, ['mcp_servers', 'github', 'command']))).toEqual([5, 11]);
    expect(at(tomlOffset(text, ['mcp_servers', 'github', 'args', 1]))).toEqual([8, 3]);
    expect(at(tomlOffset(text, ['mcp_servers', 'github', 'env', 'GITHUB_PERSONAL_ACCESS_TOKEN']))).toEqual([10, 55]);
    expect(at(tomlOffset(text, ['mcp_servers', 'aws api']))).toEqual([12, 1]);
    expect(at(tomlOffset(text, ['mcp_servers', 'aws api', 'args', 1]))).toEqual([14, 46]);
    expect(at(tomlOffset(text, ['mcp_servers', 'aws api', 'env', 'AWS_SECRET_ACCESS_KEY']))).toEqual([18, 25]);
    expect(tomlSpan(text, ['mcp_servers', 'aws api', 'args', 0])?.length).toBe('"awslabs.aws-api-mcp-server==1.0.0"'.length);
  });

  it('gives nothing for what is not there', () => {
    expect(tomlOffset(text, ['mcp_servers', 'nope', 'command'])).toBeUndefined();
    expect(tomlOffset(text, ['mcp_servers', 'github', 'args', 5])).toBeUndefined();
    expect(tomlOffset(text, ['mcp_servers', 'github', 'url'])).toBeUndefined();
  });

  it('the review of a Codex config reports each finding at its value', () => {
    const r = reviewConfigs([{ path: '/home/u/.codex/config.toml', text }], { name: 'm', version: 't' }, undefined, { knowledge: realKnowledge() });
    const where = (rule: string, field: string) => {
      const d = r.details.find((x) => x.finding.ruleId === rule && x.finding.field === field);
      return d ? [d.line, d.column] : undefined;
    };
    expect(where('MCPR-PIN-001', 'args[1]')).toEqual([8, 3]);
    expect(where('MCPR-SEC-001', 'env.GITHUB_PERSONAL_ACCESS_TOKEN')).toEqual([10, 55]);
    expect(where('MCPR-SEC-001', 'env.AWS_SECRET_ACCESS_KEY')).toEqual([18, 25]);
  });
});
