import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseLesson, parseScenario } from '../../../src/core/content/catalogue.js';
import { checkedDateIssues, yearsBefore } from '../../../src/core/content/course-rules.js';
import { formatIssue } from '../../../src/core/content/types.js';
import { LESSON_SOURCE, makeCatalogue, makeLesson, SCENARIO_SOURCE } from '../../helpers/fixtures.js';

const LESSON_FILE = 'lessons/1-planning/01-sample-lesson.md';
const SCENARIO_FILE = 'scenarios/sample-scenario.yaml';

/** The fixture with its `checked` line replaced (or removed when value is undefined). */
function withChecked(source: string, value: string | undefined): string {
  const without = source.replace(/^checked:.*\n/m, '');
  return value === undefined ? without : without.replace(/^(minutes: \d+\n)/m, `$1checked: ${value}\n`);
}

function lessonIssues(value: string | undefined): string[] {
  return parseLesson(LESSON_FILE, withChecked(LESSON_SOURCE, value)).issues.map(formatIssue);
}

function scenarioIssues(value: string | undefined): string[] {
  return parseScenario(SCENARIO_FILE, withChecked(SCENARIO_SOURCE, value)).issues.map(formatIssue);
}

describe('the checked field', () => {
  it('is required in a lesson and in a scenario', () => {
    const missing = 'checked: is missing: add the day the facts were last confirmed, as YYYY-MM-DD';
    expect(lessonIssues(undefined)).toEqual([`${LESSON_FILE}: ${missing}`]);
    expect(scenarioIssues(undefined)).toEqual([`${SCENARIO_FILE}: ${missing}`]);
  });

  it('accepts a YYYY-MM-DD date and keeps it on the parsed lesson and scenario', () => {
    expect(lessonIssues('2026-12-05')).toEqual([]);
    expect(parseLesson(LESSON_FILE, withChecked(LESSON_SOURCE, '2026-12-05')).lesson?.checked).toBe('2026-12-05');
    expect(parseScenario(SCENARIO_FILE, withChecked(SCENARIO_SOURCE, '2026-12-05')).scenario?.checked).toBe('2026-12-05');
  });

  it('rejects other spellings and impossible dates with a message that says what is expected', () => {
    expect(lessonIssues('05.12.2026')).toEqual([`${LESSON_FILE}: checked: must be a date written YYYY-MM-DD`]);
    expect(lessonIssues('last week')).toEqual([`${LESSON_FILE}: checked: must be a date written YYYY-MM-DD`]);
    expect(lessonIssues('20261205')).toEqual([`${LESSON_FILE}: checked: must be a date written YYYY-MM-DD`]);
    expect(lessonIssues('2026-02-30')).toEqual([`${LESSON_FILE}: checked: is not a real calendar date`]);
    expect(lessonIssues('2026-13-01')).toEqual([`${LESSON_FILE}: checked: is not a real calendar date`]);
    expect(scenarioIssues('2026-12')).toEqual([`${SCENARIO_FILE}: checked: must be a date written YYYY-MM-DD`]);
  });
});

