import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorFrom, openWindowed, runInTerminal } from '../../src/io/editor.js';
import { tempHome } from '../helpers/cli.js';

describe('the learner\'s editor', () => {
  it('comes from $VISUAL, then $EDITOR, split like a shell would, without running a shell', () => {
    expect(editorFrom({ VISUAL: 'code --wait', EDITOR: 'vim' })).toEqual({ command: 'code', args: ['--wait'], gui: true, source: 'VISUAL' });
    expect(editorFrom({ VISUAL: '  ', EDITOR: 'emacs -nw' })).toEqual({ command: 'emacs', args: ['-nw'], gui: false, source: 'EDITOR' });
    expect(editorFrom({ EDITOR: '"/opt/My Editor/bin/subl" -w' })).toMatchObject({ command: '/opt/My Editor/bin/subl', args: ['-w'], gui: true });
    expect(editorFrom({ EDITOR: 'vim; rm -rf ~' })?.args).not.toContain('rm');
    expect(editorFrom({})).toBeUndefined();
  });

  it('a terminal editor runs in the foreground on the file; a missing one says so', () => {
    const dir = tempHome();
    const file = join(dir, 'f.json');
    const marker = join(dir, 'ran');
    const script = join(dir, 'ed.sh');
    writeFileSync(script, `#!/bin/sh\necho "$1" > "${marker}"\n`, { mode: 0o755 });
    expect(runInTerminal({ command: script, args: [], gui: false, source: 'EDITOR' }, file)).toMatchObject({ ok: true });
    expect(existsSync(marker)).toBe(true);
    expect(runInTerminal({ command: join(dir, 'no-such-editor'), args: [], gui: false, source: 'EDITOR' }, file)).toMatchObject({ ok: false, message: expect.stringMatching(/could not start .*\(\$EDITOR\): ENOENT/) });
  });

  it('a windowed editor is started and left running; a missing one says so', async () => {
    const dir = tempHome();
    const script = join(dir, 'gui.sh');
    const marker = join(dir, 'opened');
    writeFileSync(script, `#!/bin/sh\necho "$1" > "${marker}"\n`, { mode: 0o755 });
    expect(await openWindowed({ command: script, args: [], gui: true, source: 'VISUAL' }, join(dir, 'f.json'))).toMatchObject({ ok: true, message: expect.stringMatching(/Save to re-grade/) });
    for (let i = 0; i < 50 && !existsSync(marker); i += 1) await new Promise((r) => setTimeout(r, 20));
    expect(existsSync(marker)).toBe(true);
    expect(await openWindowed({ command: join(dir, 'absent'), args: [], gui: true, source: 'VISUAL' }, 'f')).toMatchObject({ ok: false });
  });
});
