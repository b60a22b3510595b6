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
    checked: '2026-12-05',
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

export function makeCatalogue(lessons: Lesson[], scenarios: Catalogue['scenarios'] = [], quiz: Catalogue['quiz'] = []): Catalogue {
  const numbers = [...new Set(lessons.map((l) => l.track))].sort();
  return {
    tracks: numbers.map((n) => ({ id: `track-${n}`, number: n, title: `Track ${n}`, folder: `${n}-t`, summary: 'A track.' })),
    lessons,
    scenarios,
    quiz,
  };
}

export const LESSON_SOURCE = `---
id: sample-lesson
title: A sample lesson
track: 1
order: 1
minutes: 6
checked: 2026-12-05
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

export const SCENARIO_SOURCE = `id: sample-scenario
title: A sample scenario
family: community
minutes: 5
checked: 2026-12-05
areas: [trust-assessment]
lessons: [sample-lesson]
summary: Decide about a community server.
situation: |
  You are about to install a community server.
profile:
  source: community-maintained
  transport: stdio
  untrustedContent: user-supplied
  changeControl: latest
  capabilities: [read-only, network-egress]
  dataSensitivity: internal
  environment: dev-laptop
  humanApproval: partial
  isolation: unknown
decisions:
  - id: first
    prompt: What first?
    options:
      - { id: pin, text: Pin it, expert: true, consequence: It stays put. }
      - { id: latest, text: Take latest, consequence: It changes under you. }
    why: Pinning keeps the reviewed code.
  - id: second
    prompt: What next?
    options:
      - { id: sandbox, text: Sandbox it, expert: true, consequence: Contained. }
      - { id: laptop, text: Run on the laptop, consequence: Exposed. }
    why: Isolation contains a bad release.
  - id: third
    prompt: And then?
    options:
      - { id: log, text: Log tool calls, expert: true, consequence: You can see what it does. }
      - { id: nothing, text: Nothing, consequence: You are blind. }
    why: Evidence needs logs.
debrief: |
  Pin, isolate, log.
references:
  - title: MCP specification
    url: https://modelcontextprotocol.io/specification
`;
