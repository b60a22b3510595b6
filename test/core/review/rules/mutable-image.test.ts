import { describe, expect, it } from 'vitest';
import { mutableImage } from '../../../../src/core/review/rules/mutable-image.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const server = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { gh: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };
const check = (command: string, args: string[] = []) => mutableImage.check(server(command, args), config);

describe('MCPR-IMG-001 mutable image', () => {
  it('no tag or :latest is high, naming the image argument; the fix pins a digest placeholder', () => {
    const [hit] = check('docker', ['run', '-i', '--rm', '-e', 'GITHUB_TOKEN', 'ghcr.io/github/github-mcp-server']);
    expect(hit).toMatchObject({ severity: 'high', field: 'args[5]', evidence: 'ghcr.io/github/github-mcp-server' });
    expect(hit?.message).toContain('gh');
    expect(hit?.message).toContain('each start can pull a different image');
    const s = server('docker', ['run', '-i', '--rm', '-e', 'GITHUB_TOKEN', 'ghcr.io/github/github-mcp-server']);
    expect(hit?.fix?.(s).args.at(-1)).toBe('ghcr.io/github/github-mcp-server@sha256:<digest>');
    expect(check('podman', ['run', '-i', 'mcp/fetch:latest'])[0]).toMatchObject({ severity: 'high', evidence: 'mcp/fetch:latest' });
  });

  it('a tag without a digest is low', () => {
    const [hit] = check('docker', ['run', '-i', '--rm', 'mcp/fetch:1.2.0']);
    expect(hit).toMatchObject({ severity: 'low', field: 'args[3]', evidence: 'mcp/fetch:1.2.0' });
    expect(hit?.message).toContain('tag');
    expect(hit?.remediation).toContain('mcp/fetch@sha256:');
  });

  it('does not fire on a digest, with or without a tag, or on other commands', () => {
    expect(check('docker', ['run', '-i', `mcp/fetch@sha256:${'a'.repeat(64)}`])).toEqual([]);
    expect(check('docker', ['run', '-i', `mcp/fetch:1.2.0@sha256:${'b'.repeat(64)}`])).toEqual([]);
    expect(check('npx', ['-y', 'mcp/fetch'])).toEqual([]);
    expect(check('docker', ['ps'])).toEqual([]);
  });

  it('skips option values, reads registry ports and Windows commands, and whole command lines', () => {
    expect(check('docker', ['run', '--name', 'fetch', '--network=none', 'localhost:5000/fetch'])[0]).toMatchObject({ severity: 'high', field: 'args[4]' });
    expect(check('C:\\Program Files\\Docker\\docker.exe', ['container', 'run', '-i', 'localhost:5000/fetch:2'])[0]?.severity).toBe('low');
    expect(check('docker run -i --rm mcp/fetch')[0]).toMatchObject({ severity: 'high', field: 'args[3]' });
  });

  it('leaves a placeholder image alone but judges a placeholder tag as a tag', () => {
    expect(check('docker', ['run', '-i', '${IMAGE}'])).toEqual([]);
    expect(check('docker', ['run', '-i', 'mcp/fetch:${TAG}'])[0]?.severity).toBe('low');
  });
});
