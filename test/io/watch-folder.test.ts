import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempHome } from '../helpers/cli.js';
import { watchFolder, type FolderWatch } from '../../src/io/watch-folder.js';

const watches: FolderWatch[] = [];
afterEach(() => {
  for (const w of watches.splice(0)) w.close();
});

/** Resolves with the time from `act` to the first change reported (rejects after `ms`). */
function timeToChange(dir: string, paths: string[], act: () => void, options = {}, ms = 3000): Promise<number> {
  return new Promise((resolve, reject) => {
    let start = 0;
    const w = watchFolder(dir, paths, () => resolve(Date.now() - start), options);
    watches.push(w);
    const timer = setTimeout(() => reject(new Error('no change reported')), ms);
    timer.unref();
    setTimeout(() => {
      start = Date.now();
      act();
    }, 50);
  });
}

describe('watching a workspace', () => {
  it('sees an editor save that writes a temporary file and renames it over the original, within a second', async () => {
    const dir = tempHome();
    mkdirSync(join(dir, '.vscode'));
    writeFileSync(join(dir, '.vscode', 'mcp.json'), '{}');
    const ms = await timeToChange(dir, ['.vscode/mcp.json'], () => {
      writeFileSync(join(dir, '.vscode', '.mcp.json.swp'), '{"servers": {}}');
      renameSync(join(dir, '.vscode', '.mcp.json.swp'), join(dir, '.vscode', 'mcp.json'));
    });
    expect(ms).toBeLessThan(1000);
  });

  it('sees a second save after the file was replaced (a watcher on the old file would not)', async () => {
    const dir = tempHome();
    writeFileSync(join(dir, 'run.sh'), 'a');
    let count = 0;
    const seen = new Promise<void>((resolve) => {
      watches.push(
        watchFolder(dir, ['run.sh'], () => {
          count += 1;
          if (count === 2) resolve();
        }),
      );
    });
    const save = (text: string) => {
      writeFileSync(join(dir, 'run.sh.tmp'), text);
      renameSync(join(dir, 'run.sh.tmp'), join(dir, 'run.sh'));
    };
    save('b');
    await new Promise((r) => setTimeout(r, 400));
    save('c');
    await seen;
    expect(count).toBe(2);
  });

  it('debounces a burst of events into one change', async () => {
    const dir = tempHome();
    writeFileSync(join(dir, 'a.json'), '0');
    let count = 0;
    watches.push(watchFolder(dir, ['a.json'], () => (count += 1), { debounceMs: 150 }));
    for (let i = 1; i <= 5; i += 1) writeFileSync(join(dir, 'a.json'), String(i));
    await new Promise((r) => setTimeout(r, 700));
    expect(count).toBe(1);
  });

  it('keeps watching a folder that was removed and made again (the poll re-attaches)', async () => {
    const dir = tempHome();
    mkdirSync(join(dir, '.cursor'));
    writeFileSync(join(dir, '.cursor', 'mcp.json'), '{}');
    const ms = await timeToChange(dir, ['.cursor/mcp.json'], () => {
      rmSync(join(dir, '.cursor'), { recursive: true });
      mkdirSync(join(dir, '.cursor'));
      writeFileSync(join(dir, '.cursor', 'mcp.json'), '{"mcpServers": {}}');
    }, { pollMs: 200 });
    expect(ms).toBeLessThan(1000);
  });

  it('reports nothing after close', async () => {
    const dir = tempHome();
    writeFileSync(join(dir, 'a.json'), '0');
    let count = 0;
    const w = watchFolder(dir, ['a.json'], () => (count += 1), { pollMs: 50 });
    w.close();
    writeFileSync(join(dir, 'a.json'), '1');
    await new Promise((r) => setTimeout(r, 300));
    expect(count).toBe(0);
  });
});
