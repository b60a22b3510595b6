import { describe, expect, it } from 'vitest';
import { identifyEntry, installedPackage } from '../../../src/core/servers/identify.js';
import { launchedPackage, splitPackageSpec } from '../../../src/core/servers/launchers.js';
import { realKnowledge } from '../../helpers/knowledge.js';

const k = realKnowledge();
const id = (command: string | undefined, args: string[] = [], url?: string) => identifyEntry({ name: 'x', command, args, ...(url ? { url } : {}) }, k);

describe('launchedPackage: the package each launcher fetches and starts', () => {
  it.each([
    ['npx', ['-y', '@playwright/mcp@0.0.41'], 'npm', '@playwright/mcp', '0.0.41', 1],
    ['npx', ['--yes', '--package', 'mcp-remote@0.1.16', 'mcp-remote', 'https://x'], 'npm', 'mcp-remote', '0.1.16', 2],
    ['npx', ['--package=mcp-remote@0.1.16', 'mcp-remote'], 'npm', 'mcp-remote', '0.1.16', 0],
    ['bunx', ['exa-mcp-server@1.2.0'], 'npm', 'exa-mcp-server', '1.2.0', 0],
    ['pnpx', ['firecrawl-mcp'], 'npm', 'firecrawl-mcp', undefined, 0],
    ['pnpm', ['dlx', 'tavily-mcp@0.2.1'], 'npm', 'tavily-mcp', '0.2.1', 1],
    ['yarn', ['dlx', '-p', 'a-mcp@1.0.0', 'a'], 'npm', 'a-mcp', '1.0.0', 2],
    ['npm', ['exec', '--yes', '--', '@upstash/context7-mcp@1.0.0'], 'npm', '@upstash/context7-mcp', '1.0.0', 3],
    ['uvx', ['mcp-server-git==2025.9.25', '--repository', '.'], 'PyPI', 'mcp-server-git', '2025.9.25', 0],
    ['uvx', ['--from', 'awslabs-ecs-mcp-server==0.1.4', 'ecs-mcp-server'], 'PyPI', 'awslabs-ecs-mcp-server', '0.1.4', 1],
    ['uvx', ['--python', '3.12', 'mcp-server-fetch@2025.4.7'], 'PyPI', 'mcp-server-fetch', '2025.4.7', 2],
    ['uv', ['tool', 'run', 'mcp-server-time'], 'PyPI', 'mcp-server-time', undefined, 2],
    ['pipx', ['run', '--spec', 'mcp-server-fetch==0.0.1a4', 'mcp-server-fetch'], 'PyPI', 'mcp-server-fetch', '0.0.1a4', 2],
    ['pipx', ['run', 'mcp-server-time'], 'PyPI', 'mcp-server-time', undefined, 1],
  ])('%s %j', (command, args, ecosystem, name, version, index) => {
    const p = launchedPackage(command, args as string[]);
    expect(p).toMatchObject({ ecosystem, name, index });
    expect(p?.version).toBe(version);
  });

  it('never takes an option value or a command name for the package', () => {
    expect(launchedPackage('uvx', ['--from', 'awslabs.aws-documentation-mcp-server@latest', 'awslabs.aws-documentation-mcp-server'])?.name).toBe('awslabs.aws-documentation-mcp-server');
    expect(launchedPackage('pipx', ['run'])).toBeUndefined();
    expect(launchedPackage('node', ['server.js'])).toBeUndefined();
  });

  it('splits PEP 440 and npm specs, extras and ranges', () => {
    expect(splitPackageSpec('mcp[cli]==1.9.4', 'PyPI')).toMatchObject({ name: 'mcp', version: '1.9.4', pinStyle: '==' });
    expect(splitPackageSpec('fastmcp>=2.0', 'PyPI')).toMatchObject({ name: 'fastmcp', version: '>=2.0' });
    expect(splitPackageSpec('@scope/x@^1.2.0', 'npm')).toMatchObject({ name: '@scope/x', version: '^1.2.0', pinStyle: '@' });
  });
});

