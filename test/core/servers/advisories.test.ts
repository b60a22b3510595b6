import { describe, expect, it } from 'vitest';
import { affects, describeRanges, inRange, safeVersion } from '../../../src/core/servers/advisories.js';
import { importOsv, importedAdvisories } from '../../../src/core/servers/import.js';
import { isExactIn, satisfiesRange } from '../../../src/core/servers/versions.js';
import { advisory, osv } from '../../helpers/osv.js';
import { realKnowledge } from '../../helpers/knowledge.js';

describe('OSV ranges in each ecosystem\'s own scheme', () => {
  it('reads PEP 440 versions with PEP 440 ordering (pre-releases, post-releases, normalised names)', () => {
    const a = advisory(osv('GHSA-aaaa-aaaa-aaaa', 'PyPI', 'Some_Server.MCP', [[{ introduced: '1.0' }, { fixed: '1.10.0' }]]));
    expect(affects(a, 'PyPI', 'some-server-mcp', '1.9.4')).toBe(true);
    expect(affects(a, 'PyPI', 'some-server-mcp', '1.10.0rc1')).toBe(true);
    expect(affects(a, 'PyPI', 'some-server-mcp', '1.10.0')).toBe(false);
    expect(affects(a, 'PyPI', 'some-server-mcp', '1.10.0.post1')).toBe(false);
    expect(affects(a, 'PyPI', 'some-server-mcp', '0.9')).toBe(false);
    // node-semver would read 1.10.0 < 1.9.4 as a string; PEP 440 does not.
    expect(affects(a, 'npm', 'some-server-mcp', '1.9.4')).toBe(false);
  });

  it('evaluates events in version order, including last_affected and several ranges', () => {
    const a = advisory(osv('GHSA-bbbb-bbbb-bbbb', 'npm', 'x', [[{ introduced: '0' }, { last_affected: '0.6.2' }], [{ introduced: '2025.1.14' }, { fixed: '2025.7.1' }]]));
    expect(['0.1.0', '0.6.2', '2025.1.14', '2025.7.0'].map((v) => affects(a, 'npm', 'x', v))).toEqual([true, true, true, true]);
    expect(['0.6.3', '2024.12.1', '2025.7.1', '2026.1.0'].map((v) => affects(a, 'npm', 'x', v))).toEqual([false, false, false, false]);
    expect(inRange('npm', '1.0.0', { events: [{ fixed: '2.0.0' }, { introduced: '0' }] })).toBe(true);
    expect(describeRanges(a.affected[0]!)).toBe('<= 0.6.2 || >= 2025.1.14, < 2025.7.1');
  });

  it('finds the lowest fixed version that no advisory affects', () => {
    const list = [advisory(osv('GHSA-cccc-cccc-cccc', 'npm', 'y', [[{ introduced: '0' }, { fixed: '1.1.0' }]])), advisory(osv('GHSA-dddd-dddd-dddd', 'npm', 'y', [[{ introduced: '0' }, { fixed: '1.2.0' }]]))];
    expect(safeVersion(list, 'npm', 'y', '1.0.0')).toBe('1.2.0');
    expect(safeVersion(list, 'npm', 'y', '1.2.0')).toBeUndefined();
  });

  it('counts exact pre-releases as pinned, and ranges and tags as not', () => {
    expect(isExactIn('npm', '1.2.0-beta.3')).toBe(true);
    expect(isExactIn('PyPI', '0.0.1a4')).toBe(true);
    expect(isExactIn('npm', 'latest')).toBe(false);
    expect(isExactIn('PyPI', '>=1.0')).toBe(false);
    expect(satisfiesRange('PyPI', '1.0.16', '>=1.0.16')).toBe(true);
  });
});

describe('importing OSV records', () => {
  const rec = (id: string, eco = 'npm') => osv(id, eco, 'pkg', [[{ introduced: '0' }, { fixed: '2.0.0' }]]);

  it('reads a record, an array and an osv.dev answer; keeps npm and PyPI only; names each bad record', () => {
    const r = importOsv([
      { path: 'one.json', text: JSON.stringify(rec('GHSA-1111-1111-1111')) },
      { path: 'many.json', text: JSON.stringify([rec('GHSA-2222-2222-2222', 'PyPI'), rec('GO-2026-0001', 'Go'), { nope: true }]) },
      { path: 'query.json', text: JSON.stringify({ vulns: [rec('GHSA-3333-3333-3333')] }) },
      { path: 'broken.json', text: '{' },
      { path: 'withdrawn.json', text: JSON.stringify({ ...rec('GHSA-4444-4444-4444'), withdrawn: '2026-01-01' }) },
    ]);
    expect(r.accepted.map((a) => a.record.id)).toEqual(['GHSA-1111-1111-1111', 'GHSA-2222-2222-2222', 'GHSA-3333-3333-3333']);
    expect(r.skipped.map((s) => s.file)).toEqual(['many.json [1]', 'many.json [2]', 'broken.json', 'withdrawn.json']);
    expect(r.skipped[0]?.reason).toContain('only Go');
    expect(importedAdvisories(r.accepted).every((a) => a.origin === 'imported')).toBe(true);
  });

  it('every built-in advisory has a source, a severity and valid versions (check-content validates them)', () => {
    const k = realKnowledge();
    const ecos = k.advisories.flatMap((a) => a.affected.map((x) => x.ecosystem));
    expect(ecos.filter((e) => e === 'npm' || e === 'PyPI').length).toBeGreaterThanOrEqual(35);
    expect(k.advisories.every((a) => a.source && !a.unrated)).toBe(true);
  });
});
