/** "1 item", "2 items"; `many` for words that do not just take an s ("1 entry", "2 entries"). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
