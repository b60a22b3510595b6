// The entry of dist/review-[hash].cjs: a review that prints (text, JSON, SARIF, Markdown) as one
// CommonJS bundle, which bin runs through V8 with a code cache (src/review-cached.ts). Ink and the
// knowledge validator are not in it: their imports are stand-ins that throw NEEDS_MODULES, and the
// review is then done through the module bundle instead (nothing has been printed by then).
export { runReviewOrHandOver as reviewInScript } from './review-fast.js';
export { restoreCompilerDefaults } from './io/v8-tuning.js';
