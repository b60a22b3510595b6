import { useState } from 'react';
import { dirname } from 'node:path';
import type { Knowledge } from '../../core/servers/knowledge.js';
import { loadKnowledgeSync } from '../../io/knowledge-loader.js';
import type { ProgressStore } from '../../io/progress-store.js';

/**
 * The knowledge base (built-in servers, advisories and tools, plus the advisories imported beside
 * this progress store), or why it could not be read, so a screen can say so instead of crashing.
 */
export function useKnowledge(store: Pick<ProgressStore, 'path'>, given?: Knowledge): { k?: Knowledge; error?: string } {
  const [state] = useState<{ k?: Knowledge; error?: string }>(() => {
    if (given) return { k: given };
    try {
      return { k: loadKnowledgeSync({ progressDir: dirname(store.path) }) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
  return state;
}
