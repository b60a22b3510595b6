import { describe, expect, it } from 'vitest';
import { dishonestVariants, labHonestyIssues, withoutServer } from '../../../src/core/lab/honesty.js';
import type { Goal } from '../../../src/core/lab/schema.js';
import type { LabFile } from '../../../src/core/lab/types.js';
import { ctx, githubEntry, json, makeLab, TOKEN } from './helpers.js';
import { readContentSources, validateSources } from '../../../src/io/content-loader.js';
import { checkLabContent } from '../../../src/io/lab-loader.js';
import { realKnowledge, ROOT } from '../../helpers/knowledge.js';

const FILES: LabFile[] = [{ path: '.mcp.json', kind: 'config' }];
const claude = (servers: Record<string, unknown>) => ({ '.mcp.json': json({ mcpServers: servers }) });
const leaky = claude({ github: githubEntry({ GITHUB_PERSONAL_ACCESS_TOKEN: TOKEN }) });
const fixed = claude({ github: githubEntry({ GITHUB_PERSONAL_ACCESS_TOKEN: '${GITHUB_PERSONAL_ACCESS_TOKEN}' }) });
const goneGoal: Goal = { kind: 'finding-gone', rule: 'MCPR-SEC-001', server: 'github' };

describe('a lab is solvable and honest', () => {
  it('a good lab has no issues', () => {
    expect(labHonestyIssues(makeLab(FILES, [goneGoal, { kind: 'secret-passed', server: 'github', variable: 'GITHUB_PERSONAL_ACCESS_TOKEN' }], leaky, fixed), ctx())).toEqual([]);
  });

  it('starting files that already pass: nothing to fix', () => {
    const issues = labHonestyIssues(makeLab(FILES, [goneGoal], fixed, fixed), ctx());
    expect(issues.map((i) => i.message)).toContain('the starting files already pass every goal: there is nothing to fix');
  });

  it('a solution that fails a goal, or that the review still faults at medium or above', () => {
    const unpinned = claude({ github: { command: 'npx', args: ['-y', 'some-mcp-server'], env: { GITHUB_PERSONAL_ACCESS_TOKEN: '${GITHUB_PERSONAL_ACCESS_TOKEN}' } } });
    const messages = labHonestyIssues(makeLab(FILES, [goneGoal], leaky, unpinned), ctx()).map((i) => i.message);
    expect(messages.some((m) => /the review reports MCPR-PIN-001 \(\w+\) on github in solution\/\.mcp\.json/.test(m))).toBe(true);
    const failing = labHonestyIssues(makeLab(FILES, [goneGoal], leaky, leaky), ctx()).map((i) => i.message);
    expect(failing.some((m) => m.startsWith('the reference solution fails "github: no "Credential written into the config file" finding'))).toBe(true);
  });

  it('a lab that deleting the file\'s contents or the server would pass is reported', () => {
    // Only a value-gone goal: emptying the config removes the value and "passes".
    const valueOnly: Goal = { kind: 'value-gone', file: '.mcp.json', server: 'github', field: 'env.GITHUB_PERSONAL_ACCESS_TOKEN' };
    const messages = labHonestyIssues(makeLab(FILES, [valueOnly], leaky, fixed), ctx()).map((i) => i.message);
    expect(messages).toContain('the solution with .mcp.json emptied passes every goal: add a goal that keeps the server working');
    expect(messages).toContain('the solution with github removed from .mcp.json passes every goal: add a goal that keeps the server working');
  });

  it('removes a server from JSON, TOML and a launch script, and leaves the others', () => {
    const two = json({ mcpServers: { github: { command: 'x' }, other: { command: 'y' } } });
    expect(JSON.parse(withoutServer(FILES[0]!, two, 'github')!)).toEqual({ mcpServers: { other: { command: 'y' } } });
    const toml = '[mcp_servers.github]\ncommand = "x"\n\n[mcp_servers.other]\ncommand = "y"\n';
    expect(withoutServer({ path: '.codex/config.toml', kind: 'config' }, toml, 'github')).not.toMatch(/github/);
    const script = '#!/bin/sh\n# keep me\nexec docker run -i \\\n  image\n';
    expect(withoutServer({ path: 'run.sh', kind: 'shell', server: 'srv' }, script, 'srv')).toBe('#!/bin/sh\n# keep me\n');
    expect(withoutServer(FILES[0]!, two, 'absent')).toBeUndefined();
  });

  it('text files may be emptied (a note is not what is graded); configs may not', () => {
    const lab = makeLab([...FILES, { path: 'notes.txt', kind: 'text' }], [goneGoal], { ...leaky, 'notes.txt': 'x' }, { ...fixed, 'notes.txt': 'x' });
    expect(dishonestVariants(lab).map((v) => v.what)).toEqual(['the solution with github removed from .mcp.json', 'the solution with .mcp.json emptied']);
  });
});

describe('the course\'s own labs', () => {
  it('at least 12 labs across the four tracks, every one solvable and honest', async () => {
    const { catalogue } = await validateSources(readContentSources(ROOT));
    const { labs, issues } = await checkLabContent(ROOT, catalogue, realKnowledge(), '2026-12-05');
    expect(issues).toEqual([]);
    expect(labs.length).toBeGreaterThanOrEqual(12);
    expect(new Set(labs.map((l) => l.track))).toEqual(new Set([1, 2, 3, 4]));
    for (const lab of labs) expect(catalogue.lessons.find((l) => l.id === lab.lesson)?.track).toBe(lab.track);
  }, 60_000);
});
