/**
 * Secret canaries in error messages: a config that holds canaries and does not parse, a YAML
 * config whose parser warns about the line a canary is on, and an answers file whose invalid
 * values are canaries. The review's report and the CLI's stderr may say what is wrong and where,
 * never what the secret is.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { readAnswersObject } from '../../src/core/interview/answers-file.js';
import { reviewConfigs } from '../../src/core/review/engine.js';
import { reviewJson } from '../../src/core/review/output/json.js';
import { reviewMarkdown } from '../../src/core/review/output/markdown.js';
import { reviewSarif } from '../../src/core/review/output/sarif.js';
import { reviewText } from '../../src/core/review/output/text.js';
import { REVIEW_RULES } from '../../src/core/review/rules/index.js';
import { findSecrets } from '../../src/core/review/secrets.js';
import { runCli, tempHome } from '../helpers/cli.js';
import { CANARIES, leaks } from './canaries.js';
import { CLIENT_PATHS, configText, plantAll, type ClientFile } from './plant.js';

const TOOL = { name: 'mcp-operator', version: '0.0.0-canary' };
const CLIENTS: ClientFile[] = ['cursor', 'vscode', 'codex', 'continue'];
/** Breakers inserted just before or just after a canary, so the parser stops on the canary's line. */
const BREAKERS = ['"', ': x', '\n\t- ', '[', ']]', ',,', ' = ', '\u0000', '\n  - :\n', '"""'];

/** Where a canary's value sits in a config text (JSON escapes it), or -1. */
function indexOf(text: string, value: string): { at: number; length: number } {
  for (const form of [value, JSON.stringify(value).slice(1, -1)]) {
    const at = text.indexOf(form);
    if (at >= 0) return { at, length: form.length };
  }
  return { at: -1, length: 0 };
}

/** What the review shows of a result (the TUI rows print the same message and evidence; see review.test.ts). */
function allOutputs(result: ReturnType<typeof reviewConfigs>): string {
  return [
    JSON.stringify(result),
    reviewText(result, { fixes: true }),
    reviewJson(result.report),
    reviewSarif(result, REVIEW_RULES),
    reviewMarkdown(result),
  ].join('\n');
}

