import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/core/content/front-matter.js';
import { buildCatalogue, parseLesson } from '../../src/core/content/catalogue.js';
import { findContentLinks, rewriteContentLinks } from '../../src/core/content/links.js';
import { formatIssue } from '../../src/core/content/types.js';
import { coverage } from '../../src/core/content/coverage.js';
import { AREAS } from '../../src/core/content/areas.js';
import { LESSON_SOURCE, TRACKS_SOURCE } from '../helpers/fixtures.js';

const FILE = 'lessons/1-planning/01-sample.md';

describe('front matter', () => {
  it('splits YAML and body', () => {
    const result = splitFrontMatter('---\na: 1\n---\nbody\n');
    expect(result).toEqual({ ok: true, data: { a: 1 }, body: 'body\n' });
  });
  it('accepts CRLF and a BOM', () => {
    const result = splitFrontMatter('\uFEFF---\r\na: 1\r\n---\r\nbody');
    expect(result.ok && result.data).toEqual({ a: 1 });
  });
  it('rejects a file without an opening line', () => {
    expect(splitFrontMatter('a: 1\n---\n')).toMatchObject({ ok: false, message: expect.stringContaining('must start') });
  });
  it('rejects an unclosed block', () => {
    expect(splitFrontMatter('---\na: 1\n')).toMatchObject({ ok: false, message: expect.stringContaining('not closed') });
  });
  it('names the YAML line of a syntax error', () => {
    const result = splitFrontMatter('---\na: 1\nb: [\n---\nbody');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/not valid YAML/);
  });
});

describe('lesson schema', () => {
  it('parses a valid lesson', () => {
    const { lesson, issues } = parseLesson(FILE, LESSON_SOURCE);
    expect(issues).toEqual([]);
    expect(lesson?.id).toBe('sample-lesson');
    expect(lesson?.checks).toHaveLength(3);
    expect(lesson?.body).toContain('## Body');
  });

  it('names the file and the field of a missing field', () => {
    const { issues } = parseLesson(FILE, LESSON_SOURCE.replace('minutes: 6\n', ''));
    expect(issues.map(formatIssue)).toEqual([`${FILE}: minutes: is required`]);
  });

  it('rejects a check with two correct options, naming the check', () => {
    const broken = LESSON_SOURCE.replace('- { text: Wrong, explanation: Not so. }\n  - id: two', '- { text: Wrong, correct: true, explanation: Not so. }\n  - id: two');
    const { issues } = parseLesson(FILE, broken);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: FILE, field: 'checks[0].options', message: expect.stringContaining('exactly one') });
  });

  it('rejects unknown areas and fields and non-http references', () => {
    const broken = LESSON_SOURCE.replace('areas: [trust-assessment]', 'areas: [vibes]\ncolour: red').replace('https://modelcontextprotocol.io/specification', 'ftp://x');
    const fields = parseLesson(FILE, broken).issues.map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['areas[0]', '', 'references[0].url']));
  });

  it('requires a body', () => {
    const { issues } = parseLesson(FILE, LESSON_SOURCE.slice(0, LESSON_SOURCE.indexOf('## Body')));
    expect(issues[0]).toMatchObject({ field: 'body' });
  });
});

describe('catalogue', () => {
  const tracks = { path: 'lessons/tracks.yaml', text: TRACKS_SOURCE };

  it('builds a catalogue in course order and hides empty tracks', () => {
    const second = LESSON_SOURCE.replace('id: sample-lesson', 'id: second').replace('order: 1', 'order: 2');
    const { catalogue, issues } = buildCatalogue(tracks, [
      { path: 'lessons/1-planning/02-second.md', text: second },
      { path: FILE, text: LESSON_SOURCE },
    ]);
    expect(issues).toEqual([]);
    expect(catalogue.lessons.map((l) => l.id)).toEqual(['sample-lesson', 'second']);
    expect(catalogue.tracks.map((t) => t.number)).toEqual([1]);
  });

  it('reports duplicate ids, wrong folders, order mismatch and missing links', () => {
    const linked = LESSON_SOURCE.replace('(lesson:sample-lesson)', '(lesson:nowhere)').replace('prerequisites: []', 'prerequisites: [ghost]');
    const { issues } = buildCatalogue(tracks, [
      { path: FILE, text: LESSON_SOURCE },
      { path: 'lessons/2-deployment/03-copy.md', text: linked },
    ]);
    const text = issues.map(formatIssue).join('\n');
    expect(text).toContain('lessons/2-deployment/03-copy.md: id: duplicate lesson id "sample-lesson"');
    expect(text).toContain('lessons/2-deployment/03-copy.md: track: track 1 lessons belong in folder "1-planning"');
    expect(text).toContain('order: file name should start with 01-');
    expect(text).toContain('prerequisites[0]: no lesson with id "ghost"');
    expect(text).toContain('body: link to missing lesson "nowhere"');
  });

  it('requires at least three checks', () => {
    const short = LESSON_SOURCE.replace(/ {2}- id: three[\s\S]*?(?=---)/, '');
    const { issues } = buildCatalogue(tracks, [{ path: FILE, text: short }]);
    expect(issues.map(formatIssue)).toContain(`${FILE}: checks: needs at least 3 knowledge checks (has 2)`);
  });

  it('reports a broken tracks file', () => {
    const { issues } = buildCatalogue({ path: 'lessons/tracks.yaml', text: '- { id: x }' }, []);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]?.file).toBe('lessons/tracks.yaml');
  });
});

describe('links', () => {
  it('finds lesson and scenario links', () => {
    expect(findContentLinks('[a](lesson:x-y) and [b](scenario:z) and [c](https://e.org)')).toEqual([
      { kind: 'lesson', id: 'x-y', text: 'a', raw: '[a](lesson:x-y)' },
      { kind: 'scenario', id: 'z', text: 'b', raw: '[b](scenario:z)' },
    ]);
  });
  it('rewrites them into a command the reader can run', () => {
    const out = rewriteContentLinks('see [this](lesson:x)', () => 'The X lesson');
    expect(out).toBe('see this (lesson *The X lesson*: `mcp-operator learn x`)');
  });
});

describe('coverage', () => {
  it('counts lessons per area for all 18 areas', () => {
    const { catalogue } = buildCatalogue({ path: 't', text: TRACKS_SOURCE }, [{ path: FILE, text: LESSON_SOURCE }]);
    const c = coverage(catalogue);
    expect(Object.keys(c.areas)).toEqual([...AREAS]);
    expect(AREAS).toHaveLength(18);
    expect(c.areas['trust-assessment'].lessons).toBe(1);
    expect(c.areas['compliance']).toEqual({ lessons: 0, quiz: { '1': 0, '2': 0, '3': 0 } });
  });
});
