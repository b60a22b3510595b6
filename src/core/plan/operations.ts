import { has, atLeast, type Answers } from '../risk/answers.js';

export interface MonitoringPlan {
  log: string[];
  alerts: { signal: string; why: string }[];
  reviewCadence: string;
}

export interface Runbook {
  id: string;
  title: string;
  when: string;
  contain: string[];
  evidence: string[];
  timeBoxes: { within: string; do: string }[];
  /** When to call incident response, and when legal or privacy counsel. */
  escalate: { incidentResponse: string; legal: string };
}

/** What to log and alert on for this deployment (lessons log-every-tool-call, detect-drift-and-rug-pulls). */
export function monitoringPlan(a: Answers): MonitoringPlan {
  const log = [
    'Every tool call: tool name, server, client, time, correlation id, approval decision, result size; argument names and sizes, never secret values.',
    'Every tools/list result, with a hash of each tool name, description and input schema.',
    'Server start, stop, version or image digest at start.',
  ];
  if (atLeast(a, 'transport', 'http-private')) log.push('Authentication results at the server: token audience, client id, scopes, failures.');
  if (has(a, 'network-egress')) log.push('Outbound destinations (host and port) from the server or its egress proxy.');
  const alerts = [
    { signal: 'A tool description or input schema changed, or a tool appeared, since approval', why: 'A rug pull or a poisoned update shows first in the tool definitions.' },
    { signal: 'Tool-call volume far above its usual rate', why: 'A runaway or hijacked agent, or an exfiltration loop.' },
  ];
  if (has(a, 'network-egress') || a.capabilities === 'unknown') alerts.push({ signal: 'A new egress destination', why: 'Stolen data has to go somewhere; a new host is the cheapest signal.' });
  if (atLeast(a, 'transport', 'http-private')) alerts.push({ signal: 'Authentication failures or tokens for another audience', why: 'Token theft, passthrough attempts or probing.' });
  if (has(a, 'credential-access') || atLeast(a, 'dataSensitivity', 'secrets')) alerts.push({ signal: 'Use of the server’s credential from an unexpected place or at an unexpected time', why: 'A leaked token is used from somewhere else.' });
  const busy = atLeast(a, 'environment', 'team');
  return { log, alerts, reviewCadence: busy ? 'Review alerts daily and the tool-call log weekly; reassess this plan every quarter.' : 'Review the tool-call log weekly; reassess this plan every six months or on any trigger below.' };
}

