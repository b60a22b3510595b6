import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { validateKnowledge } from '../../../src/core/servers/validate.js';

const server = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  name: `${id} server`,
  aliases: [`${id}-alias`],
  summary: 'Test server.',
  publisher: { name: 'Acme', kind: 'vendor', verify: { repository: `https://github.com/acme/${id}` } },
  identifiers: { npm: [`@acme/${id}`] },
  status: { state: 'active' },
  transports: ['stdio'],
  tools: [{ name: 'read_thing', capability: 'read-only' }],
  references: [{ title: 'README', url: `https://github.com/acme/${id}` }],
  checked: '2026-12-05',
  ...over,
});
const files = (...servers: Array<Record<string, unknown>>) => ({ servers: servers.map((s) => ({ path: `servers/${String(s.id)}.yaml`, text: stringify(s) })), advisories: [], tools: [] });
const messages = (...servers: Array<Record<string, unknown>>) => validateKnowledge(files(...servers)).issues.map((i) => `${i.file}: ${i.field}: ${i.message}`);

describe('check-content on servers/', () => {
  it('accepts a valid server', () => {
    expect(messages(server('one'))).toEqual([]);
  });

  it('fails on a schema error, a tool without a capability class and a server without references', () => {
    expect(messages(server('one', { transports: ['carrier-pigeon'] })).join('\n')).toMatch(/transports/);
    expect(messages(server('one', { tools: [{ name: 'x' }] })).join('\n')).toMatch(/tools\.0\.capability/);
    expect(messages(server('one', { tools: [{ name: 'x', capability: 'anything' }] })).join('\n')).toMatch(/read-only, file-write/);
    expect(messages(server('one', { references: [] })).join('\n')).toMatch(/references/);
  });

  it('fails on a duplicate id or alias, and on two servers claiming the same package or image', () => {
    expect(messages(server('one'), server('two', { aliases: ['one-alias'] })).join('\n')).toMatch(/"one-alias" is already used/);
    expect(messages(server('one'), server('two', { identifiers: { npm: ['@acme/one'] } })).join('\n')).toMatch(/npm package @acme\/one is also claimed/);
    expect(messages(server('one', { identifiers: { oci: ['docker.io/acme/img'] } }), server('two', { identifiers: { oci: ['acme/img'] } })).join('\n')).toMatch(/image acme\/img is also claimed/);
    const renamed = validateKnowledge({ servers: [{ path: 'servers/one.yaml', text: stringify(server('other')) }], advisories: [], tools: [] });
    expect(renamed.issues.map((i) => i.message).join('\n')).toMatch(/must equal the file name/);
  });

  it('fails on a successor id that does not exist, and on a deprecated server with nothing to use instead', () => {
    expect(messages(server('one', { status: { state: 'archived', successor: 'ghost' } })).join('\n')).toMatch(/no server with id ghost/);
    expect(messages(server('one', { status: { state: 'deprecated' } })).join('\n')).toMatch(/needs a successor or a note/);
  });
});
