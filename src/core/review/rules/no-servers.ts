import type { ReviewRule } from '../types.js';

/** A client config file with no server section: the client loads nothing from it. */
export const noServers: ReviewRule = {
  id: 'MCPR-CFG-002',
  category: 'incomplete-config',
  title: 'Config file with no MCP servers',
  why: 'A file the client reads for MCP servers but that holds none (a misspelt key such as "mcp_servers" in a JSON client, "servers" where the client wants "mcpServers", or a section left empty) silently gives the client nothing to start.',
  howToFix: 'Check the key the client reads (mcpServers, servers for VS Code, context_servers for Zed, [mcp_servers.NAME] for Codex, mcp for OpenCode) and the file it reads it from.',
  lesson: 'secrets-out-of-configs',
  check: () => [],
  checkFile: (config) =>
    config.servers.length === 0 && config.sections === 0 && !config.global.mcpAllow && !config.global.enableAllProjects && config.global.enableAllProjectMcpServers === undefined
      ? [{ severity: 'info', field: '', message: 'This file has no MCP server section: the client will load no server from it.', evidence: '(no servers)', remediation: 'Add the servers under the key this client reads, or ignore this note if the file is not meant to hold servers.' }]
      : [],
};
