import { atLeast, reviewConfigs } from '../review/engine.js';
import type { Knowledge } from '../servers/knowledge.js';
import type { ContentIssue, Lesson } from './types.js';

const BLOCK = /```(json|jsonc|toml|yaml)\n([\s\S]*?)```/g;
const PATH: Record<string, string> = { json: 'mcp.json', jsonc: 'mcp.json', toml: '.codex/config.toml', yaml: '.continue/mcpServers/example.yaml' };

/**
 * A lesson's body shows good examples (the bad ones live in exercises, graded by the review): every
 * code block that holds MCP server entries must pass the tool's own review with nothing at medium
 * or above (DESIGN section 14). Blocks that are not a whole config (fragments, YAML records) are skipped.
 */
export function gradeLessonExamples(lessons: readonly Lesson[], knowledge?: Knowledge): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const lesson of lessons) {
    for (const m of lesson.body.matchAll(BLOCK)) {
      const lang = m[1] as string;
      const text = m[2] as string;
      const result = reviewConfigs([{ path: PATH[lang] as string, text }], { name: 'mcp-operator', version: 'content' }, undefined, { fixes: false, ...(knowledge ? { knowledge } : {}) });
      const scanned = result.report.scanned[0];
      if (!scanned || scanned.error !== undefined || scanned.servers === 0) continue;
      const line = lesson.body.slice(0, m.index).split('\n').length;
      for (const f of result.report.findings.filter((x) => atLeast(x.severity, 'medium'))) {
        issues.push({ file: lesson.file, field: `body (code block at body line ${line})`, message: `the example config fails the review: ${f.ruleId} ${f.severity} on ${f.server}: ${f.message}` });
      }
    }
  }
  return issues;
}
