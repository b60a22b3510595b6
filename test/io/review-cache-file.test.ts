import { describe, expect, it } from 'vitest';
import { reviewCacheFile, runCachedReview } from '../../src/review-cached.js';

describe('reviewCacheFile: where the review script keeps its code cache', () => {
  const tail = `-node${process.versions.node}-${process.arch}.v8`;

  it('lives in MCP_OPERATOR_HOME/cache, named for the script, the Node version and the machine', () => {
    const c = reviewCacheFile('review-ABC123.cjs', { MCP_OPERATOR_HOME: '/home/u/.mo' });
    expect(c?.file).toBe(`/home/u/.mo/cache/review-ABC123${tail}`);
  });

  it('otherwise in the OS cache folder (XDG on Linux)', () => {
    const c = reviewCacheFile('review-ABC123.cjs', {});
    expect(c?.file.endsWith(`/review-ABC123${tail}`)).toBe(true);
    if (process.platform === 'linux') expect(c?.file).toMatch(/\/(\.cache|[^/]*cache[^/]*)\/mcp-operator\//i);
  });

  it('replaces the caches of earlier scripts for this Node version only', () => {
    const c = reviewCacheFile('review-ABC123.cjs', { MCP_OPERATOR_HOME: '/h' });
    expect(c?.supersedes?.(`review-OLD999${tail}`)).toBe(true);
    expect(c?.supersedes?.('review-OLD999-node0.0.1-x64.v8')).toBe(false);
    expect(c?.supersedes?.('progress.json')).toBe(false);
  });

  it('is turned off by MCP_OPERATOR_NO_CODE_CACHE', () => {
    expect(reviewCacheFile('review-ABC123.cjs', { MCP_OPERATOR_NO_CODE_CACHE: '1', MCP_OPERATOR_HOME: '/h' })).toBeUndefined();
  });

  it('from source (no built script) a review is left to the modules', async () => {
    expect(await runCachedReview({ paths: [], options: { format: 'json' }, plain: true }, '/nowhere')).toBeUndefined();
  });
});
