import { completable } from '@modelcontextprotocol/sdk/server/completable.js';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { GetPromptResult } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod';
import { QUESTIONS } from '../core/interview/questions.js';
import { CLIENT_IDS, clientName } from '../core/review/clients.js';

/** When a conditional question is asked, in words (the interview's appliesWhen functions). */
export const ASKED_WHEN: Record<string, string> = {
  package: 'only when the server runs on this machine: transport stdio or http-localhost (or not answered yet)',
  url: 'only when transport is one of the http-* values',
  isolation: 'only when the server runs on this machine: transport stdio or http-localhost (or not answered yet)',
  image: 'only when isolation is container or container-hardened',
};

function questionText(): string {
  return QUESTIONS.map((q, i) => {
    const head = `${i + 1}. \`${q.id}\`${q.kind === 'multi' ? ' (a list: mark all that apply)' : ''}${ASKED_WHEN[q.id] ? `, asked ${ASKED_WHEN[q.id]}` : ''}: ${q.prompt}`;
    const choices = q.choices ? `\n${q.choices.map((c) => `   - \`${c.value}\`: ${c.label}`).join('\n')}\n   - \`unknown\`: don't know` : '\n   Free text; leave it out if there is none.';
    return `${head}${choices}\n   Why we ask: ${q.why}`;
  }).join('\n\n');
}

function message(text: string): GetPromptResult {
  return { messages: [{ role: 'user', content: { type: 'text', text } }] };
}

/** The values in `values` that start with what was typed so far (case-insensitive), at most 100. */
export function completeFrom(values: readonly string[]): (typed: string | undefined) => string[] {
  return (typed) => {
    const prefix = (typed ?? '').toLowerCase();
    return values.filter((v) => v.toLowerCase().startsWith(prefix)).slice(0, 100);
  };
}

/**
 * The two prompts. Arguments with known values complete: `client` from the client ids, `server`
 * from the ids of the known servers (`serverIds`).
 */
export function registerPrompts(server: McpServer, serverIds: readonly string[] = []): void {
  server.registerPrompt(
    'deployment_interview',
    {
      title: 'Plan an MCP server deployment',
      description: 'A guided interview about one MCP server, ending in a risk assessment and a deployment plan (assess_deployment, generate_plan).',
      argsSchema: { server: completable(z.string().max(80).optional().describe('The server to assess, if already known (e.g. github).'), completeFrom(serverIds)) },
    },
    ({ server: name }) =>
      message(
        [
          `Help me decide whether and how to deploy ${name ? `the MCP server "${name}"` : 'an MCP server'}, using the mcp-operator tools.`,
          '',
          'Interview me one question at a time, in this order. For a choice question, show the choices and take my answer as one of the listed values; ' +
            'if I am unsure, offer "unknown" (it counts as the worst case, and the plan lists it as an open question). ' +
            'Give the "why we ask" in a sentence when I hesitate or ask. Skip a question whose condition does not hold.' +
            (name ? ` The answer to \`server\` is "${name}" already.` : ''),
          '',
          questionText(),
          '',
          'When the interview is done:',
          '1. Call `assess_deployment` with `{"answers": {...}}`: the question ids above as keys and my answers as values (capabilities as a list). ' +
            'If it returns an error, fix the answers it names and call it again.',
          '2. Tell me the rating and the decision, then each finding: its title, severity, the answers that triggered it, and what would lower it (whatIf). ' +
            'Use `explain_finding` with a finding id when I want the background.',
          '3. Go through the open questions: answering them may change the rating.',
          '4. Call `generate_plan` with the same answers and give me the plan Markdown to save, pointing out the P0 controls (before deployment) and the hardened configuration.',
          '',
          'Never ask me for tokens, passwords or keys: the assessment needs none, and they do not belong in an answers file.',
        ].join('\n'),
      ),
  );

  server.registerPrompt(
    'config_review_walkthrough',
    {
      title: 'Review an MCP client config',
      description: 'Walks through a review of one MCP client config: paste it, review_config, then each finding explained with explain_finding and the fixed entry.',
      argsSchema: {
        client: completable(
          z
            .enum(CLIENT_IDS as [string, ...string[]])
            .optional()
            .describe('The client whose config it is (claude-desktop, claude-code, vscode, cursor, ...).'),
          completeFrom(CLIENT_IDS),
        ),
      },
    },
    ({ client }) => {
      const which = client ? `my ${clientName(client)} MCP configuration` : 'my MCP client configuration';
      return message(
        [
          `Review ${which} with the mcp-operator tools.`,
          '',
          `1. Ask me to paste the configuration file's content${client ? '' : ' and say which client it is from (Claude Desktop, Claude Code, VS Code, Cursor, ...)'}. ` +
            'Do not read the file yourself and do not ask for a path: the review takes the text only. If it holds a real token, it will be redacted in the results, ' +
            'but tell me that a credential which has been in a config file (or in this chat) should be rotated.',
          `2. Call \`review_config\` with \`{"content": <the text>${client ? `, "client": "${client}"` : ', "client": <the client id, if known>'}}\`.`,
          '3. Summarise the counts by severity, then go through the findings from the most severe: for each, say which server and field it concerns and what the evidence shows, ' +
            'call `explain_finding` with its ruleId, and explain in two or three sentences why it matters and how to fix it. Name the lesson (lesson://ID) for more.',
          '4. Offer the fixed entry that review_config returns for each server (its second text block), and point out anything I must still do by hand, such as rotating a token or choosing the version to pin.',
          '5. If there are no findings, say so, and mention what the review cannot see (what the server does at run time, the tools it lists).',
          '',
          'Never repeat a secret from my config back to me, not even partly: refer to it by its field name.',
        ].join('\n'),
      );
    },
  );
}
