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
    await press(app.stdin, KEY.down, KEY.enter);
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
