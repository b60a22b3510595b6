import { describe, expect, it } from 'vitest';
import { addedCapabilities } from '../../../../src/core/review/rules/added-capabilities.js';
import { normalizeConfig } from '../../../../src/core/review/normalize.js';

const server = (command: string, args: string[] = []) => normalizeConfig({ mcpServers: { net: { command, args } } }).servers[0]!;
const config = { servers: [], global: {} };

describe('MCPR-CTR-002 added capabilities', () => {
  it('dangerous capabilities are high, others medium, each with a fix removing that option', () => {
    const s = server('docker', ['run', '-i', '--cap-add', 'SYS_ADMIN', '--cap-add=NET_BIND_SERVICE', '--cap-add', 'cap_sys_ptrace', 'img']);
    const hits = addedCapabilities.check(s, config);
    expect(hits.map((h) => [h.severity, h.field, h.evidence])).toEqual([
      ['high', 'args[3]', '--cap-add SYS_ADMIN'],
      ['medium', 'args[4]', '--cap-add=NET_BIND_SERVICE'],
      ['high', 'args[6]', '--cap-add cap_sys_ptrace'],
    ]);
    expect(hits[0]?.message).toContain('net adds SYS_ADMIN');
    expect(hits[2]?.message).toContain('SYS_PTRACE');
    expect(hits[0]?.fix?.(s).args).toEqual(['run', '-i', '--cap-add=NET_BIND_SERVICE', '--cap-add', 'cap_sys_ptrace', 'img']);
    // Fixes apply one after another on the entry the earlier ones left.
    const all = hits.reduce((e, h) => h.fix?.(e) ?? e, s);
    expect(all.args).toEqual(['run', '-i', 'img']);
  });

  it('ALL and podman comma lists', () => {
    expect(addedCapabilities.check(server('docker', ['run', '--cap-add', 'ALL', 'img']), config)[0]?.severity).toBe('high');
    const [hit] = addedCapabilities.check(server('podman', ['run', '--cap-add=CHOWN,NET_ADMIN', 'img']), config);
    expect(hit).toMatchObject({ severity: 'high', field: 'args[1]' });
    expect(hit?.message).toContain('NET_ADMIN');
  });

  it('does not fire on --cap-drop alone or on other commands', () => {
    expect(addedCapabilities.check(server('docker', ['run', '--cap-drop', 'ALL', 'img']), config)).toEqual([]);
    expect(addedCapabilities.check(server('docker', ['run', 'img', '--cap-add', 'SYS_ADMIN']), config)).toEqual([]);
    expect(addedCapabilities.check(server('npx', ['--cap-add', 'SYS_ADMIN']), config)).toEqual([]);
  });
});
