import { DONT_KNOW } from '../risk/factors.js';

export type AnswerValue = string | string[];
export type InterviewAnswers = Record<string, AnswerValue>;

export interface Choice {
  value: string;
  label: string;
}

export interface Question {
  /** A factor id (see risk/factors.ts) or a context id. */
  id: string;
  kind: 'choice' | 'multi' | 'text';
  prompt: string;
  /** Why we ask: a sentence or two that teaches. */
  why: string;
  choices?: Choice[];
  /** Shown only when this holds for the answers so far. */
  appliesWhen?: (answers: InterviewAnswers) => boolean;
  /** For text answers: an error message, or undefined when the text is acceptable. */
  validate?: (text: string) => string | undefined;
  /** The course track that teaches it: each track's capstone asks its own questions. */
  track: 1 | 2 | 3 | 4;
  lesson: string;
}

const isHttp = (a: InterviewAnswers) => typeof a.transport === 'string' && a.transport.startsWith('http-');
/** Runs on this machine: stdio, or an HTTP server on localhost (or not said yet). */
const isLocal = (a: InterviewAnswers) => !isHttp(a) || a.transport === 'http-localhost';
const inContainer = (a: InterviewAnswers) => a.isolation === 'container' || a.isolation === 'container-hardened';

const noControlChars = (text: string) => (/[\u0000-\u001f\u007f]/.test(text) ? 'use printable characters only' : undefined);

