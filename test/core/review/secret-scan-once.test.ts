import { describe, expect, it } from 'vitest';
import { reviewConfigs } from '../../../src/core/review/engine.js';
import { presetScanRuns } from '../../../src/core/review/secrets.js';

describe('the secret scanner reads a file in one pass', () => {
  it('the words behind bash -c, cmd /c and env are scanned with the entries, not one by one afterwards', () => {
    const servers: Record<string, unknown> = {};
    for (let i = 0; i < 6; i += 1) {
      servers[`sh-${i}`] = { command: `bash -c "exec node /opt/mcp-servers/${i}/index.js --port ${3000 + i}"` };
      servers[`cmd-${i}`] = { command: 'cmd', args: ['/c', 'npx', '-y', `@acme/server-number-${i}`, `/workspace/projects/${i}/data`] };
      servers[`env-${i}`] = { command: 'env', args: [`API_TOKEN=tok_${i}_Q9xZk3LmN0pQrStUvW`, 'node', `/srv/mcp/servers/${i}/main.js`] };
    }
    const result = reviewConfigs([{ path: 'mcp.json', text: JSON.stringify({ mcpServers: servers }) }], { name: 't', version: '0' });
    expect(result.report.findings.some((f) => f.category === 'literal-secret' || /secret|credential|token/i.test(f.message))).toBe(true);
    expect(presetScanRuns()).toBe(1);
  });
});
