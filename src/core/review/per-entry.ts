import type { ServerEntry } from './types.js';

type EntryFields = Pick<ServerEntry, 'command' | 'args'> & { url?: string | undefined };

/**
 * Work out something about a server entry once per entry object: several rules (and the engine)
 * ask the same question of one entry. The answer is kept in a WeakMap, so it lives only as long as
 * the entry, and is used again only while the entry's command, args and url are the same values.
 */
export function perEntry<E extends EntryFields, T>(compute: (entry: E) => T): (entry: E) => T {
  const memo = new WeakMap<object, { command: string | undefined; args: readonly string[]; url: string | undefined; value: T }>();
  return (entry) => {
    const known = memo.get(entry);
    if (known && known.command === entry.command && known.args === entry.args && known.url === entry.url) return known.value;
    const value = compute(entry);
    memo.set(entry, { command: entry.command, args: entry.args, url: entry.url, value });
    return value;
  };
}
