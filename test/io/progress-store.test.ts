import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProgressStore } from '../../src/io/progress-store.js';
import { openLesson, recordCheck } from '../../src/core/progress/update.js';
import { UserError } from '../../src/io/errors.js';
import { emptyProgress } from '../../src/core/progress/model.js';
import { tempHome } from '../helpers/cli.js';

const NOW = new Date('2026-03-04T05:06:07.000Z');

describe('progress store', () => {
  it('starts empty without creating a file, then writes 0600 JSON with a schemaVersion', async () => {
    const dir = tempHome();
    const store = new ProgressStore({ dir, now: () => NOW });
    expect(store.read()).toEqual(emptyProgress());
    expect(existsSync(store.path)).toBe(false);
    await store.update((p) => openLesson(p, 'x', store.timestamp()));
    const onDisk = JSON.parse(readFileSync(store.path, 'utf8'));
    expect(onDisk).toMatchObject({ schemaVersion: 4, lessons: { x: { status: 'in-progress', startedAt: NOW.toISOString() } } });
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
  });

  it('moves a corrupt file aside, says where, and carries on', async () => {
    const dir = tempHome();
    writeFileSync(join(dir, 'progress.json'), '{ this is not json');
    const store = new ProgressStore({ dir, now: () => NOW });
    expect(store.read()).toEqual(emptyProgress());
    const aside = readdirSync(dir).filter((f) => f.startsWith('progress.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0] as string), 'utf8')).toBe('{ this is not json');
    expect(store.notices.join(' ')).toContain(join(dir, aside[0] as string));
    await store.update((p) => openLesson(p, 'y', store.timestamp()));
    expect(Object.keys(store.read().lessons)).toEqual(['y']);
  });

  it('moves aside a file that is JSON but not progress', () => {
    const dir = tempHome();
    writeFileSync(join(dir, 'progress.json'), JSON.stringify({ schemaVersion: 3, lessons: { a: { status: 42 } } }));
    const store = new ProgressStore({ dir, now: () => NOW });
    expect(store.read().lessons).toEqual({});
    expect(store.notices[0]).toMatch(/moved to .*progress\.corrupt-/);
  });

  it('refuses a file from a newer version and leaves it alone', () => {
    const dir = tempHome();
    const text = JSON.stringify({ schemaVersion: 7, lessons: {} });
    writeFileSync(join(dir, 'progress.json'), text);
    const store = new ProgressStore({ dir });
    expect(() => store.read()).toThrow(UserError);
    expect(readFileSync(join(dir, 'progress.json'), 'utf8')).toBe(text);
  });

  it('loses nothing when many writers update at once', async () => {
    const dir = tempHome();
    const stores = Array.from({ length: 4 }, () => new ProgressStore({ dir }));
    await Promise.all(
      stores.flatMap((store, s) =>
        Array.from({ length: 5 }, (_, i) => store.update((p) => recordCheck(p, `lesson-${s}`, `check-${i}`, 0, true, new Date().toISOString()))),
      ),
    );
    const final = new ProgressStore({ dir }).read();
    for (let s = 0; s < 4; s += 1) expect(Object.keys(final.lessons[`lesson-${s}`]?.checks ?? {}).sort()).toEqual(['check-0', 'check-1', 'check-2', 'check-3', 'check-4']);
    expect(existsSync(`${join(dir, 'progress.json')}.lock`)).toBe(false);
  });
});