/** The full interview, in order. Every question also accepts "don't know". */
export const QUESTIONS: Question[] = [
  {
    id: 'server',
    kind: 'text',
    prompt: 'Which server is this? (its name as you would write it in a config, e.g. github or postgres)',
    why: 'The plan is about one server. Naming it keeps assessments of different servers apart and lets a later assessment be compared with this one.',
    validate: (t) => (t.trim().length === 0 ? 'give the server a name' : t.length > 80 ? 'keep the name under 80 characters' : noControlChars(t)),
    track: 1,
    lesson: 'record-the-decision',
  },
  {
    id: 'source',
    kind: 'choice',
    prompt: 'Who publishes the server?',
    why: 'A local server runs with your privileges; the publisher is the party you trust with them. Vendor and official servers have an owner who answers for a bad release; an unknown or anonymous one has nobody.',
    choices: [
      { value: 'official', label: 'Official: the MCP project or the service itself, linked from its own docs' },
      { value: 'vendor', label: 'A known vendor publishing its own server' },
      { value: 'community-maintained', label: 'A community maintainer with a track record' },
      { value: 'unknown', label: 'Unknown: no clear owner or attribution' },
      { value: 'anonymous', label: 'Anonymous or brand-new account' },
    ],
    track: 1,
    lesson: 'trust-before-install',
  },
  {
    id: 'version',
    kind: 'text',
    prompt: 'Which exact version or image digest will you run? (e.g. 1.4.2 or sha256:...; leave empty if none yet)',
    why: 'The assessment holds for one version. Writing it down is what lets a later change be noticed and re-reviewed.',
    validate: (t) => (t.length > 120 ? 'keep it under 120 characters' : noControlChars(t)),
    track: 1,
    lesson: 'record-the-decision',
  },
  {
    id: 'capabilities',
    kind: 'multi',
    prompt: 'What can its tools do? (mark all that apply)',
    why: 'Capabilities set the impact: a read-only documentation server and one that runs shell commands fail very differently. Count what the tools can do, not what you plan to ask of them.',
    choices: [
      { value: 'read-only', label: 'Read data only' },
      { value: 'file-write', label: 'Write or delete files' },
      { value: 'network-egress', label: 'Send data out (HTTP requests, email, messages, posts)' },
      { value: 'credential-access', label: 'Read or use credentials (tokens, keys, cloud roles)' },
      { value: 'code-exec', label: 'Run code or shell commands' },
    ],
    track: 1,
    lesson: 'threat-model-an-mcp-deployment',
  },
  {
    id: 'dataSensitivity',
    kind: 'choice',
    prompt: 'What is the most sensitive data the server can reach?',
    why: 'Impact grows with what could leak. Count everything reachable with the credentials you give it, not just what the tools are meant for.',
    choices: [
      { value: 'public', label: 'Public data only' },
      { value: 'internal', label: 'Internal data' },
      { value: 'confidential', label: 'Confidential data (customers, private code)' },
      { value: 'regulated', label: 'Regulated data (personal, health, payment)' },
      { value: 'secrets', label: 'Secrets (credentials, keys)' },
    ],
    track: 1,
    lesson: 'rate-the-risk',
  },
  {
    id: 'untrustedContent',
    kind: 'choice',
    prompt: 'Will the agent read content that strangers can write (issues, tickets, web pages, emails)?',
    why: 'Text the agent reads can carry instructions. Untrusted content, private data and a way to send data out in one agent is the combination behind the GitHub and Supabase MCP incidents.',
    choices: [
      { value: 'none', label: 'No: only our own trusted content' },
      { value: 'curated', label: 'Curated content that someone reviews' },
      { value: 'user-supplied', label: 'Content from our own users or colleagues' },
      { value: 'arbitrary-external', label: 'Anything from outside (public issues, web pages, inbound email)' },
      { value: 'arbitrary-external-chained', label: 'Outside content, and its output feeds other servers or agents' },
    ],
    track: 1,
    lesson: 'threat-model-an-mcp-deployment',
  },
  {
    id: 'environment',
    kind: 'choice',
    prompt: 'Where will it run, and what else is there?',
    why: 'The environment decides what a compromised server can reach beyond its own tools: a sandbox has nothing; a laptop with production credentials has everything those credentials open.',
    choices: [
      { value: 'sandbox', label: 'A throwaway sandbox with nothing real in it' },
      { value: 'dev-laptop', label: 'A developer laptop without production credentials' },
      { value: 'dev-laptop-prod-creds', label: 'A developer laptop that also holds production credentials' },
      { value: 'team', label: 'Shared by a team' },
      { value: 'enterprise-production', label: 'Enterprise production' },
    ],
    track: 1,
    lesson: 'choose-a-deployment-model',
  },
  {
    id: 'client',
    kind: 'choice',
    prompt: 'Which client will connect to it?',
    why: 'The hardened configuration in the plan is written in your client’s own format, with its own way of keeping secrets out of the file.',
    choices: [
      { value: 'claude-desktop', label: 'Claude Desktop' },
      { value: 'claude-code', label: 'Claude Code' },
      { value: 'vscode', label: 'VS Code' },
      { value: 'cursor', label: 'Cursor' },
      { value: 'other', label: 'Another client' },
    ],
    track: 2,
    lesson: 'secrets-out-of-configs',
  },
  {
    id: 'transport',
    kind: 'choice',
    prompt: 'How does the client reach the server?',
    why: 'stdio keeps the server a child process of the client with no network port. HTTP opens a port: on localhost it must check Origin, on a network it must authenticate every request.',
    choices: [
      { value: 'stdio', label: 'stdio: the client starts it locally' },
      { value: 'http-localhost', label: 'HTTP on this machine (127.0.0.1)' },
      { value: 'http-private', label: 'HTTP on a private network' },
      { value: 'http-internet-auth', label: 'HTTP over the internet, with OAuth' },
      { value: 'http-internet-noauth', label: 'HTTP over the internet, without authentication' },
    ],
    track: 2,
    lesson: 'local-http-without-exposure',
  },
  {
    id: 'package',
    kind: 'text',
    prompt: 'What does the client start? (npm package, Python package or container image, e.g. @modelcontextprotocol/server-filesystem)',
    why: 'The plan pins exactly this in the hardened configuration.',
    appliesWhen: isLocal,
    validate: (t) => (t.length > 200 ? 'keep it under 200 characters' : noControlChars(t)),
    track: 2,
    lesson: 'secrets-out-of-configs',
  },
  {
    id: 'url',
    kind: 'text',
    prompt: 'What is the server URL? (e.g. https://mcp.example.com/mcp)',
    why: 'Remote servers must be reached over HTTPS; the plan writes the URL into the client entry and checks that it is not plain HTTP.',
    appliesWhen: isHttp,
    validate: (t) => (t.trim() === '' ? undefined : /^https?:\/\/[^\s]+$/.test(t.trim()) ? undefined : 'give a URL starting with https://'),
    track: 2,
    lesson: 'remote-servers-and-oauth',
  },
  {
    id: 'isolation',
    kind: 'choice',
    prompt: 'How is the server isolated from the rest of the machine?',
    why: 'Isolation limits what a bad release can touch. A hardened container drops capabilities, runs read-only as a non-root user and sees only the folders it needs.',
    choices: [
      { value: 'vm', label: 'Its own VM' },
      { value: 'container-hardened', label: 'A hardened container (read-only, no capabilities, non-root, limits)' },
      { value: 'container', label: 'A plain container' },
      { value: 'none', label: 'None: it runs as me' },
    ],
    appliesWhen: isLocal,
    track: 2,
    lesson: 'harden-the-container',
  },
  {
    id: 'image',
    kind: 'text',
    prompt: 'Which container image, ideally by digest? (e.g. ghcr.io/org/server@sha256:...)',
    why: 'A tag can be moved to other content; a digest cannot. The plan writes the docker run line with this image.',
    appliesWhen: inContainer,
    validate: (t) => (t.length > 300 ? 'keep it under 300 characters' : noControlChars(t)),
    track: 2,
    lesson: 'harden-the-container',
  },
  {
    id: 'humanApproval',
    kind: 'choice',
    prompt: 'When does a person approve tool calls?',
    why: 'Approval is the last check before a tool acts on injected instructions. The spec says there should always be a human able to deny a call; auto-approval removes that.',
    choices: [
      { value: 'always', label: 'Every call' },
      { value: 'writes', label: 'Every call that writes, sends or executes' },
      { value: 'partial', label: 'Some calls; others are auto-approved' },
      { value: 'none', label: 'Never asked; calls just run' },
      { value: 'auto-approve-all', label: 'Everything auto-approved (alwaysAllow, trust: true, YOLO mode)' },
    ],
    track: 2,
    lesson: 'approval-and-auto-approve',
  },
  {
    id: 'changeControl',
    kind: 'choice',
    prompt: 'How do updates reach you?',
    why: 'Whatever you tested is only what runs if the version is pinned. A range, "latest" or a self-updating remote brings the next release in unreviewed, as postmark-mcp 1.0.16 showed.',
    choices: [
      { value: 'digest', label: 'Pinned by image digest or lockfile hash' },
      { value: 'pinned', label: 'Pinned to an exact version' },
      { value: 'range', label: 'A version range (^1.2.0)' },
      { value: 'latest', label: 'Latest, or no version at all (npx -y pkg)' },
      { value: 'auto-updating-remote', label: 'A remote server the vendor updates' },
    ],
    track: 3,
    lesson: 'stage-and-approve-changes',
  },
  {
    id: 'owner',
    kind: 'text',
    prompt: 'Who owns this deployment and signs off the residual risk? (a name or team; optional)',
    why: 'A plan nobody owns is not reviewed. The owner watches advisories for this server and approves its updates.',
    validate: (t) => (t.length > 120 ? 'keep it under 120 characters' : noControlChars(t)),
    track: 4,
    lesson: 'record-the-decision',
  },
];

export const DONT_KNOW_VALUE = DONT_KNOW;
