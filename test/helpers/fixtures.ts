import type { Lesson, Catalogue } from '../../src/core/content/types.js';
import type { Check } from '../../src/core/content/schema.js';

export function makeCheck(id: string, correct = 0, count = 3): Check {
  return {
    id,
    question: `Question ${id}?`,
    hint: `Hint for ${id}`,
    options: Array.from({ length: count }, (_, i) => ({
      text: `Option ${i} of ${id}`,
      explanation: `Why option ${i} of ${id} is ${i === correct ? 'right' : 'wrong'}`,
      ...(i === correct ? { correct: true } : {}),
    })),
  };
}

export function makeLesson(id: string, track: number, order: number, extra: Partial<Lesson> = {}): Lesson {
  return {
    id,
    title: `Lesson ${id}`,
    track,
    order,
    minutes: 5,
    objectives: ['Do a thing'],
    areas: ['trust-assessment'],
    prerequisites: [],
    scenarios: [],
    references: [{ title: 'Spec', url: 'https://example.org/spec' }],
    checks: [makeCheck(`${id}-a`), makeCheck(`${id}-b`, 1), makeCheck(`${id}-c`, 2)],
    body: `## About ${id}\n\nSome text.\n`,
    file: `lessons/${track}/0${order}-${id}.md`,
    ...extra,
  };
}

export function makeCatalogue(lessons: Lesson[]): Catalogue {
  const numbers = [...new Set(lessons.map((l) => l.track))].sort();
  return {
    tracks: numbers.map((n) => ({ id: `track-${n}`, number: n, title: `Track ${n}`, folder: `${n}-t`, summary: 'A track.' })),
    lessons,
  };
}

export const LESSON_SOURCE = `---
id: sample-lesson
title: A sample lesson
track: 1
order: 1
minutes: 6
objectives: [Name the risk]
areas: [trust-assessment]
prerequisites: []
references:
  - title: MCP specification
    url: https://modelcontextprotocol.io/specification
checks:
  - id: one
    question: Which?
    options:
      - { text: Right, correct: true, explanation: Because. }
      - { text: Wrong, explanation: Not so. }
  - id: two
    question: Which two?
    options:
      - { text: Right, correct: true, explanation: Because. }
      - { text: Wrong, explanation: Not so. }
  - id: three
    question: Which three?
    options:
      - { text: Wrong, explanation: Not so. }
      - { text: Right, correct: true, explanation: Because. }
---
## Body

Text with a [link](lesson:sample-lesson).
`;

export const TRACKS_SOURCE = `- { id: planning, number: 1, title: Planning, folder: 1-planning, summary: Plan. }
- { id: deployment, number: 2, title: Deployment, folder: 2-deployment, summary: Deploy. }
`;
