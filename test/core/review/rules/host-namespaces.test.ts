import { describe, expect, it } from 'vitest';
import { hostNamespaces } from '../../../../src/core/review/rules/host-namespaces.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const server = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { mon: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };

describe('MCPR-CTR-003 host namespaces', () => {
  it('fires per shared namespace, rated by what it exposes', () => {
    const s = server('docker', ['run', '-i', '--pid', 'host', '--ipc=host', '--uts', 'host', '--userns=host', 'img']);
    const hits = hostNamespaces.check(s, config);
    expect(hits.map((h) => [h.severity, h.field, h.evidence])).toEqual([
      ['high', 'args[2]', '--pid host'],
      ['medium', 'args[4]', '--ipc=host'],
      ['low', 'args[5]', '--uts host'],
      ['medium', 'args[7]', '--userns=host'],
    ]);
    expect(hits[0]?.message).toContain('mon');
    expect(hits[0]?.message).toContain('command lines');
    expect(hits[0]?.fix?.(s).args).toEqual(['run', '-i', '--ipc=host', '--uts', 'host', '--userns=host', 'img']);
    expect(hits.reduce((e, h) => h.fix?.(e) ?? e, s).args).toEqual(['run', '-i', 'img']);
  });

  it('does not fire on private or container namespaces', () => {
    expect(hostNamespaces.check(server('docker', ['run', '--pid', 'container:other', '--ipc', 'private', '--userns', 'keep-id', 'img']), config)).toEqual([]);
    expect(hostNamespaces.check(server('docker', ['run', 'img', '--pid', 'host']), config)).toEqual([]);
  });

  it('reads podman on Windows and a whole command line', () => {
    expect(hostNamespaces.check(server('C:\\tools\\podman.exe', ['run', '--pid=HOST', 'img']), config)[0]?.severity).toBe('high');
    expect(hostNamespaces.check(server('docker run --pid host img'), config)[0]?.field).toBe('args[1]');
  });
});
