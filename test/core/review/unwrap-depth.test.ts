import { describe, expect, it } from 'vitest';
import { innerCommands } from '../../../src/core/review/unwrap.js';
import { reviewConfigs } from '../../../src/core/review/engine.js';

describe('unwrapping stops at its depth on every path', () => {
  it('a command that unwraps to itself (Cd: cd to the case-blind check, not a set-up word to the script reader) ends, not overflows the stack', () => {
    expect(() => innerCommands({ command: 'Cd', args: [] })).not.toThrow();
    expect(innerCommands({ command: 'Cd', args: [] }).length).toBeLessThanOrEqual(8);
    const r = reviewConfigs([{ path: '<stdin>', text: JSON.stringify({ servers: { '': { command: 'Cd' } }, inputs: [{ id: 'tok', type: 'promptString' }] }), format: 'json' }], { name: 'mcp-operator', version: 't' });
    expect(r.report.scanned[0]?.servers).toBe(1);
  });

  it('nested wrappers still reach the command that runs, a few levels down', () => {
    const inner = innerCommands({ command: 'cmd', args: ['/c', 'wsl', 'bash', '-c', 'cd /srv && env A=1 npx -y some-server@1.0.0'] });
    expect(inner.map((c) => c.command)).toContain('npx');
  });
});
