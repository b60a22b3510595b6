import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
// @ts-expect-error: a plain ESM build script without types
import { lazyLibs } from '../../scripts/build-parts/lazy-libs.mjs';

const dir = join(process.cwd(), '.bench', `lazy-test-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A library that says when it is evaluated, imported from a file under src/ as ours are. */
function fixture(): string {
  mkdirSync(join(dir, 'node_modules', 'probe-lib'), { recursive: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'probe-lib', 'package.json'), JSON.stringify({ name: 'probe-lib', version: '1.0.0', main: 'index.js' }));
  writeFileSync(
    join(dir, 'node_modules', 'probe-lib', 'index.js'),
    "globalThis.probeEvaluated = (globalThis.probeEvaluated ?? 0) + 1;\nclass Thing { constructor(n) { this.n = n; } twice() { return this.n * 2; } }\nmodule.exports = { double: (n) => n * 2, Thing, answer: { value: 42 } };\n",
  );
  writeFileSync(
    join(dir, 'src', 'entry.mjs'),
    "import { double, Thing, answer } from 'probe-lib';\nimport * as ns from 'probe-lib';\nexport const evaluatedAtLoad = globalThis.probeEvaluated ?? 0;\nexport const use = () => ({ d: double(21), ns: ns.double(2), t: new Thing(4).twice(), isThing: new Thing(1) instanceof Thing, answer: answer.value });\n",
  );
  return join(dir, 'src', 'entry.mjs');
}

describe('lazy libraries in the bundle (the review does not evaluate parsers it does not need)', () => {
  it('evaluates the library on first use, not at load, and calls, new, instanceof and values all reach it', async () => {
    const entry = fixture();
    const outfile = join(dir, 'out.mjs');
    await build({ entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', logLevel: 'error', plugins: [lazyLibs(['probe-lib'])] });
    const g = globalThis as { probeEvaluated?: number };
    delete g.probeEvaluated;
    const m = (await import(pathToFileURL(outfile).href)) as { evaluatedAtLoad: number; use: () => Record<string, unknown> };
    expect(m.evaluatedAtLoad).toBe(0);
    expect(g.probeEvaluated).toBeUndefined();
    expect(m.use()).toEqual({ d: 42, ns: 4, t: 8, isThing: true, answer: 42 });
    expect(g.probeEvaluated).toBe(1);
    m.use();
    expect(g.probeEvaluated).toBe(1);
  });
});
