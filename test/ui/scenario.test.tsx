import { describe, expect, it } from 'vitest';
import { makeCatalogue, makeLesson, SCENARIO_SOURCE } from '../helpers/fixtures.js';
import { KEY, press, renderApp, waitForFrame } from '../helpers/ui.js';
import { parseScenario } from '../../src/core/content/catalogue.js';
import { displayOrder } from '../../src/core/course/grading.js';

const scenario = parseScenario('scenarios/sample-scenario.yaml', SCENARIO_SOURCE).scenario!;
const lesson = makeLesson('alpha', 1, 1, { scenarios: ['sample-scenario'] });
const catalogue = makeCatalogue([lesson], [scenario]);

/** Position of the expert (or a non-expert) option in the shuffled display order. */
function positionOf(index: number, expert: boolean): number {
  const decision = scenario.decisions[index]!;
  return displayOrder(decision.options, `${scenario.id}/${decision.id}`).findIndex((o) => (o.expert === true) === expert);
}

describe('scenario screens', () => {
  it('home lists scenarios; a run shows consequences, the expert choice and a debrief, and is kept', async () => {
    const app = renderApp(catalogue, [{ name: 'home' }]);
    await waitForFrame(app.lastFrame, (t) => t.includes('Scenarios: 1 deployments and incidents'));
    await press(app.stdin, KEY.down, KEY.down, KEY.enter);
    let frame = await waitForFrame(app.lastFrame, (t) => t.includes('A sample scenario (community, 5 min)'));
    expect(frame).toContain('Decide about a community server.');
    await press(app.stdin, KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('You are about to install a community server.'));
    expect(frame).toContain('community-maintained');
    await press(app.stdin, KEY.enter);

    await waitForFrame(app.lastFrame, (t) => t.includes('What first?') && t.includes('Decision 1 of 3'));
    await press(app.stdin, ...Array(positionOf(0, false)).fill(KEY.down), KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('An expert would choose differently'));
    expect(frame).toContain('You chose: Take latest');
    expect(frame).toContain('It changes under you.');
    expect(frame).toContain("The expert's choice: Pin it");
    expect(frame).toContain('Why: Pinning keeps the reviewed code.');
    await press(app.stdin, KEY.enter);

    for (const index of [1, 2]) {
      await waitForFrame(app.lastFrame, (t) => t.includes(`Decision ${index + 1} of 3`) && t.includes('Enter choose'));
      await press(app.stdin, ...Array(positionOf(index, true)).fill(KEY.down), KEY.enter);
      await waitForFrame(app.lastFrame, (t) => t.includes("That is the expert's choice"));
      await press(app.stdin, KEY.enter);
    }
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('Debrief'));
    expect(frame).toContain('2 of 3');
    const runs = app.session.store.read().scenarios['sample-scenario']?.runs ?? [];
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ matched: 2, decisions: 3, choices: { first: 'latest', second: 'sandbox', third: 'log' } });
    expect(runs[0]?.finishedAt).toBeDefined();
    await press(app.stdin, KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('best 2/3'));
    app.unmount();
  });

  it('a lesson that names a scenario offers it at the end', async () => {
    const app = renderApp(catalogue, [{ name: 'lesson', lessonId: 'alpha' }]);
    await waitForFrame(app.lastFrame, (t) => t.includes('About alpha'));
    await press(app.stdin, KEY.enter);
    for (let i = 0; i < 3; i += 1) {
      await waitForFrame(app.lastFrame, (t) => t.includes('Enter answer'));
      await press(app.stdin, KEY.enter);
      await waitForFrame(app.lastFrame, (t) => /Correct|Not quite/.test(t));
      await press(app.stdin, KEY.enter);
    }
    const frame = await waitForFrame(app.lastFrame, (t) => t.includes('press s to play the scenario'));
    expect(frame).toContain('A sample scenario');
    await press(app.stdin, 's');
    await waitForFrame(app.lastFrame, (t) => t.includes('Scenario: A sample scenario'));
    app.unmount();
  });
});
