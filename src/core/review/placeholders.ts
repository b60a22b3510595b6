/**
 * Values that only name where a secret comes from, never the secret: ${VAR}, ${VAR:-default},
 * ${env:VAR}, ${input:id} (Claude Code, VS Code, Cursor, Windsurf, Cline, Roo Code, Kiro, Copilot),
 * $VAR (Gemini CLI, Copilot CLI), {env:VAR} (OpenCode), ${{ secrets.NAME }} (Continue),
 * ${user_config.x} (Claude Desktop extensions), and values that are only such references. A
 * default inside ${VAR:-default} is still text in the file and is checked on its own.
 */
const REFERENCE = /\$\{(?:env:|input:|file:|user_config\.)?[A-Za-z_][A-Za-z0-9_.-]*(?::-[^}]*)?\}|\$\{\{\s*(?:secrets|inputs)\.[A-Za-z_][A-Za-z0-9_.-]*\s*\}\}|(?<![A-Za-z0-9\\])\$[A-Z_][A-Z0-9_]*\b|\{env:[A-Za-z_][A-Za-z0-9_]*\}/g;

/** Whether a value uses any such reference (a url built from ${env:HOST}, say). */
export function hasReference(value: string): boolean {
  REFERENCE.lastIndex = 0;
  return REFERENCE.test(value);
}

export function isPlaceholder(value: string): boolean {
  const rest = value.replace(REFERENCE, '').trim();
  return rest.length === 0 || /^(Bearer|Token|Basic)\s*$/i.test(rest);
}

/** The defaults written inside ${VAR:-default} references, which are literal text in the file. */
export function placeholderDefaults(value: string): string[] {
  return [...value.matchAll(/\$\{[A-Za-z_][A-Za-z0-9_]*:-([^}]*)\}/g)].map((m) => m[1] ?? '').filter(Boolean);
}

/**
 * The shapes of a value still to be filled in, as two regular expressions (case matters in the first:
 * <YOUR_KEY>, [REDACTED], ...; not in the second): isUnfilled runs on every value of every entry, and
 * one test of an alternation costs less than one test per shape.
 */
const UNFILLED_EXACT_CASE = /^(?:<[^<>]{1,80}>|\[[A-Z_ -]{3,40}\]|\.{3,})$/;
const UNFILLED_ANY_CASE = /^(?:your[-_ ]?[a-z0-9_ -]{0,40}(?:here)?|change[-_]?me|todo|tbd|fixme|replace[-_]?me|placeholder|insert[-_ ].*|redacted|x{4,}|[a-z]{2,8}[-_]?\.{3,}|(?:sk|pk|rk)[-_][a-z]+[-_]?\.{2,}|x{3,}[-_.x]*)$/i;
/**
 * Said in words (your-api-key-here), in a value short enough to be only that; behind a vendor's
 * prefix too (tim_your_api_key_here), so the words may follow an underscore.
 */
const UNFILLED_WORDS = /(?<![A-Za-z0-9])(your|my)[-_ ]?(api[-_ ]?)?(key|token|secret|password)[-_ ]?(here)?(?![A-Za-z0-9])/i;

/** A value still to be filled in: <YOUR_KEY>, your-api-key-here, changeme, TODO, xxxx, [REDACTED], sk-... */
export function isUnfilled(value: string): boolean {
  const v = value.trim();
  return UNFILLED_EXACT_CASE.test(v) || UNFILLED_ANY_CASE.test(v) || (v.length < 60 && UNFILLED_WORDS.test(v));
}

/**
 * A template's slot inside a longer value (<PATH_TO_SERVER>/dist/index.js, https://<server host>/mcp,
 * as this tool's own plans write them): the value is not finished, though the rest of it is real
 * text (and is still scanned for secrets, unlike a value that is only a placeholder).
 */
export function holdsSlot(value: string): boolean {
  return /<[A-Za-z][^<>]{1,60}>/.test(value);
}
