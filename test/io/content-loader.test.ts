import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE_FILE, cacheText, fingerprint, loadCatalogue, readContentSources, validateSources } from '../../src/io/content-loader.js';
import { packageRoot } from '../../src/io/paths.js';

function copyCourse(): string {
  const root = mkdtempSync(join(tmpdir(), 'mcp-operator-content-'));
  cpSync(join(packageRoot(), 'lessons'), join(root, 'lessons'), { recursive: true });
  cpSync(join(packageRoot(), 'scenarios'), join(root, 'scenarios'), { recursive: true });
  cpSync(join(packageRoot(), 'quiz'), join(root, 'quiz'), { recursive: true });
  return root;
}

describe('content loader', () => {
  it('the shipped course is valid', async () => {
    const { catalogue, issues, courseIssues } = await validateSources(readContentSources());
    expect(issues).toEqual([]);
    expect(courseIssues).toEqual([]);
    expect(catalogue.lessons.length).toBeGreaterThanOrEqual(3);
    expect(new Set(catalogue.lessons.map((l) => l.track)).size).toBeGreaterThanOrEqual(3);
  });

  it('the shipped lessons use every engine feature', async () => {
    const { catalogue } = await validateSources(readContentSources());
    const kinds = new Set(catalogue.lessons.map((l) => l.exercise?.kind));
    expect(kinds).toEqual(expect.objectContaining(new Set(['select', 'order'])));
    expect(catalogue.lessons.some((l) => l.prerequisites.length > 0)).toBe(true);
    expect(catalogue.lessons.some((l) => /\]\(lesson:/.test(l.body))).toBe(true);
    for (const scenario of catalogue.scenarios) expect(scenario.decisions.length).toBeGreaterThanOrEqual(3);
    for (const lesson of catalogue.lessons) {
      expect(lesson.checks.length).toBeGreaterThanOrEqual(3);
      expect(lesson.minutes).toBeGreaterThanOrEqual(5);
      // Short lessons: the December 2026 update made two of them 13 minutes; tracks stay under 90 (check-content).
      expect(lesson.minutes).toBeLessThanOrEqual(15);
      // Exercise answer keys: a select exercise has items to mark and items to leave; an order one has steps.
      if (lesson.exercise?.kind === 'select') {
        const marked = lesson.exercise.items.filter((i) => i.correct === true).length;
        expect(marked).toBeGreaterThan(0);
        expect(marked).toBeLessThan(lesson.exercise.items.length);
      }
      if (lesson.exercise?.kind === 'order') expect(lesson.exercise.items.length).toBeGreaterThanOrEqual(3);
      expect(lesson.checks.some((c) => c.hint)).toBe(true);
      expect(lesson.references.every((r) => /^https:\/\//.test(r.url))).toBe(true);
    }
  });

  it('uses the build cache only while the content is byte-for-byte the same', async () => {
    const root = copyCourse();
    const sources = readContentSources(root);
    const { catalogue } = await validateSources(sources);
    mkdirSync(join(root, 'dist'));
    const marked = { ...catalogue, lessons: catalogue.lessons.map((l, i) => (i === 0 ? { ...l, title: 'FROM CACHE' } : l)) };
    writeFileSync(join(root, CACHE_FILE), cacheText(sources, marked));
    expect((await loadCatalogue(root)).lessons[0]?.title).toBe('FROM CACHE');
    const first = sources.lessons[0]!;
    writeFileSync(join(root, first.path), `${first.text}\nA new line.\n`);
    expect(fingerprint(readContentSources(root))).not.toBe(fingerprint(sources));
    expect((await loadCatalogue(root)).lessons[0]?.title).not.toBe('FROM CACHE');
  });

  it('reports invalid content with the file and field', async () => {
    const root = copyCourse();
    const first = readContentSources(root).lessons[0]!;
    writeFileSync(join(root, first.path), readFileSync(join(root, first.path), 'utf8').replace(/^minutes: .*$/m, 'minutes: lots'));
    await expect(loadCatalogue(root)).rejects.toThrow(`invalid course content: ${first.path}: minutes:`);
  });
});
