import { describe, expect, it } from 'vitest';
import { buildCatalogue, parseScenario } from '../../src/core/content/catalogue.js';
import { formatIssue } from '../../src/core/content/types.js';
import { bestRun, debriefMarkdown, judgeChoice, profileRows, scenarioStatus, situationMarkdown } from '../../src/core/scenario/play.js';
import { emptyProgress } from '../../src/core/progress/model.js';
import { recordScenarioChoice, startScenarioRun } from '../../src/core/progress/update.js';
import { LESSON_SOURCE, SCENARIO_SOURCE, TRACKS_SOURCE } from '../helpers/fixtures.js';

const FILE = 'scenarios/sample-scenario.yaml';
const tracks = { path: 'lessons/tracks.yaml', text: TRACKS_SOURCE };
const lesson = { path: 'lessons/1-planning/01-sample.md', text: LESSON_SOURCE };

describe('scenario schema', () => {
  it('parses a valid scenario', () => {
    const { scenario, issues } = parseScenario(FILE, SCENARIO_SOURCE);
    expect(issues).toEqual([]);
    expect(scenario?.decisions).toHaveLength(3);
    expect(scenario?.profile.capabilities).toEqual(['read-only', 'network-egress']);
  });

  it('rejects fewer than three decisions, two expert options, bad profile values and a misnamed file', () => {
    const twoDecisions = SCENARIO_SOURCE.replace(/ {2}- id: third[\s\S]*?(?=debrief:)/, '');
    expect(parseScenario(FILE, twoDecisions).issues.map(formatIssue)).toContain(`${FILE}: decisions: needs at least 3 decision points`);
    const twoExperts = SCENARIO_SOURCE.replace('text: Take latest,', 'text: Take latest, expert: true,');
    expect(parseScenario(FILE, twoExperts).issues[0]).toMatchObject({ field: 'decisions[0].options', message: expect.stringContaining('exactly one') });
    const badProfile = SCENARIO_SOURCE.replace('transport: stdio', 'transport: carrier-pigeon');
    expect(parseScenario(FILE, badProfile).issues[0]).toMatchObject({ field: 'profile.transport', message: expect.stringContaining('stdio') });
    expect(parseScenario('scenarios/other.yaml', SCENARIO_SOURCE).issues[0]).toMatchObject({ field: 'id', message: 'file should be named sample-scenario.yaml' });
  });

  it('requires an incident kind exactly for incident scenarios', () => {
    const incident = SCENARIO_SOURCE.replace('family: community', 'family: incident');
    expect(parseScenario(FILE, incident).issues[0]).toMatchObject({ field: 'incident' });
    expect(parseScenario(FILE, incident.replace('family: incident', 'family: incident\nincident: rug-pull')).issues).toEqual([]);
    expect(parseScenario(FILE, SCENARIO_SOURCE.replace('family: community', 'family: community\nincident: rug-pull')).issues[0]).toMatchObject({ field: 'incident' });
  });
});

describe('scenarios in the catalogue', () => {
  it('resolves links between lessons and scenarios', () => {
    const linked = LESSON_SOURCE.replace('prerequisites: []', 'prerequisites: []\nscenarios: [sample-scenario]').replace('(lesson:sample-lesson)', '(scenario:sample-scenario)');
    const { catalogue, issues } = buildCatalogue(tracks, [{ ...lesson, text: linked }], [{ path: FILE, text: SCENARIO_SOURCE }]);
    expect(issues).toEqual([]);
    expect(catalogue.scenarios.map((s) => s.id)).toEqual(['sample-scenario']);
  });

  it('reports missing lessons and scenarios, and ids shared between them', () => {
    const linked = LESSON_SOURCE.replace('prerequisites: []', 'prerequisites: []\nscenarios: [nowhere]');
    const clash = SCENARIO_SOURCE.replace('id: sample-scenario', 'id: sample-lesson').replace('lessons: [sample-lesson]', 'lessons: [ghost]');
    const { issues } = buildCatalogue(tracks, [{ ...lesson, text: linked }], [{ path: 'scenarios/sample-lesson.yaml', text: clash }]);
    const text = issues.map(formatIssue).join('\n');
    expect(text).toContain('scenarios[0]: no scenario with id "nowhere"');
    expect(text).toContain('scenarios/sample-lesson.yaml: id: duplicate scenario id "sample-lesson"');
    expect(text).toContain('scenarios/sample-lesson.yaml: lessons[0]: no lesson with id "ghost"');
  });
});

describe('playing', () => {
  const scenario = parseScenario(FILE, SCENARIO_SOURCE).scenario!;

  it('judges a choice against the expert', () => {
    const decision = scenario.decisions[0]!;
    expect(judgeChoice(decision, 'pin')).toMatchObject({ expert: true, chosen: { id: 'pin' } });
    expect(judgeChoice(decision, 'latest')).toMatchObject({ expert: false, expertOption: { id: 'pin' } });
    expect(() => judgeChoice(decision, 'nope')).toThrow(RangeError);
  });

  it('tracks status and the best run', () => {
    const T1 = '2026-01-01T00:00:00.000Z';
    const T2 = '2026-01-02T00:00:00.000Z';
    let p = startScenarioRun(emptyProgress(), scenario.id, 3, T1);
    expect(scenarioStatus(p, scenario.id)).toBe('in-progress');
    for (const [i, d] of scenario.decisions.entries()) p = recordScenarioChoice(p, scenario.id, T1, d.id, d.options[0]!.id, true, T1, i === 2);
    p = startScenarioRun(p, scenario.id, 3, T2);
    for (const [i, d] of scenario.decisions.entries()) p = recordScenarioChoice(p, scenario.id, T2, d.id, d.options[1]!.id, false, T2, i === 2);
    expect(scenarioStatus(p, scenario.id)).toBe('played');
    expect(bestRun(p, scenario.id)).toMatchObject({ startedAt: T1, matched: 3 });
    expect(scenarioStatus(emptyProgress(), scenario.id)).toBe('not-played');
  });

  it('renders the situation with the profile and a debrief with the score', () => {
    expect(profileRows(scenario.profile)).toContainEqual(['Isolation', "don't know"]);
    const situation = situationMarkdown(scenario);
    expect(situation).toContain('# A sample scenario');
    expect(situation).toContain('| Capabilities | read-only, network-egress |');
    const debrief = debriefMarkdown(scenario, 2, [{ id: 'sample-lesson', title: 'A sample lesson' }]);
    expect(debrief).toContain('**2 of 3**');
    expect(debrief).toContain('mcp-operator learn sample-lesson');
    expect(debrief).toContain('https://modelcontextprotocol.io/specification');
  });
});
