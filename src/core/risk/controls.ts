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
];

export const CONTROLS: ReadonlyMap<string, Control> = new Map(CONTROL_LIST.map((c) => [c.id, c]));

export function control(id: string): Control {
  const found = CONTROLS.get(id);
  if (!found) throw new Error(`unknown control ${id}`);
  return found;
}

export const PRIORITY_ORDER = { P0: 0, P1: 1, P2: 2 } as const;
