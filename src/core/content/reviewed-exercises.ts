import { atLeast, reviewConfigs } from '../review/engine.js';
import type { Knowledge } from '../servers/knowledge.js';
import type { ContentIssue, Lesson } from './types.js';

/**
 * Exercises that show an MCP client config are graded by the review engine, not by hand: an item
 * that names a finding ({server, rule}) is right exactly when `mcp-operator review` reports that
 * rule on that server. Any medium-or-worse finding the review reports that no item asks about is
 * a content error, so the answer key and the review can never disagree.
 */
export function gradeReviewedExercises(lessons: Lesson[], knowledge?: Knowledge): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const lesson of lessons) {
    const ex = lesson.exercise;
    if (!ex || ex.kind !== 'select' || !ex.review) continue;
    if (!ex.code) {
      issues.push({ file: lesson.file, field: 'exercise.code', message: 'a reviewed exercise needs the config in code' });
      continue;
    }
    const result = reviewConfigs([{ path: ex.review.path, text: ex.code }], { name: 'mcp-operator', version: 'content' }, undefined, knowledge ? { knowledge } : {});
    const error = result.report.scanned[0]?.error;
    if (error) {
      issues.push({ file: lesson.file, field: 'exercise.code', message: `the config does not parse as ${ex.review.path}: ${error}` });
      continue;
    }
    const found = result.report.findings;
    ex.items.forEach((item, index) => {
      if (!item.finding) return;
      const want = item.finding;
      const hit = found.some((f) => f.ruleId === want.rule && f.server === want.server && (want.field === undefined || f.field === want.field) && atLeast(f.severity, 'medium'));
      if ('correct' in item && item.correct !== undefined) {
        issues.push({ file: lesson.file, field: `exercise.items[${index}].correct`, message: 'an item with a finding is graded by the review; remove correct' });
      }
      if (!hit) issues.push({ file: lesson.file, field: `exercise.items[${index}].finding`, message: `the review does not report ${want.rule}${want.field ? ` in ${want.field}` : ''} on server "${want.server}" at medium or above` });
      (item as { correct?: boolean }).correct = hit;
    });
    for (const f of found) {
      if (!atLeast(f.severity, 'medium')) continue;
      const asked = ex.items.some((i) => i.finding?.rule === f.ruleId && i.finding.server === f.server && (i.finding.field === undefined || i.finding.field === f.field));
      if (!asked) issues.push({ file: lesson.file, field: 'exercise.items', message: `the review reports ${f.ruleId} (${f.severity}) on server "${f.server}" (${f.field}) but no item asks about it` });
    }
  }
  return issues;
}
