// Bundles the CLI with esbuild and writes the validated course catalogue. See README "Design notes".
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const banner = "import { createRequire as __mcpCreateRequire } from 'node:module'; const require = __mcpCreateRequire(import.meta.url);";

export const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  alias: {
    'react-devtools-core': join(root, 'src/stubs/react-devtools-core.ts'),
    // jsonc-parser's "main" is a UMD build that requires './impl/format' at run time, which a bundle cannot resolve.
    'jsonc-parser': join(root, 'node_modules/jsonc-parser/lib/esm/main.js'),
  },
  define: { 'process.env.NODE_ENV': process.env.MO_DEV ? '"development"' : '"production"' },
  banner: { js: banner },
};

async function main() {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const result = await build({
    ...common,
    metafile: true,
    entryPoints: [join(root, 'src/bin.ts')],
    outdir: join(root, 'dist'),
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
  });
  // Which sources each chunk holds: tests use it to prove that quick commands load no Ink or React.
  writeFileSync(join(root, 'dist/meta.json'), JSON.stringify(result.metafile));

  // Validate content and write dist/catalogue.json through a throw-away bundle of the build step.
  const tool = await build({ ...common, minify: false, entryPoints: [join(root, 'src/build/catalogue-cache.ts')], write: false });
  const cacheDir = join(root, 'node_modules/.cache/mcp-operator');
  mkdirSync(cacheDir, { recursive: true });
  const toolPath = join(cacheDir, `catalogue-cache-${process.pid}.mjs`);
  writeFileSync(toolPath, tool.outputFiles[0].text);
  try {
    const { writeCatalogueCache } = await import(pathToFileURL(toolPath).href);
    const result = await writeCatalogueCache(root);
    if (!result.ok) {
      console.warn('build: course content has problems, no catalogue cache written:');
      for (const m of result.messages) console.warn(`  ${m}`);
    }
  } finally {
    rmSync(toolPath, { force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`build failed: ${error.message}`);
    process.exit(1);
  });
}
