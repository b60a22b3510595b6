import React from 'react';
import { describe, expect, it } from 'vitest';
import { render } from 'ink-testing-library';
import { InterviewScreen } from '../../src/ui/screens/InterviewScreen.js';
import { PlanPreviewScreen } from '../../src/ui/screens/PlanPreviewScreen.js';
import type { InterviewAnswers } from '../../src/core/interview/questions.js';
import { buildPlan } from '../../src/core/plan/model.js';
import { RULES, RULE_SET_VERSION } from '../../src/core/risk/rules/index.js';
import { KEY, press, waitForFrame } from '../helpers/ui.js';

describe('interview screen', () => {
  it('asks with why-we-ask, accepts don\'t know, goes back, and saves every answer', async () => {
    const saved: InterviewAnswers[] = [];
    let done: InterviewAnswers | undefined;
    const app = render(<InterviewScreen start={{ server: 'acme' }} width={100} height={30} onSave={(a) => saved.push(a)} onDone={(a) => (done = a)} />);
    let frame = await waitForFrame(app.lastFrame, (t) => t.includes('Who publishes the server?'));
    expect(frame).toContain('Why we ask:');
    expect(frame).toContain("Don't know");
    expect(frame).toContain('Question 2 of');
    await press(app.stdin, ...Array(5).fill(KEY.down), KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('Which exact version'));
    expect(saved.at(-1)).toMatchObject({ source: 'unknown' });
    await press(app.stdin, KEY.escape);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('Who publishes the server?'));
    // Back on the question, its earlier answer is selected ("don't know" is stored as unknown) and the header says which question it is.
    expect(frame).toContain('Question 2 of');
    expect(frame.split('\n').find((l) => l.startsWith('›'))).toContain('Unknown');
    await press(app.stdin, KEY.up, KEY.up, KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('Which exact version'));
    expect(saved.at(-1)).toMatchObject({ source: 'vendor' });
    await press(app.stdin, '?', KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('What can its tools do?'));
    expect(saved.at(-1)).toMatchObject({ version: 'unknown' });
    expect(done).toBeUndefined();
    app.unmount();
  });

  it('shows a validation message and keeps the question', async () => {
    const app = render(<InterviewScreen start={{ server: 'acme', source: 'vendor', version: '1', capabilities: ['read-only'], dataSensitivity: 'public', untrustedContent: 'none', environment: 'sandbox', client: 'vscode', transport: 'http-private' }} width={100} height={30} onSave={() => undefined} onDone={() => undefined} />);
    await waitForFrame(app.lastFrame, (t) => t.includes('What is the server URL?'));
    await press(app.stdin, 'f', 't', 'p', ':', '/', '/', 'x', KEY.enter);
    const frame = await waitForFrame(app.lastFrame, (t) => t.includes('Not accepted'));
    expect(frame).toContain('https://');
    app.unmount();
  });
});

describe('going back in the interview', () => {
  it('shows where it is, selects the earlier answer, and walks forward keeping later answers', async () => {
    const saved: InterviewAnswers[] = [];
    const app = render(<InterviewScreen start={{ server: 'acme' }} width={100} height={30} onSave={(a) => saved.push(a)} onDone={() => undefined} />);
    await waitForFrame(app.lastFrame, (t) => t.includes('Who publishes the server?'));
    await press(app.stdin, KEY.down, KEY.enter);
    await waitForFrame(app.lastFrame, (t) => t.includes('Which exact version'));
    app.stdin.write('1.2.3\r');
    let frame = await waitForFrame(app.lastFrame, (t) => t.includes('What can its tools do?'));
    expect(frame).toContain('Question 4 of');
    await press(app.stdin, KEY.escape);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('Which exact version'));
    expect(frame).toContain('Question 3 of');
    expect(frame).toContain('› 1.2.3');
    await press(app.stdin, KEY.escape);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('Who publishes the server?'));
    expect(frame).toContain('Question 2 of');
    expect(frame.split('\n').find((l) => l.startsWith('›'))).toContain('A known vendor');
    // A new answer two questions back: the next question shown is the one after it, its answer kept.
    await press(app.stdin, KEY.down, KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('Which exact version'));
    expect(frame).toContain('Question 3 of');
    expect(frame).toContain('› 1.2.3');
    expect(saved.at(-1)).toMatchObject({ source: 'community-maintained', version: '1.2.3' });
    await press(app.stdin, KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('What can its tools do?'));
    expect(frame).toContain('Question 4 of');
    app.unmount();
  });

  it('keeps what was typed and not yet submitted when going back and returning', async () => {
    const app = render(<InterviewScreen start={{ server: 'acme', source: 'vendor' }} width={100} height={30} onSave={() => undefined} onDone={() => undefined} />);
    await waitForFrame(app.lastFrame, (t) => t.includes('Which exact version'));
    await press(app.stdin, '9', '.', '9');
    await waitForFrame(app.lastFrame, (t) => t.includes('› 9.9'));
    await press(app.stdin, KEY.escape);
    await waitForFrame(app.lastFrame, (t) => t.includes('Who publishes the server?'));
    await press(app.stdin, KEY.enter);
    const frame = await waitForFrame(app.lastFrame, (t) => t.includes('Which exact version'));
    expect(frame).toContain('› 9.9');
    app.unmount();
  });

  it('Esc on the first question leaves: at once without answers, after asking with them', async () => {
    let left = 0;
    const empty = render(<InterviewScreen start={{}} width={100} height={30} onSave={() => undefined} onDone={() => undefined} onLeave={() => (left += 1)} />);
    await waitForFrame(empty.lastFrame, (t) => t.includes('Which server is this?') && t.includes('Esc leave'));
    await press(empty.stdin, KEY.escape);
    await new Promise((r) => setTimeout(r, 100));
    expect(left).toBe(1);
    empty.unmount();

    const app = render(<InterviewScreen start={{ server: 'acme' }} width={100} height={30} onSave={() => undefined} onDone={() => undefined} onLeave={() => (left += 1)} />);
    await waitForFrame(app.lastFrame, (t) => t.includes('Who publishes the server?'));
    await press(app.stdin, KEY.escape);
    await waitForFrame(app.lastFrame, (t) => t.includes('Which server is this?'));
    await press(app.stdin, KEY.escape);
    let frame = await waitForFrame(app.lastFrame, (t) => t.includes('Leave the interview?'));
    expect(frame).toContain('1 answer given');
    await press(app.stdin, 'n');
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('Which server is this?'));
    expect(left).toBe(1);
    await press(app.stdin, KEY.escape);
    await waitForFrame(app.lastFrame, (t) => t.includes('Leave the interview?'));
    await press(app.stdin, 'y');
    await new Promise((r) => setTimeout(r, 100));
    expect(left).toBe(2);
    app.unmount();
  });
});

describe('plan preview', () => {
  it('expands a finding to its triggers and what-if', async () => {
    const plan = buildPlan({ server: 'acme', changeControl: 'latest', source: 'community-maintained', capabilities: ['code-exec'] }, RULES, RULE_SET_VERSION, '2026-11-23');
    const app = render(<PlanPreviewScreen plan={plan} written="/tmp/acme.md" width={100} height={30} onQuit={() => undefined} />);
    let frame = await waitForFrame(app.lastFrame, (t) => t.includes('Rating'));
    expect(frame).toContain(plan.findings[0]!.id);
    await press(app.stdin, KEY.enter);
    frame = await waitForFrame(app.lastFrame, (t) => t.includes('Triggered by'));
    expect(frame).toContain('What if');
    expect(frame).toContain('mcp-operator learn');
    app.unmount();
  });
});
