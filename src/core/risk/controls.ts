/** Controls a plan can prescribe. Each declares which side of a risk it lowers and by how much. */
export interface Control {
  id: string;
  title: string;
  /** P0 before deployment, P1 within 30 days, P2 hardening. */
  priority: 'P0' | 'P1' | 'P2';
  reduces: 'likelihood' | 'impact';
  /** Levels on the NIST scale this control takes off its side when in place. */
  steps: 1 | 2;
  /** How to verify the control is in place. */
  verification: string;
  lesson: string;
}

export const CONTROL_LIST: Control[] = [
  {
    id: 'pin-version',
    title: 'Pin the exact reviewed version (or image digest) and re-review before any upgrade',
    priority: 'P0',
    reduces: 'likelihood',
    steps: 1,
    verification: 'The client config names an exact version (pkg@1.2.3) or an image digest (@sha256:...), never a range, "latest" or no version.',
    lesson: 'trust-before-install',
  },
  {
    id: 'sandbox',
    title: 'Run the server in a hardened container or VM with no host credentials',
    priority: 'P0',
    reduces: 'impact',
    steps: 2,
    verification: 'docker inspect shows a non-root user, CapDrop ALL, ReadonlyRootfs true, no host network and no mounted Docker socket or home folder.',
    lesson: 'harden-the-container',
  },
  {
    id: 'approve-writes',
    title: 'Require human approval for every tool that writes, sends or executes',
    priority: 'P0',
    reduces: 'likelihood',
    steps: 1,
    verification: 'No autoApprove, alwaysAllow or trust: true for write tools in any client config; a test call to a write tool shows a confirmation prompt.',
    lesson: 'approval-and-auto-approve',
  },
  {
    id: 'scoped-credentials',
    title: 'Give the server its own short-lived token with the smallest scopes, never a personal or production credential',
    priority: 'P0',
    reduces: 'impact',
    steps: 1,
    verification: "The token's scopes and repositories (or database role) are listed in the deployment record and match the job; no production credential is reachable from the server's environment.",
    lesson: 'least-privilege-by-design',
  },
  {
    id: 'no-auto-approve',
    title: 'Turn off blanket auto-approval for this server (autoApprove, alwaysAllow, trust: true, YOLO or bypass modes)',
    priority: 'P0',
    reduces: 'likelihood',
    steps: 1,
    verification:
      'No autoApprove or alwaysAllow list naming a write, send or execute tool, no "trust": true, no enableAllProjectMcpServers and no server-wide allow rule in any user or project config; a test call to a write tool shows a prompt with its arguments.',
    lesson: 'approval-and-auto-approve',
  },
  {
    id: 'read-only-mode',
    title: "Run the server in its read-only mode or expose only the tools the job needs (toolsets, includeTools, excludeTools)",
    priority: 'P0',
    reduces: 'impact',
    steps: 1,
    verification: "tools/list (for example through MCP Inspector's CLI) shows only the approved tools, and a write tool called directly is refused or absent.",
    lesson: 'least-privilege-by-design',
  },
  {
    id: 'limit-file-access',
    title: 'Give the server only the folders it needs, read-only where possible, never the home folder',
    priority: 'P0',
    reduces: 'impact',
    steps: 1,
    verification: 'The allowed directories (or container mounts) are listed in the deployment record; docker inspect shows those mounts only, read-only where writes are not needed; a write outside them, including through a symlink, fails.',
    lesson: 'least-privilege-by-design',
  },
  {
    id: 'secrets-out-of-configs',
    title: 'Keep secrets out of client configs, command lines and logs: prompted inputs, the OS keychain or secret files readable only by you',
    priority: 'P0',
    reduces: 'likelihood',
    steps: 1,
    verification: 'No token or key appears in any client config, in the process list (ps) or in the server logs; the config refers to an input, keychain entry or *_FILE path with mode 0600.',
    lesson: 'secrets-out-of-configs',
  },
  {
    id: 'vet-publisher',
    title: 'Vet the publisher and the exact package before install: owner, source repository, release history, advisories and look-alike names',
    priority: 'P0',
    reduces: 'likelihood',
    steps: 1,
    verification: 'The deployment record names the publisher, links the source repository that matches the published package, and shows an advisory check (OSV or GitHub Advisory Database) for the pinned version.',
    lesson: 'trust-before-install',
  },
  {
    id: 'vet-tool-descriptions',
    title: "Read every tool's full description and input schema before connecting it to an agent, and keep a copy of what you approved",
    priority: 'P0',
    reduces: 'likelihood',
    steps: 1,
    verification: 'A saved, normalised tools/list of the approved version is attached to the deployment record, with the reviewer and date; no description asks the model to read files, hide actions or use other tools.',
    lesson: 'vet-tools-before-connecting',
  },
  {
    id: 'hash-tool-definitions',
    title: 'Hash the approved tool definitions and block or re-approve the server when they change',
    priority: 'P1',
    reduces: 'likelihood',
    steps: 1,
    verification: 'A job or proxy (such as mcp-context-protector) compares the live tools/list hash with the approved one on every connect and on a schedule; changing one description in a test copy raises an alert or blocks the call.',
    lesson: 'detect-drift-and-rug-pulls',
  },
  {
    id: 'separate-data-from-untrusted-content',
    title: 'Never give one agent session untrusted content, private data and a way out together: split the work or use a lockdown mode',
    priority: 'P0',
    reduces: 'likelihood',
    steps: 1,
    verification: 'The deployment record says which session reads untrusted content and which reaches private data; a planted instruction in a test issue or ticket does not lead to a call that reads private data or sends anything out.',
    lesson: 'test-for-prompt-injection',
  },
  {
    id: 'egress-allow-list',
    title: 'Deny outbound network traffic except to an allow-list of destinations the server needs',
    priority: 'P1',
    reduces: 'likelihood',
    steps: 1,
    verification: 'The container runs with --network none or on an internal network behind an egress proxy; a request from inside it to a host not on the list fails and is logged.',
    lesson: 'harden-the-container',
  },
  {
    id: 'bind-localhost-and-check-origin',
    title: 'Bind a local HTTP server to 127.0.0.1, answer an unexpected Origin or Host with 403, and require a token on every request',
    priority: 'P0',
    reduces: 'likelihood',
    steps: 1,
    verification: 'ss -ltnp (or lsof -i) shows the port on 127.0.0.1 only; a request with Origin: https://evil.example gets 403; a request without the token gets 401.',
    lesson: 'local-http-without-exposure',
  },
  {
    id: 'restrict-ingress',
    title: 'Publish nothing on 0.0.0.0: reach the server only from allowed networks (VPN, private network, IP allow-list or a gateway)',
    priority: 'P0',
    reduces: 'likelihood',
    steps: 1,
    verification: 'A connection attempt from outside the allowed networks times out or is refused; docker ps shows ports published on 127.0.0.1 or a private address only.',
    lesson: 'local-http-without-exposure',
  },
  {
    id: 'require-oauth-audience',
    title: 'Require OAuth 2.1 tokens issued for this server (resource indicator, audience check) and use separate tokens for upstream APIs',
    priority: 'P0',
    reduces: 'likelihood',
    steps: 1,
    verification: 'A request without a token gets 401; a valid token issued for another resource gets 401; the server calls upstream APIs with its own token, never the one it received.',
    lesson: 'remote-servers-and-oauth',
  },
  {
    id: 'limit-co-resident-servers',
    title: 'Keep a server that reads untrusted content out of sessions that also load powerful servers; reject tool-name collisions',
    priority: 'P1',
    reduces: 'likelihood',
    steps: 1,
    verification: 'The client profile or session that loads this server lists only the servers the job needs, and no two of them expose a tool of the same name.',
    lesson: 'threat-model-an-mcp-deployment',
  },
  {
    id: 'log-tool-calls',
    title: 'Log every tool call (tool, client, time, redacted arguments, correlation id) and alert on new tools, new destinations and spikes',
    priority: 'P1',
    reduces: 'likelihood',
    steps: 1,
    verification: 'A test call appears in the central log within a minute with a correlation id and no secret in its arguments; a simulated burst of calls raises an alert.',
    lesson: 'log-every-tool-call',
  },
  {
    id: 'resource-limits',
    title: 'Cap memory, CPU and processes, set per-server timeouts and rate-limit tool calls',
    priority: 'P1',
    reduces: 'impact',
    steps: 1,
    verification: 'docker inspect shows Memory, NanoCpus and PidsLimit set; the client config sets a timeout for this server; a call loop in a test hits the rate limit and gets an error.',
    lesson: 'limits-and-rate-limits',
  },
  {
    id: 'register-deployment',
    title: 'Record the deployment (owner, purpose, version, answers) and answer every open question before go-live',
    priority: 'P0',
    reduces: 'likelihood',
    steps: 1,
    verification: 'The deployment record has an owner and no interview answer left at "don\'t know"; the server appears in the inventory of approved servers.',
    lesson: 'record-the-decision',
  },
];

export const CONTROLS: ReadonlyMap<string, Control> = new Map(CONTROL_LIST.map((c) => [c.id, c]));

export function control(id: string): Control {
  const found = CONTROLS.get(id);
  if (!found) throw new Error(`unknown control ${id}`);
  return found;
}

export const PRIORITY_ORDER = { P0: 0, P1: 1, P2: 2 } as const;
