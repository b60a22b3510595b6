/** The 18 knowledge areas of DESIGN section 9, in kebab-case, in the order the design lists them. */
export const AREAS = [
  'trust-assessment',
  'risk-management',
  'defense-in-depth',
  'least-privilege',
  'monitoring-and-detection',
  'incident-response',
  'secure-configuration',
  'isolation',
  'access-control',
  'network-security',
  'resource-management',
  'update-management',
  'change-management',
  'documentation',
  'backup-and-recovery',
  'performance-management',
  'compliance',
  'mcp-protocol-security',
] as const;

export type Area = (typeof AREAS)[number];

const LABELS: Record<Area, string> = {
  'trust-assessment': 'Trust assessment',
  'risk-management': 'Risk management',
  'defense-in-depth': 'Defense in depth',
  'least-privilege': 'Least privilege',
  'monitoring-and-detection': 'Monitoring and detection',
  'incident-response': 'Incident response',
  'secure-configuration': 'Secure configuration',
  isolation: 'Isolation',
  'access-control': 'Access control',
  'network-security': 'Network security',
  'resource-management': 'Resource management',
  'update-management': 'Update management',
  'change-management': 'Change management',
  documentation: 'Documentation',
  'backup-and-recovery': 'Backup and recovery',
  'performance-management': 'Performance management',
  compliance: 'Compliance',
  'mcp-protocol-security': 'MCP protocol security',
};

export function areaLabel(area: Area): string {
  return LABELS[area];
}
