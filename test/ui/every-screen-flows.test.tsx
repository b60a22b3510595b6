/**
 * Issue 16.1, the other flows: scenarios, quiz, review, the planning interview, the plan, the
 * capstone's chooser, the browsers and the lab, each state at 40x20, 80x24 and 120x40 (see holds.tsx for
 * what "holds" means), every option of every list reachable.
 */
import React from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/core/content/types.js';
import { displayOrder, optionOrder } from '../../src/core/course/grading.js';
import { LETTERS } from '../../src/app/feedback-text.js';
import { ENVIRONMENT_CHOICES } from '../../src/app/quiz-text.js';
import { reviewConfigs } from '../../src/core/review/engine.js';
import { REVIEW_RULES } from '../../src/core/review/rules/index.js';
import { QUESTIONS, type InterviewAnswers } from '../../src/core/interview/questions.js';
import { buildPlan } from '../../src/core/plan/model.js';
import { RULES, RULE_SET_VERSION } from '../../src/core/risk/rules/index.js';
import { InterviewScreen } from '../../src/ui/screens/InterviewScreen.js';
import { PlanPreviewScreen } from '../../src/ui/screens/PlanPreviewScreen.js';
import { PlanFlowScreen } from '../../src/ui/screens/PlanFlowScreen.js';
import { holds, KEY, mountedScreens, newSession, press, reachEvery, realCatalogue, SIZES, waitForFrame } from './screen-harness.js';
import { selectedRow } from './holds.js';
import { join } from 'node:path';
import { LabSession } from '../../src/app/lab-session.js';
import { ProgressStore } from '../../src/io/progress-store.js';
import { LabScreen } from '../../src/ui/screens/LabScreen.js';
import { tempHome } from '../helpers/cli.js';
import { realKnowledge } from '../helpers/knowledge.js';
import { tokenLab } from '../core/lab/helpers.js';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await realCatalogue();
});

const { start, sized } = mountedScreens();

const TOKEN = `ghp_${'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7d'}`;
const review = reviewConfigs(
  [
    {
      path: '/home/someone/projects/a-rather-long-project-name/.cursor/mcp.json',
      text: JSON.stringify({
        mcpServers: {
          github: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'], env: { GITHUB_TOKEN: TOKEN } },
          files: { command: 'docker', args: ['run', '-v', '/:/host', '--privileged', 'mcp/filesystem'] },
        },
      }),
    },
  ],
  { name: 'mcp-operator', version: 't' },
);

/** Answers up to the multi-choice capabilities question. */
function answersBefore(id: string): InterviewAnswers {
  const answers: InterviewAnswers = { server: 'acme-files' };
  for (const q of QUESTIONS) {
    if (q.id === id) break;
    if (q.id === 'server' || (q.appliesWhen && !q.appliesWhen(answers))) continue;
    answers[q.id] = q.kind === 'multi' ? [q.choices![0]!.value] : q.kind === 'choice' ? q.choices![0]!.value : 'x';
  }
  return answers;
}

