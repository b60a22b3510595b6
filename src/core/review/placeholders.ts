/**
 * Values that only name where a secret comes from, never the secret: ${VAR}, ${VAR:-default},
 * ${env:VAR}, ${input:id} (Claude Code, VS Code, Cursor, Windsurf, Cline, Roo Code, Kiro, Copilot),
 * $VAR (Gemini CLI, Copilot CLI), {env:VAR} (OpenCode), ${{ secrets.NAME }} (Continue),
 * ${user_config.x} (Claude Desktop extensions), and values that are only such references. A
 * default inside ${VAR:-default} is still text in the file and is checked on its own.
 */
const REFERENCE = /\$\{(?:env:|input:|file:|user_config\.)?[A-Za-z_][A-Za-z0-9_.-]*(?::-[^}]*)?\}|\$\{\{\s*(?:secrets|inputs)\.[A-Za-z_][A-Za-z0-9_.-]*\s*\}\}|(?<![A-Za-z0-9\\])\$[A-Z_][A-Z0-9_]*\b|\{env:[A-Za-z_][A-Za-z0-9_]*\}/g;

export function isPlaceholder(value: string): boolean {
  const rest = value.replace(REFERENCE, '').trim();
  return rest.length === 0 || /^(Bearer|Token|Basic)\s*$/i.test(rest);
}

/** The defaults written inside ${VAR:-default} references, which are literal text in the file. */
export function placeholderDefaults(value: string): string[] {
  return [...value.matchAll(/\$\{[A-Za-z_][A-Za-z0-9_]*:-([^}]*)\}/g)].map((m) => m[1] ?? '').filter(Boolean);
}
