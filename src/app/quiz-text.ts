export const ENVIRONMENT_CHOICES = [
  { value: 'sandbox', label: 'Only sandboxes and experiments (target level 1)' },
  { value: 'dev-laptop', label: 'My own developer laptop (target 1.5)' },
  { value: 'dev-laptop-prod-creds', label: 'A laptop that also holds production credentials (target 2)' },
  { value: 'team', label: 'Servers shared by a team (target 2.5)' },
  { value: 'enterprise-production', label: 'Enterprise production (target 3)' },
];
