import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { jsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import type { Catalogue } from '../core/content/types.js';
import type { Knowledge } from '../core/servers/knowledge.js';
import { LIMITS } from './limits.js';
import { guardTransport } from './guard.js';
import { recordRegistrations, Registry } from './registry.js';
import { registerPrompts } from './prompts.js';
import { registerResources } from './resources.js';
import { registerAssessmentTools } from './tools/assessment.js';
import { registerLessonTools } from './tools/lessons.js';
import { registerQuizTools } from './tools/quiz.js';
import { registerReviewTools } from './tools/review.js';
import { registerServerTools, registerToolboxTool } from './tools/servers.js';

export interface TutorServerOptions {
  catalogue: Catalogue;
  version: string;
  /** The server knowledge base and advisories (built-in plus imported). */
  knowledge?: Knowledge;
  /** Today's date for plans; tests pin it. */
  now?: () => Date;
}

export const INSTRUCTIONS = [
  'mcp-operator: expertise on operating MCP servers securely, offline.',
  'To plan a deployment, use the deployment_interview prompt, then assess_deployment and generate_plan with the answers.',
  'To review a client config, pass its text (not a path) to review_config, then explain_finding for each ruleId.',
  'Lessons and scenarios are resources (lesson://ID, scenario://ID); list_lessons, get_lesson, quiz_item and check_quiz_answer teach and test.',
  'lookup_server and the server://ID resources say what is known about a real MCP server: its tools\' capability classes, least-privilege switches, credential scopes and advisories; recommend_tools names tools for a job or a plan control, with what each sends out.',
  'Every tool is read-only: nothing is written, started or fetched, and no file a client names is read.',
].join(' ');

/**
 * The SDK validates JSON Schemas only for elicitation, which this server never asks for. Answering
 * "not valid" keeps the SDK's default validator (ajv and its formats, about 130 KB) out of the
 * bundle (scripts/build.mjs) and out of start-up.
 */
const NO_ELICITATION: jsonSchemaValidator = {
  getValidator: () => () => ({ valid: false, data: undefined, errorMessage: 'this server does not elicit input' }),
};

/** An McpServer whose every connection goes through the protocol guard (src/mcp/guard.ts). */
class GuardedServer extends McpServer {
  readonly registry = new Registry();

  override async connect(transport: Transport): Promise<void> {
    await super.connect(guardTransport(transport, this.registry));
  }
}

/** The tutor as an MCP server: tools over the same core as the CLI, the lessons and scenarios as resources, two prompts. */
export function createTutorServer(options: TutorServerOptions): McpServer {
  const server = new GuardedServer(
    { name: 'mcp-operator', title: 'MCP operator tutor', version: options.version },
    { instructions: INSTRUCTIONS, maxToolInputElements: LIMITS.toolInputElements, jsonSchemaValidator: NO_ELICITATION },
  );
  recordRegistrations(server, server.registry);
  const now = options.now ?? (() => new Date());
  registerAssessmentTools(server, { now });
  registerReviewTools(server, { catalogue: options.catalogue, version: options.version, ...(options.knowledge ? { knowledge: options.knowledge } : {}) });
  registerLessonTools(server, options.catalogue);
  registerQuizTools(server, options.catalogue);
  registerResources(server, options.catalogue);
  if (options.knowledge) {
    registerServerTools(server, options.knowledge);
    registerToolboxTool(server, options.knowledge);
  }
  registerPrompts(server, options.knowledge?.servers.map((s) => s.id) ?? []);
  // The lists are fixed once the server is built: no tool, resource or prompt comes or goes while it
  // runs, so it does not claim to send list_changed notifications (the SDK declares them by default).
  server.server.registerCapabilities({ tools: { listChanged: false }, resources: { listChanged: false }, prompts: { listChanged: false } });
  return server;
}
