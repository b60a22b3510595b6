import { AREAS } from './areas.js';
import { INCIDENT_KINDS, SCENARIO_FAMILIES } from './scenario-schema.js';
import type { Catalogue, ContentIssue } from './types.js';

/** What the whole course must hold, beyond each file being valid (issue "The course", DESIGN 5). */
export const COURSE_RULES = {
  lessonsPerTrack: 6,
  tracks: 4,
  maxTrackMinutes: 90,
  minExercises: 6,
} as const;

export function courseIssues(catalogue: Catalogue, file = 'course'): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (catalogue.tracks.length < COURSE_RULES.tracks) {
    issues.push({ file, field: 'tracks', message: `needs ${COURSE_RULES.tracks} tracks with lessons (has ${catalogue.tracks.length})` });
  }
  for (const track of catalogue.tracks) {
    const lessons = catalogue.lessons.filter((l) => l.track === track.number);
    const minutes = lessons.reduce((n, l) => n + l.minutes, 0);
    if (lessons.length < COURSE_RULES.lessonsPerTrack) {
      issues.push({ file, field: `track ${track.number}`, message: `needs at least ${COURSE_RULES.lessonsPerTrack} lessons (has ${lessons.length})` });
    }
    if (minutes >= COURSE_RULES.maxTrackMinutes) {
      issues.push({ file, field: `track ${track.number}`, message: `takes ${minutes} minutes; a track must fit one sitting (under ${COURSE_RULES.maxTrackMinutes})` });
    }
  }
  const taught = new Set(catalogue.lessons.flatMap((l) => l.areas));
  const untaught = AREAS.filter((a) => !taught.has(a));
  if (untaught.length) issues.push({ file, field: 'areas', message: `not taught by any lesson: ${untaught.join(', ')}` });
  const exercises = catalogue.lessons.filter((l) => l.exercise).length;
  if (exercises < COURSE_RULES.minExercises) {
    issues.push({ file, field: 'exercises', message: `needs hands-on exercises in at least ${COURSE_RULES.minExercises} lessons (has ${exercises})` });
  }
  const families = new Set(catalogue.scenarios.map((s) => s.family));
  const missingFamilies = SCENARIO_FAMILIES.filter((f) => f !== 'incident' && !families.has(f));
  if (missingFamilies.length) issues.push({ file, field: 'scenarios', message: `no scenario for: ${missingFamilies.join(', ')}` });
  const incidents = new Set(catalogue.scenarios.map((s) => s.incident).filter(Boolean));
  const missingIncidents = INCIDENT_KINDS.filter((k) => !incidents.has(k));
  if (missingIncidents.length) issues.push({ file, field: 'scenarios', message: `no incident scenario for: ${missingIncidents.join(', ')}` });
  return issues;
}

export const QUIZ_RULES = { perArea: 5, total: 90 } as const;

/** The question bank must cover every area at every level (issue "Skill self-assessment quiz"). */
export function quizIssues(catalogue: Catalogue, file = 'quiz'): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (catalogue.quiz.length < QUIZ_RULES.total) issues.push({ file, field: 'items', message: `needs at least ${QUIZ_RULES.total} items (has ${catalogue.quiz.length})` });
  for (const area of AREAS) {
    const items = catalogue.quiz.filter((i) => i.area === area);
    const missingLevels = [1, 2, 3].filter((l) => !items.some((i) => i.level === l));
    if (items.length < QUIZ_RULES.perArea) issues.push({ file, field: area, message: `needs at least ${QUIZ_RULES.perArea} items (has ${items.length})` });
    if (missingLevels.length) issues.push({ file, field: area, message: `no item at level ${missingLevels.join(', ')}` });
  }
  return issues;
}

/** How old a lesson's or scenario's `checked` date may be before check-content fails. */
export const CHECKED_RULES = { maxAgeYears: 1 } as const;

/** The same calendar day `years` earlier, as YYYY-MM-DD (29 February falls back to the 28th). */
export function yearsBefore(today: string, years: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const target = year - years;
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
  const safeDay = month === 2 && day === 29 && !leap ? 28 : day;
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(safeDay).padStart(2, '0')}`;
}

/**
 * Lessons and scenarios whose facts were last confirmed more than a year before `today`, or on a
 * date after it. `today` (YYYY-MM-DD) comes from the caller: core never reads the clock.
 */
export function checkedDateIssues(catalogue: Catalogue, today: string): ContentIssue[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be written YYYY-MM-DD, got "${today}"`);
  const oldest = yearsBefore(today, CHECKED_RULES.maxAgeYears);
  const issues: ContentIssue[] = [];
  for (const item of [...catalogue.lessons, ...catalogue.scenarios]) {
    if (item.checked < oldest) {
      issues.push({ file: item.file, field: 'checked', message: `facts last checked ${item.checked}, more than a year before ${today}: confirm them at their sources again and update the date` });
    } else if (item.checked > today) {
      issues.push({ file: item.file, field: 'checked', message: `${item.checked} is after today (${today}); write the day the facts were confirmed` });
    }
  }
  return issues;
}
