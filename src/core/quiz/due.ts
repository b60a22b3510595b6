/** The part of a review card that says when it is due (kept apart from the scheduler so listing due items stays light). */
export interface DueCard {
  due: string;
}

/** Item ids whose review is due at `now`, earliest first. */
export function dueItems(cards: Record<string, DueCard>, now: Date): string[] {
  return Object.entries(cards)
    .filter(([, c]) => new Date(c.due).getTime() <= now.getTime())
    .sort((a, b) => (a[1].due < b[1].due ? -1 : 1))
    .map(([id]) => id);
}