describe('secret canaries: error messages', () => {
  it('a config broken next to a canary is a parse finding that shows no canary, in every format', () => {
    let broken = 0;
    let tried = 0;
    const leaked: string[] = [];
    for (const [k, client] of CLIENTS.entries()) {
      for (const [i, c] of CANARIES.entries()) {
        const planted = plantAll([c]).slice(0, 1);
        const text = configText(client, planted);
        const { at, length } = indexOf(text, c.value);
        if (at < 0) continue; // a PEM block YAML writes as a block scalar
        // Half the breakers per canary and client, rotating, so every pair comes up across the clients.
        for (const breaker of BREAKERS.filter((_, b) => (b + i + k) % 2 === 0)) {
          for (const where of [at, at + length]) {
            tried += 1;
            const path = `/h/${CLIENT_PATHS[client]}`;
            const result = reviewConfigs([{ path, text: text.slice(0, where) + breaker + text.slice(where) }], TOOL);
            if (result.report.scanned[0]?.error === undefined) continue; // still parses: the canary is reviewed as usual (see review.test.ts)
            broken += 1;
            expect(result.report.findings.map((f) => f.ruleId)).toEqual(['MCPR-PARSE-001']);
            leaked.push(...leaks(allOutputs(result)).map((l) => `${client} ${JSON.stringify(breaker)}: ${l}`));
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(CANARIES.length * BREAKERS.length * 3);
    expect(broken).toBeGreaterThan(tried / 3);
    expect(leaked).toEqual([]);
  }, 60_000);

  it('the built CLI: review and plan --from-config of broken configs with canaries print no canary', async () => {
    const home = tempHome();
    const cwd = join(home, 'work');
    mkdirSync(cwd, { recursive: true });
    const env = { HOME: home, XDG_CONFIG_HOME: join(home, '.config') };
    const files: string[] = [];
    for (const client of CLIENTS) {
      const planted = plantAll().filter((p) => p.place === 'env' || p.place === 'env-named' || p.place === 'header');
      const text = configText(client, planted);
      const first = indexOf(text, (planted[3]?.canary.value as string)).at;
      const path = join(home, CLIENT_PATHS[client]);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, `${text.slice(0, first)}"\n${text.slice(first)}`); // an unbalanced quote on a canary's line
      files.push(path);
    }
    const runs = await Promise.all([
      runCli(['review', ...files, '--no-discover', '--format', 'text'], { home, cwd, env }),
      runCli(['review', ...files, '--no-discover', '--format', 'json'], { home, cwd, env }),
      ...files.map((f) => runCli(['plan', '--from-config', `${f}#github-classic--env`, '--format', 'json'], { home, cwd, env })),
    ]);
    const [text, json, ...plans] = runs;
    expect(text?.code).toBe(0); // a parse error is medium; the default --fail-on is high
    const report = JSON.parse(json?.stdout ?? '') as { scanned: { error?: string }[] };
    expect(report.scanned.map((s) => typeof s.error)).toEqual(files.map(() => 'string'));
    for (const plan of plans) {
      expect(plan.code).toBe(2);
      expect(plan.stderr).toMatch(/^mcp-operator: .* does not parse: .+\n$/);
    }
    expect(runs.flatMap((r, i) => [...leaks(r.stdout), ...leaks(r.stderr)].map((l) => `run ${i}: ${l}`))).toEqual([]);
  }, 60_000);

  it('a YAML config or answers file the parser warns about (an unknown tag on a canary) prints no canary on stderr', async () => {
    const home = tempHome();
    const cwd = join(home, 'work');
    mkdirSync(cwd, { recursive: true });
    const env = { HOME: home, XDG_CONFIG_HOME: join(home, '.config') };
    const single = CANARIES.filter((c) => !c.value.includes('\n'));
    const config = join(home, '.continue/config.yaml');
    mkdirSync(join(config, '..'), { recursive: true });
    writeFileSync(config, `mcpServers:\n${single.map((c) => `  - name: ${c.id}\n    command: npx\n    env:\n      UPSTREAM: !secret ${c.value}\n`).join('')}`);
    const answers = join(home, 'answers.yaml');
    writeFileSync(answers, `server: !token ${single[0]?.value}\ntransport: stdio\n`);
    const runs = await Promise.all([runCli(['review', config, '--no-discover', '--format', 'json'], { home, cwd, env }), runCli(['plan', '--answers', answers, '--format', 'json'], { home, cwd, env })]);
    const [review, plan] = runs;
    expect(review?.code).toBe(1);
    expect((JSON.parse(review?.stdout ?? '') as { scanned: { servers: number }[] }).scanned[0]?.servers).toBe(single.length);
    expect(plan?.code).toBe(0);
    expect(runs.map((r) => r.stderr)).toEqual(['', '']);
    expect(leaks(review?.stdout ?? '')).toEqual([]);
  }, 60_000);

  describe('answers files', () => {
    // A canary the review knows only by its variable's name (DB_PASSWORD) is no secret on its own: an answers file has no such name.
    const detectable = CANARIES.filter((c) => findSecrets(c.value).length > 0);

    it('every canary but the name-only one is detected on its own, so an answers file can be checked for it', () => {
      expect(CANARIES.filter((c) => !detectable.includes(c)).map((c) => c.id)).toEqual(['named-password']);
    });

    it('readAnswersObject names each invalid value without echoing a canary: choice, list, text and unknown id', () => {
      const errors: string[] = [];
      for (const c of detectable) {
        const { errors: e } = readAnswersObject({
          server: `${c.value}\u0007`,
          transport: c.value,
          capabilities: ['read-only', c.value],
          version: `${c.value}\u0000`,
          [c.value]: 'x',
          humanApproval: [c.value],
        });
        expect(e.length, c.id).toBe(6);
        expect(e.join('\n'), c.id).toMatch(/transport: .* is not valid: choose one of/);
        errors.push(...e);
      }
      expect(leaks(errors.join('\n'))).toEqual([]);
    });

    it('the built CLI: plan --answers with canaries as invalid values exits 2 with one line that holds no canary', async () => {
      const home = tempHome();
      const env = { HOME: home };
      const values = detectable.map((c) => c.value);
      const file = (name: string, text: string) => {
        const path = join(home, name);
        writeFileSync(path, text);
        return path;
      };
      const inputs = [
        file('list.yaml', toYaml({ capabilities: values, transport: 'stdio' })),
        file('choice.json', JSON.stringify({ transport: values[0], client: values[1], source: values[2], server: `${values[3]}\u0001` })),
        file('ids.yaml', toYaml(Object.fromEntries(values.map((v) => [v, 'x'])))),
        ...values.slice(4, 10).map((v, i) => file(`one-${i}.json`, JSON.stringify({ transport: v }))),
      ];
      const runs = await Promise.all(inputs.map((f) => runCli(['plan', '--answers', f, '--format', 'json'], { home, env })));
      for (const r of runs) {
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(/^mcp-operator: [^\n]+\n$/);
      }
      expect(runs.flatMap((r, i) => leaks(r.stderr).map((l) => `${inputs[i]}: ${l}`))).toEqual([]);
    }, 60_000);
  });
});