/** Incident runbooks for the incidents this server's capabilities make likely (lesson first-hour-of-an-incident). */
export function runbooksFor(a: Answers): Runbook[] {
  const books: Runbook[] = [];
  const base = {
    evidence: ['Client configs as they were (copy before editing)', 'Agent transcripts and tool-call logs for the period', 'The installed package version or image digest and its tools/list output'],
  };
  if (has(a, 'credential-access') || atLeast(a, 'dataSensitivity', 'secrets')) {
    books.push({
      id: 'leaked-credential',
      title: 'A credential the server holds has leaked',
      when: 'A token from this deployment appears in a commit, a log, a shared config or a provider alert.',
      contain: ['Revoke the token at the provider first', 'Remove or disable the server entry in every client config', 'Issue a replacement with narrower scopes, delivered by prompt or keychain, not in a file'],
      evidence: [...base.evidence, "The provider's audit log for the token (where it was used, from where)"],
      escalate: { incidentResponse: "Call incident response at once if the token reached production systems or regulated data, or if the provider's audit log shows use you cannot explain.", legal: "Call legal or your privacy officer within 24 hours if personal, health or payment data was reachable with the token: breach-notification clocks (for example GDPR's 72 hours) may have started." },
      timeBoxes: [
        { within: '30 minutes', do: 'Revoke, contain, preserve evidence, notify the owner' },
        { within: '24 hours', do: 'Find every use of the token and everything it could reach' },
        { within: '72 hours', do: 'Rotate related secrets, fix how the token leaked, add an alert' },
      ],
    });
  }
  if (has(a, 'network-egress') && atLeast(a, 'untrustedContent', 'user-supplied')) {
    books.push({
      id: 'prompt-injection-exfiltration',
      title: 'Injected instructions made the agent send data out',
      when: 'Private data shows up where it should not (a public issue, an outbound request) after the agent read outside content.',
      contain: ['Stop the agent session and disable the server', 'Take down or make private what was published', 'Revoke tokens the agent used'],
      evidence: [...base.evidence, 'The content the agent read (the issue, ticket or page with the instructions)', 'Outbound requests and their destinations'],
      escalate: { incidentResponse: 'Call incident response as soon as private data is confirmed to have left, or when you cannot tell what left.', legal: 'Call legal or your privacy officer the same day if personal or customer data left: disclosure duties and take-down requests may apply.' },
      timeBoxes: [
        { within: '30 minutes', do: 'Stop, take down, revoke, preserve the injected content' },
        { within: '24 hours', do: 'Establish what data left and who must be told' },
        { within: '72 hours', do: 'Break the combination: separate untrusted content from private data or the exfiltration path' },
      ],
    });
  }
  if (atLeast(a, 'changeControl', 'range') || atLeast(a, 'source', 'community-maintained')) {
    books.push({
      id: 'malicious-update',
      title: 'A release of the server turned malicious (or its tools changed after approval)',
      when: 'An advisory, a malware report or a tool-definition alert names a version you ran.',
      contain: ['Remove the server from every client config', 'Pin back to the last reviewed version only after checking it is clean', 'Revoke every credential the server could read'],
      evidence: [...base.evidence, 'Which machines ran which version, and when (package caches, container images)'],
      escalate: { incidentResponse: 'Call incident response as soon as a malicious version is confirmed to have run on any machine: treat those machines and every credential they held as compromised.', legal: 'Call legal if the malicious release handled customer, personal or regulated data, or if you must notify customers or your supplier.' },
      timeBoxes: [
        { within: '30 minutes', do: 'Remove, revoke, list affected machines' },
        { within: '24 hours', do: 'Work out what the malicious version could reach and did' },
        { within: '72 hours', do: 'Restore from pinned, reviewed versions; add definition hashing' },
      ],
    });
  }
  if (has(a, 'code-exec') || has(a, 'file-write')) {
    books.push({
      id: 'server-compromise',
      title: 'The server (or the machine it runs on) is compromised',
      when: 'Unexpected processes, files or network connections from the server, or an advisory for code execution in a version you run.',
      contain: ['Stop the server and isolate the machine or container', 'Revoke credentials that were reachable', 'Keep the container or disk for analysis before rebuilding'],
      evidence: [...base.evidence, 'Process list, file changes and network connections of the server'],
      escalate: { incidentResponse: 'Call incident response before rebuilding anything: they decide what to preserve (disk, memory, container) and whether other systems are in scope.', legal: 'Call legal if the machine held regulated data or credentials to customer systems, or if law enforcement may need to be involved.' },
      timeBoxes: [
        { within: '30 minutes', do: 'Stop, isolate, revoke, preserve' },
        { within: '24 hours', do: 'Scope what ran and what it touched' },
        { within: '72 hours', do: 'Rebuild from pinned images, patch, improve isolation' },
      ],
    });
  }
  return books;
}

export function reassessmentTriggers(a: Answers): string[] {
  const triggers = [
    'A new version or image digest of the server (before it is deployed)',
    'Any change to a tool name, description or input schema',
    'An advisory for the server, its package or the client',
    'A change to any answer in this plan: new capabilities, data, environment, client or transport',
    'An incident involving this server or one like it',
  ];
  if (a.changeControl === 'auto-updating-remote') triggers.push('The vendor announces a change to the remote server');
  return triggers;
}