describe('identifyEntry: one function maps a config entry to a known server', () => {
  it('recognises npm, PyPI, image, remote URL and binary forms of the same knowledge base', () => {
    expect(id('npx', ['-y', '@modelcontextprotocol/server-filesystem@2025.7.1', '/tmp']).server?.id).toBe('filesystem');
    expect(id('uvx', ['mcp-server-git']).server?.id).toBe('git');
    expect(id('uvx', ['--from', 'mcp_server_git==2026.1.14', 'mcp-server-git']).server?.id).toBe('git');
    expect(id('docker', ['run', '-i', '--rm', '-e', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'ghcr.io/github/github-mcp-server:v0.20.0']).server?.id).toBe('github');
    expect(id('podman', ['run', '-i', 'docker.io/mcp/fetch@sha256:' + 'a'.repeat(64)]).server?.id).toBe('fetch');
    expect(id(undefined, [], 'https://api.githubcopilot.com/mcp/').server?.id).toBe('github');
    expect(id('github-mcp-server', ['stdio']).server?.id).toBe('github');
  });

  it('sees the package behind cmd /c and the remote server behind mcp-remote', () => {
    const r = id('cmd', ['/c', 'npx', '-y', 'mcp-remote@0.1.16', 'https://mcp.atlassian.com/v1/sse']);
    expect(r.server?.id).toBe('mcp-remote');
    expect(r.package?.index).toBe(3);
    expect(r.remoteServer?.id).toBe('atlassian');
  });

  it('leaves unknown servers unrecognised but still says what they run', () => {
    const r = id('npx', ['-y', 'my-own-mcp@1.0.0']);
    expect(r.server).toBeUndefined();
    expect(r.package).toMatchObject({ name: 'my-own-mcp', version: '1.0.0' });
    expect(id('python', ['server.py']).kind).toBe('binary');
  });
});

describe('an installed copy run by its interpreter', () => {
  const k = realKnowledge();
  it('python -m its_module is the PyPI package of that name (normalised); a script or a flag value before -m is not a module', () => {
    expect(installedPackage('python', ['-m', 'mcp_server_fetch'])).toEqual({ ecosystem: 'PyPI', name: 'mcp_server_fetch', by: 'module', index: 1 });
    expect(installedPackage('python3.12', ['-u', '-m', 'awslabs.aws_api_mcp_server.server'])?.name).toBe('awslabs.aws_api_mcp_server.server');
    expect(installedPackage('python', ['server.py', '-m', 'x'])).toBeUndefined();
    expect(installedPackage('python.exe', ['-m', 'mcp_server_fetch'])?.name).toBe('mcp_server_fetch');
    const id = identifyEntry({ name: 'f', command: 'C:\\Python312\\python.exe', args: ['-m', 'mcp_server_fetch'] }, k);
    expect(id.server?.identifiers.pypi).toContain('mcp-server-fetch');
    expect(id.matchedBy).toBe('module');
  });

  it('node .../node_modules/@scope/pkg/... is that npm package, on Windows and POSIX paths', () => {
    expect(installedPackage('node', ['C:\\Users\\me\\AppData\\Roaming\\npm\\node_modules\\@modelcontextprotocol\\server-filesystem\\dist\\index.js', 'C:\\x'])).toEqual({ ecosystem: 'npm', name: '@modelcontextprotocol/server-filesystem', by: 'installed-path', index: 0 });
    expect(installedPackage('node', ['--enable-source-maps', '/usr/lib/node_modules/exa-mcp-server/build/index.js'])?.name).toBe('exa-mcp-server');
    expect(installedPackage('node', ['/home/me/src/server/dist/index.js'])).toBeUndefined();
    const id = identifyEntry({ name: 'fs', command: 'node', args: ['/usr/local/lib/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js', '/srv'] }, k);
    expect(id.server?.id).toBe(k.byNpm.get('@modelcontextprotocol/server-filesystem')?.id);
    expect(id.kind).toBe('binary');
    expect(id.package).toBeUndefined();
  });
});

describe('python -m a module inside a package', () => {
  it('is known by the package that holds it', () => {
    const k = realKnowledge();
    const pkg = [...k.byPypi.keys()].find((n) => n.includes('aws-api'));
    if (!pkg) throw new Error('no aws-api server in the knowledge base');
    const id = identifyEntry({ name: 'a', command: 'python3', args: ['-m', `${pkg.replace(/-/g, '_')}.server`] }, k);
    expect(id.server).toBe(k.byPypi.get(pkg));
  });
});