describe('checked dates against today', () => {
  const base = parseScenario(SCENARIO_FILE, withChecked(SCENARIO_SOURCE, '2026-12-05')).scenario!;

  function catalogue(lessonChecked: string, scenarioChecked: string) {
    return makeCatalogue([makeLesson('a', 1, 1, { checked: lessonChecked })], [{ ...base, checked: scenarioChecked }]);
  }

  it('passes a date up to exactly one year before today', () => {
    expect(checkedDateIssues(catalogue('2025-12-05', '2026-12-05'), '2026-12-05')).toEqual([]);
  });

  it('fails a lesson or scenario checked more than a year before today, naming file, field and both dates', () => {
    const issues = checkedDateIssues(catalogue('2025-12-04', '2024-06-30'), '2026-12-05');
    expect(issues.map(formatIssue)).toEqual([
      'lessons/1/01-a.md: checked: facts last checked 2025-12-04, more than a year before 2026-12-05: confirm them at their sources again and update the date',
      `${SCENARIO_FILE}: checked: facts last checked 2024-06-30, more than a year before 2026-12-05: confirm them at their sources again and update the date`,
    ]);
  });

  it('fails a date after today', () => {
    expect(checkedDateIssues(catalogue('2026-12-06', '2026-12-05'), '2026-12-05').map((i) => i.message)).toEqual([
      '2026-12-06 is after today (2026-12-05); write the day the facts were confirmed',
    ]);
  });

  it('measures the year on the calendar, including from 29 February', () => {
    expect(yearsBefore('2026-12-05', 1)).toBe('2025-12-05');
    expect(yearsBefore('2028-02-29', 1)).toBe('2027-02-28');
    expect(checkedDateIssues(catalogue('2027-02-28', '2028-02-29'), '2028-02-29')).toEqual([]);
    expect(checkedDateIssues(catalogue('2027-02-27', '2028-02-29'), '2028-02-29')).toHaveLength(1);
  });

  it('refuses a today that is not YYYY-MM-DD instead of comparing nonsense', () => {
    expect(() => checkedDateIssues(catalogue('2026-12-05', '2026-12-05'), 'Sat Dec 05 2026')).toThrow(/YYYY-MM-DD/);
  });
});

describe('the commands pass today in', () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('check-content passes the course today and fails it once its dates are over a year old', async () => {
    const { checkContentCommand } = await import('../../../src/commands/check-content.js');
    const errors: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      errors.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const { readContentSources, validateSources } = await import('../../../src/io/content-loader.js');
    const { catalogue } = await validateSources(readContentSources());
    const latest = [...catalogue.lessons, ...catalogue.scenarios].map((item) => item.checked).sort().at(-1)!;
    expect(await checkContentCommand(undefined, { today: latest })).toBe(0);
    expect(errors.join('')).not.toContain('checked');
    expect(await checkContentCommand(undefined, { today: yearsBefore(latest, -2) })).toBe(2);
    const stale = errors.join('').split('\n').filter((line) => line.includes(': checked: facts last checked'));
    expect(stale.some((line) => line.startsWith('lessons/1-planning/01-trust-before-install.md: checked:'))).toBe(true);
    expect(stale.some((line) => line.startsWith('scenarios/incident-rug-pull.yaml: checked:'))).toBe(true);
  }, 60_000);

  it('the build step warns about stale dates but still writes the catalogue', async () => {
    const root = mkdtempSync(join(tmpdir(), 'checked-build-'));
    dirs.push(root);
    const here = join(import.meta.dirname, '../../..');
    for (const folder of ['lessons', 'scenarios', 'quiz', 'servers', 'advisories', 'toolbox']) {
      if (existsSync(join(here, folder))) cpSync(join(here, folder), join(root, folder), { recursive: true });
    }
    const warned: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((message: string) => void warned.push(message));
    const { writeCatalogueCache } = await import('../../../src/build/catalogue-cache.js');
    const result = await writeCatalogueCache(root, '2099-01-01');
    expect(result.ok).toBe(true);
    expect(result.warnings.some((w) => w.startsWith('lessons/1-planning/01-trust-before-install.md: checked:'))).toBe(true);
    expect(warned.some((w) => w.startsWith('build: lessons/1-planning/01-trust-before-install.md: checked:'))).toBe(true);
    type Dated = { id: string; checked: string };
    const cache = JSON.parse(readFileSync(join(root, 'dist/catalogue.json'), 'utf8')) as { catalogue: { lessons: Dated[]; scenarios: Dated[] } };
    expect(cache.catalogue.lessons.find((l) => l.id === 'trust-before-install')?.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const latest = [...cache.catalogue.lessons, ...cache.catalogue.scenarios].map((item) => item.checked).sort().at(-1)!;
    expect((await writeCatalogueCache(root, latest)).warnings).toEqual([]);
  }, 60_000);
});
