import { describe, expect, it } from 'vitest';
import chalk from 'chalk';
import { stripVTControlCharacters } from 'node:util';
import { CODE_CONTINUES, renderMarkdown } from '../../src/io/markdown.js';
import { loadCatalogue } from '../../src/io/content-loader.js';
import { lessonMarkdown, scenarioMarkdown } from '../../src/mcp/markdown.js';
import { buildPlan } from '../../src/core/plan/model.js';
import { planMarkdown } from '../../src/core/plan/markdown.js';
import { RULES, RULE_SET_VERSION } from '../../src/core/risk/rules/index.js';
import { realKnowledge } from '../helpers/knowledge.js';

/** What must never reach the reader: the renderer's placeholders and raw Markdown markers. */
function problems(text: string): string[] {
  const plain = stripVTControlCharacters(text);
  const out: string[] = [];
  if (plain.includes('*#COLON|*')) out.push('colon placeholder');
  if (/(^|\s)\*\*\S[^*\n]*\S\*\*(\s|$)/m.test(plain)) out.push('raw **bold**');
  if (/^\s*•\s*:\s/m.test(plain)) out.push('empty table header');
  if (/^#{1,6}\s/m.test(plain)) out.push('raw heading');
  return out;
}

describe('rendered Markdown at 40 and 80 columns (issue 16.2)', () => {
  it('has no placeholder or raw marker in any lesson, scenario or plan, and keeps URLs whole in line mode', async () => {
    const catalogue = await loadCatalogue();
    const plan = planMarkdown(buildPlan({ server: 'github', transport: 'stdio', isolation: 'container-hardened', capabilities: ['read-only'], client: 'vscode' }, RULES, RULE_SET_VERSION, '2026-12-05', realKnowledge()));
    const docs = [...catalogue.lessons.map((l) => [l.id, lessonMarkdown(catalogue, l)] as const), ...catalogue.scenarios.map((s) => [s.id, scenarioMarkdown(catalogue, s)] as const), ['plan', plan] as const];
    const found: string[] = [];
    for (const width of [40, 80]) {
      for (const [id, md] of docs) {
        const text = await renderMarkdown(md, width);
        for (const p of problems(text)) found.push(`${id} @${width}: ${p}`);
        const line = await renderMarkdown(md, width, { keepUrls: true });
        for (const url of (md.match(/https?:\/\/[^\s)>\]"'`,;]+/g) ?? []).map((u) => u.replace(/[.:]+$/, ''))) {
          if (!stripVTControlCharacters(line).includes(url) && url.length > 20) found.push(`${id} @${width}: URL broken ${url}`);
        }
      }
    }
    expect(found.slice(0, 20)).toEqual([]);
  }, 60_000);

  it('fills paragraphs at word boundaries: a soft line break in the source is a space, a hard break stays', async () => {
    const text = stripVTControlCharacters(await renderMarkdown('One two three four five six seven eight\nnine ten eleven.\nTwelve.  \nThirteen.', 40));
    expect(text.split('\n')).toEqual(['One two three four five six seven eight', 'nine ten eleven. Twelve.', 'Thirteen.']);
  });

  it('leaves no ragged line in any scenario situation at 40 columns (every line was filled before it broke)', async () => {
    const catalogue = await loadCatalogue();
    const ragged: string[] = [];
    for (const scenario of catalogue.scenarios) {
      const lines = stripVTControlCharacters(await renderMarkdown(scenario.situation, 40)).split('\n');
      lines.forEach((line, i) => {
        const next = lines[i + 1];
        // Prose only: list items, indented and blank lines end or start blocks of their own.
        if (!next || !line.trim() || /^\s|^[-*•]/.test(line) || /^\s|^[-*•]/.test(next)) return;
        const word = next.split(' ')[0] ?? '';
        if (line.length + 1 + word.length <= 40) ragged.push(`${scenario.id}: "${line}" / "${word}"`);
      });
    }
    expect(ragged.slice(0, 10)).toEqual([]);
  });

  it('never word-wraps a code line: on screen the rest goes on a marked line, in line mode the line stays whole', async () => {
    const command = "curl -s https://api.osv.dev/v1/query -d '{\"package\":{\"ecosystem\":\"npm\",\"name\":\"mcp-remote\"},\"version\":\"0.1.15\"}'";
    const md = `Run:\n\n\`\`\`sh\n# Who publishes it, where is the source, when did it last change?\n${command}\n\`\`\`\n`;
    const screen = stripVTControlCharacters(await renderMarkdown(md, 40)).split('\n');
    expect(screen.every((l) => l.length <= 40)).toBe(true);
    const code = screen.filter((l) => l.startsWith('  ') && l.trim());
    // Every line that is not the start of a source line says it continues one; joined back, the source is intact.
    const joined = code.map((l) => l.slice(2)).reduce((acc, l) => (l.startsWith(CODE_CONTINUES) ? `${acc}${l.slice(CODE_CONTINUES.length)}` : `${acc}\n${l}`), '').trim();
    expect(joined.split('\n')).toEqual(['# Who publishes it, where is the source, when did it last change?', command]);
    const line = stripVTControlCharacters(await renderMarkdown(md, 40, { keepUrls: true }));
    expect(line).toContain(`  ${command}`);
    expect(line).toContain('  # Who publishes it, where is the source, when did it last change?');
    expect(line).not.toContain(CODE_CONTINUES);
    expect(line).not.toContain('\u2060');
  });

  it('without colour a heading is ruled off, so it does not read as one more paragraph', async () => {
    const level = chalk.level;
    try {
      chalk.level = 0;
      const plain = await renderMarkdown('## Who publishes it?\n\nThe publisher is the party you trust.', 60);
      expect(plain.split('\n').slice(0, 3)).toEqual(['Who publishes it?', '─'.repeat(17), '']);
      chalk.level = 1;
      const coloured = stripVTControlCharacters(await renderMarkdown('## Who publishes it?\n\nThe publisher is the party you trust.', 60));
      expect(coloured).not.toContain('───');
    } finally {
      chalk.level = level;
    }
  });

  it('restores colons in inline code inside list items, and shows a headerless column without ": "', async () => {
    const text = stripVTControlCharacters(await renderMarkdown('- run as `--user 10001:10001` and `img@sha256:abc`\n\n| | Server |\n|---|---|\n| a very long first cell that does not fit | b |\n', 40));
    expect(text).toContain('10001:10001');
    expect(text).toContain('sha256:abc');
    expect(text).not.toContain('*#COLON|*');
    expect(text).not.toMatch(/•\s*:\s/);
  });
});

describe('inline Markdown in checks, quiz items and scenarios (issue 16.2)', () => {
  it('shows no backticks, **bold** or [link](url) in any of them, in the TUI or in line mode', async () => {
    const [{ inline: tuiInline }, { inline: plainInline }, { paragraphLines }, { checkFeedback, decisionFeedback }, { rawInlineMarkers }] = await Promise.all([
      import('../../src/ui/inline.js'),
      import('../../src/plain/output.js'),
      import('../../src/ui/paragraph-lines.js'),
      import('../../src/app/feedback-text.js'),
      import('../../src/core/text/inline.js'),
    ]);
    const catalogue = await loadCatalogue();
    const texts: [string, string][] = [];
    for (const l of catalogue.lessons) {
      for (const c of l.checks) {
        texts.push([`${l.id}/${c.id}`, c.question], ...c.options.flatMap((o, i) => [[`${l.id}/${c.id}/${i}`, o.text], [`${l.id}/${c.id}/${i}/why`, o.explanation]] as [string, string][]));
        if (c.hint) texts.push([`${l.id}/${c.id}/hint`, c.hint]);
      }
      if (l.exercise) texts.push([`${l.id}/exercise`, l.exercise.prompt], ...l.exercise.items.map((i) => [`${l.id}/${i.id}`, i.text] as [string, string]));
    }
    for (const q of catalogue.quiz) texts.push([q.id, q.stem], ...q.options.flatMap((o, i) => [[`${q.id}/${i}`, o.text], [`${q.id}/${i}/why`, o.explanation]] as [string, string][]));
    for (const s of catalogue.scenarios) {
      for (const d of s.decisions) texts.push([`${s.id}/${d.id}`, d.prompt], [`${s.id}/${d.id}/why`, d.why], ...d.options.flatMap((o) => [[`${s.id}/${o.id}`, o.text], [`${s.id}/${o.id}/then`, o.consequence]] as [string, string][]));
    }
    // The content does use inline Markdown: otherwise this test would prove nothing.
    expect(texts.filter(([, t]) => rawInlineMarkers(t).length).length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const [id, text] of texts) {
      for (const [mode, render] of [['tui', tuiInline], ['line', plainInline]] as const) {
        const shown = stripVTControlCharacters(render(text));
        for (const marker of rawInlineMarkers(shown)) found.push(`${id} (${mode}): ${marker}`);
        if (/`/.test(shown) && !/`/.test(text.replace(/`[^`]+`/g, ''))) found.push(`${id} (${mode}): a backtick`);
      }
    }
    // Feedback as the screens draw it, wrapped at 40 columns.
    for (const l of catalogue.lessons) {
      for (const c of l.checks) {
        const lines = paragraphLines(checkFeedback(c, { correct: false, chosen: 0, correctIndex: 1 }, true), 40).map((x) => stripVTControlCharacters(x));
        for (const marker of rawInlineMarkers(lines.join(' '))) found.push(`${l.id}/${c.id} feedback: ${marker}`);
      }
    }
    for (const s of catalogue.scenarios) {
      for (const d of s.decisions) {
        const lines = paragraphLines(decisionFeedback(d, { expert: false, chosen: d.options[0]!, expertOption: d.options.find((o) => o.expert) ?? d.options[0]! }), 40);
        for (const marker of rawInlineMarkers(stripVTControlCharacters(lines.join(' ')))) found.push(`${s.id}/${d.id} feedback: ${marker}`);
      }
    }
    expect(found.slice(0, 20)).toEqual([]);
  }, 60_000);
});

describe('a task list (a plan\'s "Before deployment (P0)" items)', () => {
  it('shows one checkbox per item, tight or loose', async () => {
    for (const width of [40, 80]) {
      const tight = stripVTControlCharacters(await renderMarkdown('Before deployment (P0):\n\n- [ ] Require human approval for every tool that writes\n- [x] Pin the package\n', width));
      expect(tight).toContain('* [ ] Require human approval');
      expect(tight).toContain('* [X] Pin the package');
      expect(tight).not.toMatch(/\[[ X]\]\s+\[[ X]\]/);
      const loose = stripVTControlCharacters(await renderMarkdown('- [ ] one\n\n- [x] two\n', width));
      expect(loose).not.toMatch(/\[[ X]\]\s+\[[ X]\]/);
      expect(loose).toContain('[ ] one');
    }
  });

  it('in a real plan', async () => {
    const plan = planMarkdown(buildPlan({ server: 'acme', source: 'community', transport: 'stdio', capabilities: ['file-write', 'code-exec'], client: 'claude-code' }, RULES, RULE_SET_VERSION, '2026-12-05', realKnowledge()));
    expect(plan).toMatch(/^- \[ \] /m);
    const text = stripVTControlCharacters(await renderMarkdown(plan, 80));
    expect(text).toMatch(/^ {2}\* \[ \] \S/m);
    expect(text).not.toMatch(/\[ \]\s+\[ \]/);
  });
});
