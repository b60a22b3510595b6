import type { ReviewRule, RuleHit } from '../types.js';

/** Claude Code's enableAllProjectMcpServers: every server in any project's .mcp.json starts without a prompt. */
export const enableAllProjectServers: ReviewRule = {
  id: 'MCPR-APR-002',
  category: 'auto-approval',
  title: 'Project servers approved without asking',
  why: 'With enableAllProjectMcpServers set, Claude Code starts every server listed in a repository\'s .mcp.json without asking, so cloning a repository is enough to run a command its author chose. Approving each project server keeps a person between a committed file and a process on your machine.',
  howToFix: 'Remove enableAllProjectMcpServers (or set it to false) and approve project servers one by one, or list the trusted ones in enabledMcpjsonServers.',
  lesson: 'approval-and-auto-approve',
  check: () => [],
  checkFile: (config): RuleHit[] => [
    ...(config.global.enableAllProjects ?? []).map((project) => ({
      severity: 'high' as const,
      field: `projects["${project}"].enableAllProjectMcpServers`,
      at: ['projects', project, 'enableAllProjectMcpServers'],
      message: `For ${project} (saved in ~/.claude.json), every MCP server in the project's .mcp.json starts without a prompt: whatever a pull or a branch puts there runs on this machine.`,
      evidence: 'enableAllProjectMcpServers: true',
      remediation: `Set enableAllProjectMcpServers to false for ${project} (or run claude mcp reset-project-choices there) and approve its servers one by one.`,
    })),
    ...(config.global.enableAllProjectMcpServers === true
      ? [
          {
            severity: 'high' as const,
            field: 'enableAllProjectMcpServers',
            message: `${/settings\.local\.json$/i.test(config.path ?? '') ? 'In your local settings for this project, every' : /[\\/]\.claude[\\/]settings\.json$/i.test(config.path ?? '') && !/^(~|\/home\/[^/]+|\/Users\/[^/]+|\/root)[\\/]\.claude[\\/]/.test(config.path ?? '') ? 'In the project settings (committed, so for everyone who clones the repository), every' : 'In your user settings (every project on this machine), every'} MCP server in the project's .mcp.json starts without a prompt: a cloned repository can run any command on this machine.`,
            evidence: 'enableAllProjectMcpServers: true',
            remediation: 'Set enableAllProjectMcpServers to false and approve each project server, or name the trusted ones in enabledMcpjsonServers.',
            at: ['enableAllProjectMcpServers'],
          },
        ]
      : []),
  ],
};
