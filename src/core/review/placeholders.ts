/**
 * Values that only name where a secret comes from, never the secret: ${VAR}, ${VAR:-default},
 * ${env:VAR}, ${input:id}, and values that are only such references. A default inside
 * ${VAR:-default} is still text in the file and is checked on its own.
 */
const REFERENCE = /\$\{(?:env:|input:)?[A-Za-z_][A-Za-z0-9_.-]*(?::-[^}]*)?\}/g;

export function isPlaceholder(value: string): boolean {
  const rest = value.replace(REFERENCE, '').trim();
  return rest.length === 0 || /^(Bearer|Token|Basic)\s*$/i.test(rest);
}

/** The defaults written inside ${VAR:-default} references, which are literal text in the file. */
export function placeholderDefaults(value: string): string[] {
  return [...value.matchAll(/\$\{[A-Za-z_][A-Za-z0-9_]*:-([^}]*)\}/g)].map((m) => m[1] ?? '').filter(Boolean);
}
