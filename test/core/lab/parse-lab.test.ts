import { describe, expect, it } from 'vitest';
import { inferKind, parseLab, type LabSource, type LessonRef } from '../../../src/core/lab/parse-lab.js';
import { shellLaunch } from '../../../src/core/lab/shell-launch.js';
import { nextHintCount, solutionAvailable } from '../../../src/core/lab/progression.js';

const lessons: LessonRef[] = [{ id: 'secrets-out-of-configs', track: 2, folder: '2-deployment' }];

const YAML = `id: demo-lab
lesson: secrets-out-of-configs
title: Demo
task: Fix the token.
files:
  - path: .mcp.json
goals:
  - kind: finding-gone
    rule: MCPR-SEC-001
    server: github
hints: [a, b, c]
solution: Because.
references:
  - title: ref
    url: https://example.com
`;

function source(overrides: Partial<LabSource> = {}): LabSource {
  return { dir: 'lessons/2-deployment/labs/demo-lab', yaml: YAML, start: { '.mcp.json': '{}' }, solution: { '.mcp.json': '{}' }, ...overrides };
}

const messages = (s: LabSource) => parseLab(s, lessons).issues.map((i) => `${i.field}: ${i.message}`);

describe('lab.yaml', () => {
  it('a valid lab gives a Lab with its files, kinds, track and the solution explanation', () => {
    const { lab, issues } = parseLab(source(), lessons);
    expect(issues).toEqual([]);
    expect(lab).toMatchObject({ id: 'demo-lab', track: 2, open: '.mcp.json', files: [{ path: '.mcp.json', kind: 'config' }], explanation: 'Because.' });
  });

  it('names the field of every schema problem', () => {
    expect(messages(source({ yaml: YAML.replace('hints: [a, b, c]', 'hints: [a, b]') }))).toEqual(['hints: needs exactly three hints, from gentle to explicit']);
    expect(messages(source({ yaml: YAML.replace('rule: MCPR-SEC-001', 'rule: SEC-1') }))[0]).toMatch(/^goals\[0\]\.rule: a review rule id/);
    expect(messages(source({ yaml: YAML.replace('kind: finding-gone', 'kind: vibes') }))[0]).toMatch(/^goals\[0\]\.kind/);
    expect(messages(source({ yaml: `${YAML}colour: red\n` }))[0]).toMatch(/unknown field\(s\): colour/);
    expect(messages(source({ yaml: YAML.replace('path: .mcp.json', 'path: ../outside.json') }))[0]).toMatch(/^files\[0\]\.path: must not contain/);
    expect(messages(source({ yaml: 'id: [' }))[0]).toMatch(/not valid YAML/);
    expect(messages(source({ yaml: undefined }))).toEqual([': a lab folder needs a lab.yaml']);
  });

  it('checks the folder, the lesson, the files on disk and what goals refer to', () => {
    expect(messages(source({ dir: 'lessons/2-deployment/labs/other-name' }))).toContain('id: must match its folder name "other-name"');
    expect(messages(source({ dir: 'lessons/1-planning/labs/demo-lab' }))).toContain('lesson: the lab belongs beside its lesson, in lessons/2-deployment/labs/');
    expect(messages(source({ yaml: YAML.replace('lesson: secrets-out-of-configs', 'lesson: nowhere') }))).toContain('lesson: no lesson with id "nowhere"');
    expect(messages(source({ solution: {} }))).toContain('files[0].path: solution/.mcp.json is missing');
    expect(parseLab(source({ start: { '.mcp.json': '{}', 'extra.txt': 'x' } }), lessons).issues).toContainEqual({ file: 'lessons/2-deployment/labs/demo-lab/start/extra.txt', field: '', message: "not listed in the lab's files" });
    expect(messages(source({ yaml: YAML.replace('rule: MCPR-SEC-001', 'rule: MCPR-SEC-999') }))).toContain('goals[0].rule: no review rule MCPR-SEC-999');
    const two = YAML.replace('  - path: .mcp.json\n', '  - path: .mcp.json\n  - path: .vscode/mcp.json\n');
    expect(messages(source({ yaml: two, start: { '.mcp.json': '{}', '.vscode/mcp.json': '{}' }, solution: { '.mcp.json': '{}', '.vscode/mcp.json': '{}' } }))).toContain('goals[0].file: the lab has more than one config: say which file');
    const plan = YAML.replace(/goals:[\s\S]*?hints/, 'goals:\n  - kind: plan\n    file: .mcp.json\n    absent: MCP-R99\nhints');
    expect(messages(source({ yaml: plan }))).toEqual(expect.arrayContaining(['goals[0].file: a plan goal reads an answers file', 'goals[0].absent: no risk rule MCP-R99']));
    const both = YAML.replace(/goals:[\s\S]*?hints/, 'goals:\n  - kind: plan\n    file: answers.yaml\n    absent: MCP-R01\n    control: sandbox\nhints');
    expect(messages(source({ yaml: both }))[0]).toMatch(/set exactly one of decision, absent, control, keep/);
    const shell = YAML.replace('  - path: .mcp.json\n', '  - path: run.sh\n');
    expect(messages(source({ yaml: shell, start: { 'run.sh': '' }, solution: { 'run.sh': '' } }))).toContain('files[0].server: a shell file needs the name of the server its launch line starts');
    const markdown = YAML.replace('  - path: .mcp.json\n', '  - path: .mcp.json\n  - path: notes.md\n');
    expect(messages(source({ yaml: markdown, start: { '.mcp.json': '{}', 'notes.md': '' }, solution: { '.mcp.json': '{}', 'notes.md': '' } }))).toContain('files[1].path: name it .txt: Markdown files under lessons/ are read as lessons');
  });

  it('infers file kinds from their names', () => {
    expect([inferKind('run-server.sh'), inferKind('answers.yaml'), inferKind('.codex/config.toml'), inferKind('docs/notes.txt')]).toEqual(['shell', 'answers', 'config', 'text']);
  });
});

describe('shell launch line', () => {
  it('joins continued lines, skips comments and set-up, keeps $NAME a reference', () => {
    const text = '#!/bin/sh\n# comment\nset -eu\nexport FOO=1\n\nexec docker run -i --rm \\\n  -e TOKEN=$TOKEN \\\n  -v "$HOME/work:/work" \\\n  image:1\necho never\n';
    expect(shellLaunch(text)).toEqual({ command: 'docker', args: ['run', '-i', '--rm', '-e', 'TOKEN=${TOKEN}', '-v', '${HOME}/work:/work', 'image:1'], env: {}, line: 6, endLine: 9 });
  });
  it('reads VAR=value words before the command and stops at an operator', () => {
    expect(shellLaunch('DEBUG=1 npx -y pkg@1.0.0 && echo done\n')).toMatchObject({ command: 'npx', args: ['-y', 'pkg@1.0.0'], env: { DEBUG: '1' }, line: 1 });
  });
  it('is undefined for a script that starts nothing', () => {
    expect(shellLaunch('#!/bin/sh\n# nothing\nset -e\n')).toBeUndefined();
  });
});

describe('hints and the solution', () => {
  it('the solution opens after passing or after the third hint, not before', () => {
    expect(solutionAvailable(false, 2)).toBe(false);
    expect(solutionAvailable(false, 3)).toBe(true);
    expect(solutionAvailable(true, 0)).toBe(true);
    expect([0, 1, 2, 3].map((n) => nextHintCount(n))).toEqual([1, 2, 3, 3]);
  });
});
