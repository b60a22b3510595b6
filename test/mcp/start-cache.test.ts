import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { START_CACHE } from '../../src/mcp/front.js';
import { startCache } from '../../src/mcp/start-cache.js';

describe('the start record (dist/mcp-start.json)', () => {
  it('holds exactly what the server from these sources answers to initialize and tools/list (the bundle\'s stand-ins change nothing)', async () => {
    const built = JSON.parse(readFileSync(join(process.cwd(), START_CACHE), 'utf8')) as unknown;
    const fromSource = await startCache(process.cwd());
    expect(built).toEqual(fromSource);
    expect(fromSource.initialize).toMatchObject({ serverInfo: { name: 'mcp-operator' }, capabilities: { tools: { listChanged: false } } });
    expect((fromSource.toolsList as { tools: unknown[] }).tools.length).toBeGreaterThan(5);
    expect(fromSource.protocolVersions).toContain(fromSource.latestProtocolVersion);
  });
});
