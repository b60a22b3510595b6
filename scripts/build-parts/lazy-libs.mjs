// An esbuild plugin that defers evaluating libraries only some runs need (README "Design notes",
// start-up). Our sources import them as usual (and tests run them as usual); in the bundle each
// import from src/ gets a stand-in module whose exports forward to the real library, which is
// bundled through require() and so evaluated on first use only. A review of a JSON config never
// evaluates the YAML or TOML parser, nor the PEP 440 matcher unless a PyPI version is checked, nor the
// shell word splitter unless a command line is written as one string.
import { createRequire } from 'node:module';

/** The libraries deferred, and why each is worth it (milliseconds of start-up each, bundled). */
export const LAZY_LIBS = ['yaml', 'smol-toml', '@renovatebot/pep440', 'semver', 'shell-quote'];

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** The stand-in's source: every export a proxy of a function that forwards to the real export. */
export function lazyModuleSource(lib, names) {
  const lines = [
    `let real;`,
    `const load = () => (real ??= require(${JSON.stringify(lib)}));`,
    // A function target so that calls, new and instanceof all reach the real export.
    `const forward = (pick) => new Proxy(function () {}, {`,
    `  get: (_, key) => { const v = pick(); const x = v[key]; return typeof x === 'function' && key !== 'prototype' && typeof v !== 'function' ? x.bind(v) : x; },`,
    `  apply: (_, self, args) => Reflect.apply(pick(), self, args),`,
    `  construct: (_, args, target) => Reflect.construct(pick(), args),`,
    `  has: (_, key) => key in pick(),`,
    `});`,
    `export default forward(() => { const m = load(); return m && m.__esModule && 'default' in m ? m.default : m; });`,
  ];
  for (const name of names) if (IDENT.test(name) && name !== 'default') lines.push(`export const ${name} = forward(() => load()[${JSON.stringify(name)}]);`);
  return lines.join('\n');
}

/** The plugin for these libraries (the bundle's list by default). */
export const lazyLibs = (libs = LAZY_LIBS) => ({
  name: 'mcp-operator-lazy-libs',
  setup(b) {
    const filter = new RegExp(`^(${libs.map((l) => l.replace(/[/.]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) => {
      // Only our own imports; the stand-in's require() (and the libraries' own imports) get the real thing.
      if (args.kind === 'require-call' || !/[\\/]src[\\/]/.test(args.importer) || /[\\/]node_modules[\\/]/.test(args.importer)) return undefined;
      return { path: args.path, namespace: 'mcp-operator-lazy', pluginData: args.resolveDir };
    });
    b.onLoad({ filter: /.*/, namespace: 'mcp-operator-lazy' }, (args) => {
      const names = Object.keys(createRequire(`${args.pluginData}/`)(args.path));
      return { contents: lazyModuleSource(args.path, names), loader: 'js', resolveDir: args.pluginData };
    });
  },
});
