import type { ServerEntry } from './types.js';

type EntryFields = Pick<ServerEntry, 'command' | 'args'> & { url?: string | undefined };

interface Memo<T> {
  entry: object;
  command: string | undefined;
  args: readonly string[];
  url: string | undefined;
  value: T;
}

/**
 * Work out something about a server entry once per entry object: several rules (and the engine)
 * ask the same question of one entry. The answer is kept in a WeakMap, so it lives only as long as
 * the entry, and is used again only while the entry's command, args and url are the same values.
 * The rules ask about one entry in turn, so the last answer is checked first: a review of thousands
 * of servers then touches the WeakMap about twice per entry instead of once per question.
 */
export function perEntry<E extends EntryFields, T>(compute: (entry: E) => T): (entry: E) => T {
  const memo = new WeakMap<object, Memo<T>>();
  let last: Memo<T> | undefined;
  const same = (m: Memo<T> | undefined, entry: E): m is Memo<T> => m !== undefined && m.command === entry.command && m.args === entry.args && m.url === entry.url;
  return (entry) => {
    if (last?.entry === entry && same(last, entry)) return last.value;
    const known = memo.get(entry);
    if (same(known, entry)) {
      last = known;
      return known.value;
    }
    const value = compute(entry);
    last = { entry, command: entry.command, args: entry.args, url: entry.url, value };
    memo.set(entry, last);
    return value;
  };
}