for (const [columns, rows] of SIZES) {
  describe(`flows at ${columns}x${rows}`, () => {
    it('scenarios: the list, a situation, every option of a decision, its feedback and the debrief', async () => {
      const app = start(newSession(catalogue), [{ name: 'home' }, { name: 'scenarios' }], columns, rows);
      const list = { title: /^Scenarios/, keys: /Enter play/ };
      await holds(app, 'scenario list', (t) => t.includes('Enter play'), { ...list, selection: true });
      await reachEvery(app, 'scenario list', catalogue.scenarios.map((s) => s.title), list);
      const scenario = catalogue.scenarios.at(-1)!;
      await press(app.stdin, KEY.enter);
      await holds(app, 'situation', (t) => t.includes('Enter: decision 1'), { title: /^Scenario:/, keys: /Enter: decision 1/ });
      await press(app.stdin, KEY.enter);
      for (const [index, decision] of scenario.decisions.entries()) {
        const options = { title: /^Scenario:/, keys: /Enter choose/ };
        await holds(app, `decision ${index + 1}`, (t) => t.includes(`Decision ${index + 1} of`) && t.includes('Enter choose'), { ...options, selection: true });
        await reachEvery(app, `decision ${index + 1}`, displayOrder(decision.options, `${scenario.id}/${decision.id}`).map((o) => o.text), options);
        await press(app.stdin, KEY.enter);
        await holds(app, `feedback ${index + 1}`, (t) => t.includes('Why:') || t.includes('You chose'), { title: /^Scenario:/, keys: /Enter:/ });
        await press(app.stdin, KEY.enter);
      }
      await holds(app, 'debrief', (t) => t.includes('back to the scenarios'), { title: /^Scenario:/, keys: /q back/ });
    });

    it('quiz: environment, feedback choice, every option of the longest item, sure or not, feedback and result', async () => {
      const longest = [...catalogue.quiz].sort((a, b) => b.stem.length - a.stem.length)[0]!;
      const other = catalogue.quiz.find((i) => i.area !== longest.area)!;
      const items = [longest, other];
      const app = start(newSession(catalogue), [{ name: 'home' }, { name: 'quiz', mode: 'focused', items, findingLessons: [] }], columns, rows);
      const choose = { title: /^Skill self-assessment/, keys: /Enter choose/ };
      await holds(app, 'environment', (t) => t.includes('Where do you run MCP servers?'), { ...choose, selection: true });
      await reachEvery(app, 'environments', ENVIRONMENT_CHOICES.map((c) => c.label), choose);
      await press(app.stdin, KEY.enter);
      await holds(app, 'feedback choice', (t) => t.includes('Feedback after each item'), { ...choose, selection: true });
      await reachEvery(app, 'feedback choice', ['Feedback after each item', 'Feedback at the end', 'Change where I run'], choose);
      await press(app.stdin, KEY.up, KEY.up, KEY.enter);
      const attempt = await (async () => {
        await waitForFrame(app.lastFrame, (t) => t.includes('Item 1 of 2'));
        return app.session.store.read().quiz.attempts[0]!.startedAt;
      })();
      const answer = { title: /^Skill self-assessment/, keys: /Enter answer/ };
      await holds(app, 'quiz item', (t) => t.includes('Item 1 of 2'), { ...answer, selection: true });
      const order = optionOrder({ id: longest.id, question: longest.stem, options: longest.options }, `quiz/${attempt}`);
      await reachEvery(app, 'quiz options', order.map((i, p) => `${LETTERS[p]}. ${longest.options[i]!.text}`), answer);
      await press(app.stdin, KEY.enter);
      await holds(app, 'how sure', (t) => t.includes('How sure are you?'), { ...choose, selection: true });
      await press(app.stdin, KEY.enter);
      await holds(app, 'item feedback', (t) => t.includes('Enter: next item'), { title: /^Skill self-assessment/, keys: /Enter: next item/ });
      await press(app.stdin, KEY.enter);
      await waitForFrame(app.lastFrame, (t) => t.includes('Item 2 of 2') && t.includes('Enter answer'));
      await press(app.stdin, KEY.enter);
      await waitForFrame(app.lastFrame, (t) => t.includes('How sure are you?'));
      await press(app.stdin, KEY.enter);
      await waitForFrame(app.lastFrame, (t) => t.includes('Enter: results'));
      await press(app.stdin, KEY.enter);
      await holds(app, 'result', (t) => t.includes('results'), { title: /^Skill self-assessment/, keys: /q back/ });
    });

    it('review: findings marked without colour, one expanded', async () => {
      const app = start(newSession(catalogue), [{ name: 'home' }, { name: 'review', result: review, rules: REVIEW_RULES }], columns, rows);
      const options = { title: /^Config review/, keys: /q back/, selection: true };
      let frame = await holds(app, 'review', (t) => t.includes('Config review'), options);
      const first = selectedRow(frame);
      await press(app.stdin, KEY.down);
      frame = await holds(app, 'review, second finding', (t) => selectedRow(t) !== first, options);
      await press(app.stdin, KEY.enter);
      await holds(app, 'review, a finding expanded', (t) => t.includes('› ▾'), options);
    });

    it('interview: a name typed with its Enter at once, every publisher, back, and leaving from the first question', async () => {
      const saved: InterviewAnswers[] = [];
      let left = 0;
      const app = sized(<InterviewScreen start={{}} width={columns} height={rows - 1} onSave={(a) => saved.push(a)} onDone={() => undefined} onLeave={() => (left += 1)} />, columns, rows);
      const text = { title: /^Deployment planning interview/, keys: /Enter answer/ };
      await holds(app, 'text question', (t) => t.includes('Which server is this?'), text);
      app.stdin.write('acme-files\r');
      const choice = { title: /^Deployment planning interview/, keys: /Enter answer/ };
      await holds(app, 'choice question', (t) => t.includes('Who publishes the server?'), { ...choice, selection: true });
      expect(saved.at(-1)).toEqual({ server: 'acme-files' });
      const source = QUESTIONS.find((q) => q.id === 'source')!;
      await reachEvery(app, 'publishers', [...source.choices!.map((c) => c.label), "Don't know"], choice);
      // Back to the first question, which keeps its answer; Esc there asks before leaving.
      await press(app.stdin, KEY.escape);
      await waitForFrame(app.lastFrame, (t) => t.includes('Which server is this?') && t.includes('acme-files'));
      await press(app.stdin, KEY.escape);
      await holds(app, 'leave?', (t) => t.includes('Leave the interview?'), { title: /^Deployment planning interview/, keys: /y leave/ });
      await press(app.stdin, 'y');
      expect(left).toBe(1);
    });

    it('interview: every capability of the multi-choice question, before and after a resize', async () => {
      const start = answersBefore('capabilities');
      const node = (w: number, h: number) => <InterviewScreen start={start} width={w} height={h - 1} onSave={() => undefined} onDone={() => undefined} />;
      const app = sized(node(80, 24), 80, 24);
      const multi = QUESTIONS.find((q) => q.id === 'capabilities')!;
      const options = { title: /^Deployment planning interview/, keys: /Space mark/ };
      await waitForFrame(app.lastFrame, (t) => t.includes(multi.prompt.slice(0, 20)));
      // The size under test, then back: every option is still there (it was lost after a resize).
      app.stdout.resize(columns, rows);
      app.instance.rerender(node(columns, rows));
      await holds(app, 'multi question', (t) => t.includes('Space mark'), { ...options, selection: true });
      await reachEvery(app, 'capabilities', multi.choices!.map((c) => c.label), options);
      app.stdout.resize(80, 24);
      app.instance.rerender(node(80, 24));
      await press(app.stdin, 'g');
      await holds(app, 'multi question after a resize', (t) => t.includes('Space mark'), { ...options, selection: true });
      await reachEvery(app, 'capabilities after a resize', multi.choices!.map((c) => c.label), options);
    });

    it('plan: the preview, a finding expanded, and a draft offered to resume', async () => {
      const plan = buildPlan({ server: 'acme-files-with-a-long-name', changeControl: 'latest', source: 'community-maintained', capabilities: ['code-exec', 'file-write'], isolation: 'none' }, RULES, RULE_SET_VERSION, '2026-12-05');
      const preview = sized(<PlanPreviewScreen plan={plan} written="/home/someone/.config/mcp-operator/plans/acme-files-with-a-long-name.md" width={columns} height={rows - 1} onQuit={() => undefined} />, columns, rows);
      const options = { title: /^Plan:/, keys: /q quit/, selection: true };
      const first = await holds(preview, 'plan preview', (t) => t.includes('Rating'), options);
      // The decision is whole at every width (it was cut to "Go with condi…" at 40 columns).
      expect(first.replace(/\s*\n\s*/g, ' ')).toMatch(/decision: (Go with conditions|No-go|Go)\b/);
      expect(first).not.toMatch(/decision: [^\n]*…/);
      await press(preview.stdin, KEY.enter);
      await holds(preview, 'plan preview, a finding expanded', (t) => t.includes('Triggered by'), options);
      const flow = sized(<PlanFlowScreen start={{ server: 'acme', source: 'vendor' }} width={columns} height={rows - 1} save={() => undefined} finish={() => { throw new Error('not in this test'); }} onQuit={() => undefined} />, columns, rows);
      const resume = { title: /^Deployment planning interview/, keys: /Enter choose/ };
      await holds(flow, 'resume or start over', (t) => t.includes('Resume'), { ...resume, selection: true });
      await reachEvery(flow, 'resume or start over', ['Resume: keep the 2 answers', 'Start over: discard'], resume);
    });

    // A list that counts options rather than rows cut wrapped options off at 40x20 (the capstone
    // chooser did, before it used ChoiceList).
    it('the capstone chooser holds', async () => {
      const app = start(newSession(catalogue), [{ name: 'home' }, { name: 'capstone', track: 1 }], columns, rows);
      await holds(app, 'capstone chooser', (t) => t.includes('My own server'), { title: /^Capstone:/, keys: /Enter choose/ });
    });

    it('the lab: goals, hints, and the solution once it is open', async () => {
      const home = tempHome();
      const session = new LabSession({ lab: tokenLab().lab, dir: join(home, 'work'), store: new ProgressStore({ dir: home }), knowledge: realKnowledge(), watch: { pollMs: 100, debounceMs: 50 } });
      await session.open();
      try {
        const app = sized(<LabScreen session={session} width={columns} height={rows - 1} onBack={() => undefined} edit={async () => 'Opened it.'} />, columns, rows);
        const options = { title: /^Lab: Test lab/, keys: /q back/ };
        await holds(app, 'lab goals', (t) => t.includes('0/2 goals'), options);
        for (let i = 0; i < 3; i += 1) await press(app.stdin, 'h');
        await holds(app, 'lab with every hint', (t) => /solution is open/i.test(t) || t.includes('Hint 3'), options);
        await press(app.stdin, 's');
        await holds(app, 'lab solution', (t) => t.includes('back to the lab'), { title: /^Lab: Test lab/, keys: /back to the lab/ });
      } finally {
        session.close();
      }
    });

    it('the browsers open and hold', async () => {
      const servers = start(newSession(catalogue), [{ name: 'home' }, { name: 'servers' }], columns, rows);
      await holds(servers, 'known servers', (t) => t.includes('Search:'), { title: /^Known servers/, keys: /Esc back/, selection: true });
      const toolbox = start(newSession(catalogue), [{ name: 'home' }, { name: 'toolbox' }], columns, rows);
      await holds(toolbox, 'toolbox', (t) => t.includes('Enter tools'), { title: /^Operator's toolbox/, keys: /Esc back/, selection: true });
    });
  });
}
