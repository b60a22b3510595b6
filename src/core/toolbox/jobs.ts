/** The jobs an MCP operator has tools for. */
export const JOBS = ['config-scanner', 'server-scanner', 'gateway', 'sandbox', 'pinning', 'secrets', 'logging', 'advisories', 'identity', 'test-client', 'reference'] as const;
export type Job = (typeof JOBS)[number];

export const JOB_TITLES: Record<Job, string> = {
  'config-scanner': 'Config scanners',
  'server-scanner': 'Server and tool scanners',
  gateway: 'Gateways and proxies',
  sandbox: 'Container and VM sandboxes',
  pinning: 'Tool pinning and drift detection',
  secrets: 'Secret stores and injection',
  logging: 'Logging and alerting',
  advisories: 'Advisory databases',
  identity: 'Identity and authorization servers',
  'test-client': 'Test clients',
  reference: 'Specification pages and checklists',
};
