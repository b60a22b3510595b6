import { realKnowledge } from '../../helpers/knowledge.js';
import type { Goal } from '../../../src/core/lab/schema.js';
import type { FileSet, Lab, LabFile } from '../../../src/core/lab/types.js';
import type { LabContext } from '../../../src/core/lab/workspace.js';

export const ctx = (): LabContext => ({ knowledge: realKnowledge(), date: '2026-12-05' });

/** A lab made in the test: its files, goals, and start and solution file sets. */
export function makeLab(files: LabFile[], goals: Goal[], start: FileSet, solution: FileSet = start): Lab {
  return {
    id: 'test-lab',
    lesson: 'lesson',
    title: 'Test lab',
    task: 'Fix it.',
    files,
    open: files[0]?.path ?? '',
    goals,
    hints: ['one', 'two', 'three'],
    explanation: 'Because.',
    references: [{ title: 'ref', url: 'https://example.com' }],
    track: 2,
    source: 'lessons/2-x/labs/test-lab/lab.yaml',
    start,
    solution,
  };
}

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const HARD = ['--read-only', '--cap-drop', 'ALL', '--security-opt', 'no-new-privileges', '--user', '65532:65532', '--memory', '512m', '--pids-limit', '128'];
export const IMAGE = 'ghcr.io/github/github-mcp-server@sha256:<reviewed-digest>';
export const TOKEN = 'ghp_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7d';

/** A GitHub entry in a container, with `env` as given. */
export function githubEntry(env: Record<string, string>, extraArgs: string[] = []): Record<string, unknown> {
  return { command: 'docker', args: ['run', '-i', '--rm', ...HARD, ...extraArgs, '-e', 'GITHUB_PERSONAL_ACCESS_TOKEN', IMAGE], env };
}

/** A one-file lab: the GitHub token written into .mcp.json, to be passed from the environment instead. */
export function tokenLab() {
  const start = { '.mcp.json': json({ mcpServers: { github: githubEntry({ GITHUB_PERSONAL_ACCESS_TOKEN: TOKEN }) } }) };
  const solution = { '.mcp.json': json({ mcpServers: { github: githubEntry({ GITHUB_PERSONAL_ACCESS_TOKEN: '${GITHUB_PERSONAL_ACCESS_TOKEN}' }) } }) };
  const lab = makeLab(
    [{ path: '.mcp.json', kind: 'config' }],
    [
      { kind: 'finding-gone', rule: 'MCPR-SEC-001', server: 'github' },
      { kind: 'secret-passed', server: 'github', variable: 'GITHUB_PERSONAL_ACCESS_TOKEN' },
    ],
    start,
    solution,
  );
  return { start, solution, lab };
}
