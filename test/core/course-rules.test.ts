import { describe, expect, it } from 'vitest';
import { courseIssues } from '../../src/core/content/course-rules.js';
import { AREAS } from '../../src/core/content/areas.js';
import { makeCatalogue, makeLesson, SCENARIO_SOURCE } from '../helpers/fixtures.js';
import { parseScenario } from '../../src/core/content/catalogue.js';
import type { Lesson } from '../../src/core/content/types.js';
import type { SelectExercise } from '../../src/core/content/schema.js';

const exercise: SelectExercise = { kind: 'select', title: 't', prompt: 'p', items: ['a', 'b', 'c'].map((id, i) => ({ id, text: id, explanation: 'e', ...(i === 0 ? { correct: true } : {}) })) };
const base = parseScenario('scenarios/sample-scenario.yaml', SCENARIO_SOURCE).scenario!;
const families = ['trusted', 'community', 'unknown', 'enterprise', 'development'] as const;
const incidents = ['rug-pull', 'leaked-credential', 'prompt-injection-exfiltration', 'malicious-package'] as const;
const scenarios = [
  ...families.map((family) => ({ ...base, id: family, family })),
  ...incidents.map((incident) => ({ ...base, id: incident, family: 'incident' as const, incident })),
];

function fullCourse(): Lesson[] {
  const lessons: Lesson[] = [];
  for (let track = 1; track <= 4; track += 1) {
    for (let order = 1; order <= 6; order += 1) {
      const n = lessons.length;
      lessons.push(makeLesson(`l${n}`, track, order, { areas: [AREAS[n % AREAS.length]!], minutes: 10, ...(order <= 2 ? { exercise } : {}) }));
    }
  }
  return lessons;
}

describe('course-wide rules', () => {
  it('a complete course passes', () => {
    expect(courseIssues(makeCatalogue(fullCourse(), scenarios))).toEqual([]);
  });

  it('names each gap', () => {
    const lessons = fullCourse()
      .filter((l) => !(l.track === 4 && l.order === 6))
      .map((l) => (l.areas[0] === 'compliance' ? { ...l, areas: ['trust-assessment' as const] } : l))
      .map((l) => (l.track === 2 ? { ...l, minutes: 15 } : l))
      .map((l) => ({ ...l, exercise: l.track === 1 ? l.exercise : undefined }));
    const messages = courseIssues(makeCatalogue(lessons, scenarios.slice(1, 6))).map((i) => `${i.field}: ${i.message}`);
    expect(messages).toContain('track 4: needs at least 6 lessons (has 5)');
    expect(messages).toContain('track 2: takes 90 minutes; a track must fit one sitting (under 90)');
    expect(messages.find((m) => m.startsWith('areas:'))).toContain('compliance');
    expect(messages).toContain('exercises: needs hands-on exercises in at least 6 lessons (has 2)');
    expect(messages).toContain('scenarios: no scenario for: trusted');
    expect(messages).toContain('scenarios: no incident scenario for: leaked-credential, prompt-injection-exfiltration, malicious-package');
  });
});

describe('quiz bank rules', () => {
  it('needs 90 items, 5 per area, every level in every area', async () => {
    const { quizIssues } = await import('../../src/core/content/course-rules.js');
    const { makeBank } = await import('../helpers/quiz-fixtures.js');
    expect(quizIssues(makeCatalogue([], [], makeBank(2)))).toEqual([]);
    const thin = makeBank(2).filter((i) => !(i.area === 'isolation' && i.level === 3)).filter((i) => !(i.area === 'compliance' && i.id.endsWith('-1')));
    const messages = quizIssues(makeCatalogue([], [], thin)).map((i) => `${i.field}: ${i.message}`);
    expect(messages).toContain('isolation: no item at level 3');
    expect(messages).toContain('compliance: needs at least 5 items (has 3)');
    expect(quizIssues(makeCatalogue([], [], makeBank(1)))[0]?.message).toContain('needs at least 90 items (has 54)');
  });
});
