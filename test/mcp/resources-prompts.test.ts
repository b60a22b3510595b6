import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/core/content/types.js';
import { QUESTIONS } from '../../src/core/interview/questions.js';
import { loadCatalogue } from '../../src/io/content-loader.js';
import { ASKED_WHEN } from '../../src/mcp/prompts.js';
import { RESOURCE_NOT_FOUND } from '../../src/mcp/resources.js';
import { connect } from './connect.js';

let client: Client;
let close: () => Promise<void>;
let catalogue: Catalogue;

beforeAll(async () => {
  ({ client, close } = await connect());
  catalogue = await loadCatalogue();
});
afterAll(async () => close());

function textOfContents(contents: object[]): string {
  return contents.map((c) => ('text' in c && typeof c.text === 'string' ? c.text : '')).join('\n');
}

describe('resources', () => {
  it('lists every lesson as lesson://ID and every scenario as scenario://ID, as Markdown', async () => {
    const resources = (await client.listResources()).resources.filter((r) => !r.uri.startsWith('server://'));
    const uris = resources.map((r) => r.uri);
    expect(uris).toEqual([...catalogue.lessons.map((l) => `lesson://${l.id}`), ...catalogue.scenarios.map((s) => `scenario://${s.id}`)]);
    for (const r of resources) expect(r.mimeType).toBe('text/markdown');
    expect(resources[0]?.title).toBe(catalogue.lessons[0]?.title);
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate).sort()).toEqual(['lesson://{id}', 'scenario://{id}', 'server://{id}']);
  });

  it('reads every lesson and every scenario', async () => {
    for (const lesson of catalogue.lessons) {
      const { contents } = await client.readResource({ uri: `lesson://${lesson.id}` });
      expect(contents).toHaveLength(1);
      expect(contents[0]).toMatchObject({ uri: `lesson://${lesson.id}`, mimeType: 'text/markdown' });
      const text = textOfContents(contents);
      expect(text.startsWith(`# ${lesson.title}\n`)).toBe(true);
      expect(text).not.toMatch(/\]\((lesson|scenario):[a-z]/);
    }
    for (const scenario of catalogue.scenarios) {
      const { contents } = await client.readResource({ uri: `scenario://${scenario.id}` });
      const text = textOfContents(contents);
      expect(text.startsWith(`# ${scenario.title}\n`)).toBe(true);
      expect(text).toContain('## Decisions');
      expect(text).toContain('## Debrief');
      for (const decision of scenario.decisions) expect(text).toContain(decision.prompt.trim().slice(0, 40));
      // The questions come before the answers.
      expect(text.indexOf('## Decisions')).toBeLessThan(text.indexOf("## The expert's choices"));
    }
  });

  it('answers an unknown lesson or scenario with the resource-not-found error, and keeps serving', async () => {
    for (const uri of ['lesson://no-such-lesson', 'scenario://no-such-scenario']) {
      const error = await client.readResource({ uri }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(McpError);
      expect((error as McpError).code).toBe(RESOURCE_NOT_FOUND);
    }
    await expect(client.readResource({ uri: 'file:///etc/passwd' })).rejects.toThrow();
    expect((await client.listResources()).resources.filter((r) => !r.uri.startsWith('server://')).length).toBe(catalogue.lessons.length + catalogue.scenarios.length);
  });

  it('completes lesson ids', async () => {
    const { completion } = await client.complete({ ref: { type: 'ref/resource', uri: 'lesson://{id}' }, argument: { name: 'id', value: 'trust' } });
    expect(completion.values).toContain('trust-before-install');
  });
});

describe('prompts', () => {
  it('lists the two prompts', async () => {
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name).sort()).toEqual(['config_review_walkthrough', 'deployment_interview']);
    for (const p of prompts) expect(p.title).toBeTruthy();
  });

  it('deployment_interview asks every question with its choices and why, then calls assess_deployment and generate_plan', async () => {
    const { messages } = await client.getPrompt({ name: 'deployment_interview', arguments: {} });
    expect(messages).toHaveLength(1);
    const text = messages[0]?.content.type === 'text' ? messages[0].content.text : '';
    for (const q of QUESTIONS) {
      expect(text).toContain(`\`${q.id}\``);
      expect(text).toContain(q.why);
      for (const c of q.choices ?? []) expect(text).toContain(`\`${c.value}\`: ${c.label}`);
    }
    expect(text).toContain('assess_deployment');
    expect(text).toContain('generate_plan');
    const named = await client.getPrompt({ name: 'deployment_interview', arguments: { server: 'github' } });
    expect(named.messages[0]?.content.type === 'text' ? named.messages[0].content.text : '').toContain('"github"');
  });

  it('says in words when each conditional question is asked', () => {
    for (const q of QUESTIONS) expect(Boolean(ASKED_WHEN[q.id]), q.id).toBe(q.appliesWhen !== undefined);
  });

  it('config_review_walkthrough asks for the content, then review_config and explain_finding', async () => {
    const { messages } = await client.getPrompt({ name: 'config_review_walkthrough', arguments: { client: 'cursor' } });
    const text = messages[0]?.content.type === 'text' ? messages[0].content.text : '';
    expect(text).toContain('Cursor');
    expect(text).toContain('"client": "cursor"');
    for (const word of ['paste', 'review_config', 'explain_finding', 'fixed entry', 'rotate']) expect(text).toContain(word);
    const plain = await client.getPrompt({ name: 'config_review_walkthrough' });
    expect(plain.messages).toHaveLength(1);
    await expect(client.getPrompt({ name: 'config_review_walkthrough', arguments: { client: 'notepad' } })).rejects.toThrow(McpError);
    await expect(client.getPrompt({ name: 'no_such_prompt' })).rejects.toThrow(McpError);
  });
});
