/**
 * Property: the content parsers (lesson front matter, scenarios, quiz files, the tracks file)
 * never throw on mutated real files or random text, and every problem they report is an issue
 * that names the file it is about, a field (or '') and a one-line message. The whole catalogue
 * build with one lesson broken keeps to the same rule.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { buildCatalogue, parseLesson, parseQuizFile, parseScenario, parseTracks } from '../../src/core/content/catalogue.js';
import type { ContentIssue } from '../../src/core/content/types.js';
import { mutateText, replaceAt, textEdits } from './mutate.js';
import { lessonFiles, quizFiles, scenarioFiles } from './seeds.js';

const lessons = lessonFiles();
const scenarios = scenarioFiles();
const quizzes = quizFiles();
const tracks = { path: 'lessons/tracks.yaml', text: readFileSync('lessons/tracks.yaml', 'utf8') };

const TOKENS = ['---', '\n---\n', '\n', ':', ': ', '- ', '  ', '\t', '"', "'", '[', ']', '{', '}', '#', '&a', '*a', '!!int', '|', '>', 'id', 'title', 'checks', 'options', 'correct: true', 'correct: false', 'exercise', 'kind: select', 'kind: order', 'review:', 'finding:', 'track: 2', 'order: 0', 'null', '~', '1e9', '\uFEFF', '\r\n', '\u0000', '__proto__', 'constructor'];

/**
 * Every issue names the file, a field and a message. (Not always one line: a key holding a
 * carriage return is echoed as it is in "unknown field(s): ...", which check-content prints.)
 */
function checkIssues(file: string, issues: readonly ContentIssue[]): void {
  for (const issue of issues) {
    expect(issue.file).toBe(file);
    expect(typeof issue.field).toBe('string');
    expect(issue.message.trim().length).toBeGreaterThan(0);
  }
}

/** A document's front matter replaced at a random place (other types, deep nesting, odd keys), body kept. */
function structural(text: string, picks: number[], replacement: unknown, newKey: string | undefined): string {
  const end = text.indexOf('\n---', 3);
  if (!text.startsWith('---\n') || end < 0) return text;
  const data = parseYaml(text.slice(4, end + 1)) as unknown;
  const mutated = replaceAt(data, picks, replacement, newKey);
  let front: string;
  try {
    front = toYaml(mutated);
  } catch {
    front = JSON.stringify(mutated) ?? 'null';
  }
  return `---\n${front}${front.endsWith('\n') ? '' : '\n'}${text.slice(end + 1)}`;
}

const replacementArb = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>([], {}, '', ' ', 0, -1, 1.5, 1e308, null, true, 'x'.repeat(5000), Array.from({ length: 2000 }, (_, i) => `item-${i}`), { __proto__: null, constructor: 'x' }),
  fc.integer({ min: 10, max: 300 }).map((depth) => {
    let v: unknown = 'deep';
    for (let i = 0; i < depth; i += 1) v = { a: [v] };
    return v;
  }),
);
const keyArb = fc.option(fc.constantFrom('__proto__', 'constructor', 'toString', 'id', 'checks', 'unknownField'), { nil: undefined });

describe('properties: content front matter and files', () => {
  // The yaml parser warns on process (unknown tags and the like, which random edits make plenty of): keep the test output readable.
  beforeAll(() => {
    vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it('has the real course to mutate, and it parses cleanly', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(20);
    for (const l of lessons) expect(parseLesson(l.path, l.text).issues).toEqual([]);
    for (const s of scenarios) expect(parseScenario(s.path, s.text).issues).toEqual([]);
    for (const q of quizzes) expect(parseQuizFile(q.path, q.text).issues).toEqual([]);
  });

  it('parseLesson on lessons with characters edited (mostly in the front matter) never throws, and issues name the file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...lessons), textEdits(TOKENS), fc.boolean(), (lesson, edits, frontOnly) => {
        const text = mutateText(lesson.text, edits, frontOnly ? lesson.text.indexOf('\n---', 3) + 5 : undefined);
        const r = parseLesson(lesson.path, text);
        checkIssues(lesson.path, r.issues);
        expect(r.lesson !== undefined || r.issues.length > 0).toBe(true);
        if (r.lesson) expect(r.lesson.file).toBe(lesson.path);
      }),
      { numRuns: 250 },
    );
  });

  it('parseLesson on front matter with values replaced by other types, deep nesting and odd keys', () => {
    fc.assert(
      fc.property(fc.constantFrom(...lessons), fc.array(fc.nat(), { maxLength: 6 }), replacementArb, keyArb, (lesson, picks, replacement, key) => {
        const r = parseLesson(lesson.path, structural(lesson.text, picks, replacement, key));
        checkIssues(lesson.path, r.issues);
        expect(r.lesson !== undefined || r.issues.length > 0).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('parseLesson, parseScenario, parseQuizFile and parseTracks on random text never throw', () => {
    const text = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => `---\n${t.join('')}\n---\nbody`));
    fc.assert(
      fc.property(text, (t) => {
        checkIssues('lessons/x/01-x.md', parseLesson('lessons/x/01-x.md', t).issues);
        checkIssues('scenarios/x.yaml', parseScenario('scenarios/x.yaml', t).issues);
        checkIssues('quiz/isolation.yaml', parseQuizFile('quiz/isolation.yaml', t).issues);
        checkIssues('lessons/tracks.yaml', parseTracks('lessons/tracks.yaml', t).issues);
      }),
      { numRuns: 300 },
    );
  });

  it('parseScenario and parseQuizFile on mutated real files never throw, and issues name the file', () => {
    const files = [...scenarios.map((f) => ({ ...f, parse: parseScenario })), ...quizzes.map((f) => ({ ...f, parse: parseQuizFile })), { ...tracks, parse: parseTracks }];
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.oneof(textEdits(TOKENS).map((e) => ({ e })), fc.tuple(fc.array(fc.nat(), { maxLength: 5 }), replacementArb, keyArb).map((s) => ({ s }))), (file, how) => {
        let text: string;
        if ('e' in how) text = mutateText(file.text, how.e);
        else {
          const [picks, replacement, key] = how.s;
          try {
            text = toYaml(replaceAt(parseYaml(file.text), picks, replacement, key));
          } catch {
            text = JSON.stringify(replaceAt(parseYaml(file.text), picks, replacement, key)) ?? '';
          }
        }
        checkIssues(file.path, file.parse(file.path, text).issues);
      }),
      { numRuns: 200 },
    );
  });

  it('the catalogue build with one lesson broken never throws; every issue names one of its files', () => {
    const paths = new Set([tracks.path, ...lessons.map((l) => l.path), ...scenarios.map((s) => s.path), ...quizzes.map((q) => q.path)]);
    fc.assert(
      fc.property(fc.nat({ max: lessons.length - 1 }), textEdits(TOKENS), (index, edits) => {
        const broken = lessons.map((l, i) => (i === index ? { ...l, text: mutateText(l.text, edits, l.text.indexOf('\n---', 3) + 5) } : l));
        const { issues } = buildCatalogue(tracks, broken, scenarios, quizzes);
        for (const issue of issues) {
          expect(paths.has(issue.file), issue.file).toBe(true);
          expect(issue.message.trim().length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 15 },
    );
  });
});
