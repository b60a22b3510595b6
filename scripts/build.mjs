// Bundles the CLI with esbuild and writes the validated course catalogue. See README "Design notes".
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lazyLibs } from './build-parts/lazy-libs.mjs';
import { buildBin, buildReviewScript } from './build-parts/review-script.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const banner = "import { createRequire as __mcpCreateRequire } from 'node:module'; const require = __mcpCreateRequire(import.meta.url);";

/**
 * Code the bundle never runs, replaced by small stand-ins so that it is neither shipped nor parsed
 * at start-up (README "Design notes", dependencies):
 * - zod's 60-odd message translations: zod speaks English unless told otherwise, and nothing here
 *   tells it otherwise (about 260 KB);
 * - the MCP SDK's default JSON Schema validator (ajv and its formats): the server uses it only to
 *   check elicitation answers, never asks for any, and is given a validator that refuses (src/mcp/server.ts);
 * - the SDK's Zod 3 support (zod/v3, zod-to-json-schema): every schema here is Zod 4;
 * - Ink's React DevTools bridge (loaded only when DEV=true; it would pull in a WebSocket client):
 *   an empty module.
 * The other stand-ins throw if they are ever called, so a change that needs the real code fails loudly.
 */
const STUBS = {
  'zod-locales': "export { default as en } from './en.js';",
  'ajv-provider': "export class AjvJsonSchemaValidator { constructor() { throw new Error('mcp-operator bundle: the SDK default JSON Schema validator is not included'); } }",
  'zod-v3': "export function object() { throw new Error('mcp-operator bundle: Zod 3 schemas are not supported'); }",
  'zod-to-json-schema': "export function zodToJsonSchema() { throw new Error('mcp-operator bundle: Zod 3 schemas are not supported'); }",
  'ink-devtools': '',
};

const stubs = {
  name: 'mcp-operator-stubs',
  setup(b) {
    const stub = (name, resolveDir) => ({ path: name, namespace: 'mcp-operator-stub', pluginData: resolveDir });
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]v4[\\/]/.test(args.importer) ? stub('zod-locales', join(args.resolveDir, '..', 'locales')) : undefined));
    b.onResolve({ filter: /^\.\.\/validation\/ajv-provider\.js$/ }, (args) => (/@modelcontextprotocol[\\/]sdk[\\/]/.test(args.importer) ? stub('ajv-provider') : undefined));
    b.onResolve({ filter: /^zod\/v3$/ }, (args) => (/@modelcontextprotocol[\\/]sdk[\\/]/.test(args.importer) ? stub('zod-v3') : undefined));
    b.onResolve({ filter: /^zod-to-json-schema$/ }, (args) => (/@modelcontextprotocol[\\/]sdk[\\/]/.test(args.importer) ? stub('zod-to-json-schema') : undefined));
    b.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) => (/[\\/]ink[\\/]build[\\/]/.test(args.importer) ? stub('ink-devtools') : undefined));
    b.onLoad({ filter: /.*/, namespace: 'mcp-operator-stub' }, (args) => ({ contents: STUBS[args.path], loader: 'js', ...(args.pluginData ? { resolveDir: args.pluginData } : {}) }));
  },
};

export const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [stubs, lazyLibs()],
  alias: {
    'react-devtools-core': join(root, 'src/stubs/react-devtools-core.ts'),
    // jsonc-parser's "main" is a UMD build that requires './impl/format' at run time, which a bundle cannot resolve.
    'jsonc-parser': join(root, 'node_modules/jsonc-parser/lib/esm/main.js'),
  },
  define: { 'process.env.NODE_ENV': process.env.MO_DEV ? '"development"' : '"production"' },
  banner: { js: banner },
};

/**
 * Bundle `entry` to a temporary folder, import it and hand the module to `use` (build steps that
 * run our own code). Split like the real bundle: a single-file bundle turns modules that are also
 * imported dynamically into lazily started ones, which breaks the SDK's use of zod at load time.
 */
async function withTool(entry, use) {
  const outdir = join(root, 'node_modules/.cache/mcp-operator', `${entry.replace(/\W+/g, '-')}-${process.pid}`);
  rmSync(outdir, { recursive: true, force: true });
  await build({ ...common, minify: false, entryPoints: { tool: join(root, entry) }, outdir, splitting: true, outExtension: { '.js': '.mjs' } });
  try {
    return await use(await import(pathToFileURL(join(outdir, 'tool.mjs')).href));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

async function main() {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  // A printed review runs from one CommonJS file with a code cache (src/review-cached.ts); bin learns its name.
  const script = await buildReviewScript(common, root, join(root, 'dist'));
  // Everything else is the module bundle, entered at dist/main.js and split into chunks loaded on demand.
  const result = await build({
    ...common,
    metafile: true,
    entryPoints: { main: join(root, 'src/main.ts') },
    outdir: join(root, 'dist'),
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // The package ships no source maps (nor references to them); MO_DEV=1 builds them for debugging.
    sourcemap: process.env.MO_DEV ? 'linked' : false,
  });
  // The command itself, dist/bin.cjs: CommonJS, so that a printed review never sets up the module loader.
  const bin = await buildBin(common, root, join(root, 'dist'), script.name);
  Object.assign(result.metafile.outputs, bin.outputs, script.metafile.outputs);
  // Which sources each chunk holds: tests use it to prove that quick commands load no Ink or React.
  writeFileSync(join(root, 'dist/meta.json'), JSON.stringify(result.metafile));

  // Validate content and write dist/catalogue.json (and dist/knowledge.json) through a throw-away bundle of the build step.
  const content = await withTool('src/build/catalogue-cache.ts', ({ writeCatalogueCache }) => writeCatalogueCache(root));
  if (!content.ok) {
    console.warn('build: course content has problems, no catalogue cache written:');
    for (const m of content.messages) console.warn(`  ${m}`);
    return;
  }
  // The MCP server's answers to initialize and tools/list, for `mcp-operator mcp` to give while it loads (src/mcp/front.ts).
  await withTool('src/mcp/start-cache.ts', ({ writeStartCache }) => writeStartCache(root));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `prepare` (a git install, `npm install` in a clone) builds; on `npm pack` and `npm publish` npm runs
  // both prepack and prepare, and prepack has just built, so the second build is skipped.
  if (process.argv.includes('--prepare') && ['pack', 'publish'].includes(process.env.npm_command ?? '')) process.exit(0);
  main().catch((error) => {
    console.error(`build failed: ${error.message}`);
    process.exit(1);
  });
}
