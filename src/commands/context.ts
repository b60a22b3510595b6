import type { Catalogue } from '../core/content/types.js';
import { loadCatalogue } from '../io/content-loader.js';
import { ProgressStore } from '../io/progress-store.js';

export interface Context {
  catalogue: Catalogue;
  store: ProgressStore;
}

/** Load the course and open the progress store; store notices (a file moved aside) go to stderr. */
export async function loadContext(): Promise<Context> {
  const catalogue = await loadCatalogue();
  const store = new ProgressStore();
  return { catalogue, store };
}

export function flushNotices(store: ProgressStore): void {
  for (const notice of store.notices.splice(0)) process.stderr.write(`mcp-operator: ${notice}\n`);
}
