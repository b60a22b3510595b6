// The review script (src/review-script.ts) as one CommonJS file, dist/review-[hash].cjs, which bin runs
// through V8 with a code cache (src/io/code-cache.ts). Ink (the review screen) and the knowledge
// validator (zod) are left out: their imports become stand-ins that throw NEEDS_MODULES, and bin
// then does that review through the module bundle. import.meta.url becomes the script's own URL.
import { build } from 'esbuild';
import { basename, join } from 'node:path';
import { LAZY_LIBS } from './lazy-libs.mjs';

/**
 * Libraries a review seldom runs (YAML and TOML configs, npm and PyPI version ranges): kept out of the
 * script in files of their own, dist/review-lib-*.cjs, which the script requires on first use. The
 * script's source is read, and its code cache deserialised, on every review; these were 40% of it.
 */
const SEPARATE = LAZY_LIBS.filter((lib) => lib !== 'shell-quote');
const libFile = (lib) => `review-lib-${lib.replace(/^@/, '').replace(/\W+/g, '-')}.cjs`;

const separateLibs = {
  name: 'mcp-operator-review-libs',
  setup(b) {
    const filter = new RegExp(`^(${SEPARATE.map((l) => l.replace(/[/.]/g, '\\$&')).join('|')})$`);
    // Only the lazy stand-ins' require() of the library; the library's own imports stay inside its file.
    b.onResolve({ filter }, (args) => (args.kind === 'require-call' && args.namespace === 'mcp-operator-lazy' ? { path: `./${libFile(args.path)}`, external: true } : undefined));
  },
};

/** Build the separate library files into `outdir`; returns the outputs of their metafiles. */
async function buildLibs(common, root, outdir) {
  const outputs = {};
  for (const lib of SEPARATE) {
    const r = await build({
      ...common,
      plugins: [],
      format: 'cjs',
      splitting: false,
      stdin: { contents: `module.exports = require(${JSON.stringify(lib)});`, resolveDir: root, loader: 'js' },
      outfile: join(outdir, libFile(lib)),
      banner: {},
      sourcemap: false,
      metafile: true,
    });
    Object.assign(outputs, r.metafile.outputs);
  }
  return outputs;
}

const LEFT_OUT = /^\.\.?\/(review-screen|core\/servers\/validate)\.js$/;

const leaveOut = {
  name: 'mcp-operator-review-script',
  setup(b) {
    b.onResolve({ filter: LEFT_OUT }, (args) => ({ path: args.path, namespace: 'mcp-operator-left-out' }));
    b.onLoad({ filter: /.*/, namespace: 'mcp-operator-left-out' }, (args) => ({
      contents: `throw Object.assign(new Error(${JSON.stringify(`${args.path} is not in the review script`)}), { code: 'MCP_OPERATOR_NEEDS_MODULES' });`,
      loader: 'js',
    }));
  },
};

/** Build the script into `outdir` with the bundle's `common` options; returns its file name and the build's metafile. */
export async function buildReviewScript(common, root, outdir) {
  const libs = await buildLibs(common, root, outdir);
  const result = await build({
    ...common,
    plugins: [leaveOut, separateLibs, ...common.plugins],
    format: 'cjs',
    splitting: false,
    metafile: true,
    entryPoints: { review: join(root, 'src/review-script.ts') },
    entryNames: '[name]-[hash]',
    outExtension: { '.js': '.cjs' },
    outdir,
    banner: {},
    define: { ...common.define, 'import.meta.url': '__mcpMetaUrl' },
    sourcemap: false,
  });
  const [file] = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.cjs'));
  Object.assign(result.metafile.outputs, libs);
  return { name: basename(file), metafile: result.metafile };
}

/**
 * Build dist/bin.cjs from src/bin.ts: CommonJS, with the review script's name defined and the module
 * bundle's entry (./main.js) left for Node to load. Returns the build's metafile (its outputs).
 */
export async function buildBin(common, root, outdir, reviewScript) {
  const mainExternal = {
    name: 'mcp-operator-main-external',
    setup(b) {
      b.onResolve({ filter: /^\.\/main\.js$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './main.js', external: true } : undefined));
    },
  };
  const result = await build({
    ...common,
    plugins: [mainExternal, ...common.plugins],
    format: 'cjs',
    splitting: false,
    metafile: true,
    entryPoints: [join(root, 'src/bin.ts')],
    outfile: join(outdir, 'bin.cjs'),
    banner: {},
    define: { ...common.define, __MCP_REVIEW_SCRIPT__: JSON.stringify(reviewScript) },
    sourcemap: false,
  });
  return result.metafile;
}
