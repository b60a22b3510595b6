import type { ServerEntry } from './types.js';

type EntryFields = Pick<ServerEntry, 'command' | 'args'> & { url?: string | undefined };

/**
 * The answers kept on an entry, under a symbol: JSON, Object.keys and the like do not see it. A copy of
 * the entry made by spreading it shares the slots while its command, args and url are the same values,
 * which is right, since every answer is worked out from those three alone.
 */
export const ENTRY_MEMO: unique symbol = Symbol('answers worked out from this entry');

interface Slots {
  command: string | undefined;
  args: readonly string[];
  url: string | undefined;
  values: unknown[];
}

const MISSING = Symbol('not worked out');
let functions = 0;

/**
 * Work out something about a server entry once per entry: several rules (and the engine) ask the same
 * question of one entry. The answer is kept on the entry itself and used again only while the entry's
 * command, args and url are the same values. (A WeakMap per question cost a review of thousands of
 * servers more in lookups and garbage collection than the answers it kept.)
 */
export function perEntry<E extends EntryFields, T>(compute: (entry: E) => T): (entry: E) => T {
  const id = functions;
  functions += 1;
  return (entry) => {
    const holder = entry as E & { [ENTRY_MEMO]?: Slots };
    let slots = holder[ENTRY_MEMO];
    if (slots === undefined || slots.command !== entry.command || slots.args !== entry.args || slots.url !== entry.url) {
      slots = { command: entry.command, args: entry.args, url: entry.url, values: [] };
      holder[ENTRY_MEMO] = slots;
    }
    const { values } = slots;
    const known = id < values.length ? values[id] : MISSING;
    if (known !== MISSING) return known as T;
    const value = compute(entry);
    while (values.length <= id) values.push(MISSING);
    values[id] = value;
    return value;
  };
}
