/** One knowledge-base source file as the file system describes it. */
export interface SourceStat {
  path: string;
  size: number;
  mtimeMs: number;
}

/**
 * Whether the build's knowledge cache can be used without reading every source file:
 * - 'fresh' when the files are the ones the build saw: the same paths, sizes and modification
 *   times (a development tree not touched since `npm run build`), or, in an installed package
 *   (under node_modules, where npm sets every time to the moment of install and nobody edits the
 *   files), the same paths and sizes;
 * - 'compare-content' otherwise: read the sources and compare their hash with the cache's.
 * Reading and hashing the 180-odd files took about 8 ms of every review's start-up.
 */
export function cacheFreshness(recorded: readonly SourceStat[] | undefined, current: readonly SourceStat[], installed: boolean): 'fresh' | 'compare-content' {
  if (!recorded || recorded.length !== current.length) return 'compare-content';
  for (let i = 0; i < current.length; i += 1) {
    const a = recorded[i] as SourceStat;
    const b = current[i] as SourceStat;
    if (a.path !== b.path || a.size !== b.size) return 'compare-content';
    if (!installed && a.mtimeMs !== b.mtimeMs) return 'compare-content';
  }
  return 'fresh';
}
