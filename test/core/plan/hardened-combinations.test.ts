import { describe, expect, it } from 'vitest';
import { entriesForAllClients, hardenedConfig } from '../../../src/core/plan/hardened-config.js';
import { CLIENT_FORMATS } from '../../../src/core/plan/hardened/clients.js';
import { launchFor } from '../../../src/core/plan/hardened/launch.js';
import type { InterviewAnswers } from '../../../src/core/interview/questions.js';
import { realKnowledge } from '../../helpers/knowledge.js';

const k = realKnowledge();
const ISOLATIONS = ['none', 'container', 'container-hardened', 'vm'];
const TRANSPORTS = ['stdio', 'http-internet-auth'];
const CAPS: string[][] = [['read-only'], ['read-only', 'network-egress', 'file-write']];

/** Every combination of known server (and an unknown one), client, isolation, transport and capabilities. */
function* combinations(): Generator<{ label: string; answers: InterviewAnswers }> {
  for (const server of [...k.servers.map((s) => s.id), 'my-own-server']) {
    for (const transport of TRANSPORTS) {
      for (const isolation of transport === 'stdio' ? ISOLATIONS : ['none']) {
        for (const capabilities of CAPS) {
          for (const version of ['', '1.2.3']) {
            const answers: InterviewAnswers = { server, transport, isolation, capabilities, ...(version ? { version } : {}) };
            yield { label: `${server} ${transport} ${isolation} ${capabilities.join('+')} v=${version || '-'}`, answers };
          }
        }
      }
    }
  }
}

describe('every hardened entry passes the tool\'s own review (DESIGN section 14)', () => {
  it('leaves nothing at medium or above that the answers do not explain, for every client', () => {
    const unexplained: string[] = [];
    let checked = 0;
    for (const { label, answers } of combinations()) {
      const known = k.byId.get(String(answers.server));
      for (const entry of entriesForAllClients(answers, known, k)) {
        checked += 1;
        for (const r of entry.selfCheck.remaining) if (!r.expected) unexplained.push(`${label} ${entry.client}: ${r.ruleId} ${r.message}`);
      }
    }
    expect(checked).toBeGreaterThan(CLIENT_FORMATS.length * k.servers.length * 10);
    expect(unexplained.slice(0, 20)).toEqual([]);
  });

  it('with a version given, an active server and no advisory, nothing remains at medium or above', () => {
    const problems: string[] = [];
    for (const { label, answers } of combinations()) {
      const known = k.byId.get(String(answers.server));
      if (!answers.version || (known && known.status.state !== 'active')) continue;
      for (const entry of entriesForAllClients(answers, known, k)) {
        const left = entry.selfCheck.remaining.filter((r) => r.ruleId !== 'MCPR-VULN-001');
        if (left.length) problems.push(`${label} ${entry.client}: ${left.map((r) => r.ruleId).join(', ')}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('never cuts a server that needs the network off with --network none, and passes every credential into the container', () => {
    for (const { answers } of combinations()) {
      const known = k.byId.get(String(answers.server));
      const launch = launchFor(answers, known);
      if (launch.mode !== 'container') continue;
      const caps = answers.capabilities as string[];
      if (caps.includes('network-egress') || (known?.credential && ['env', 'header', 'oauth'].includes(known.credential.kind))) {
        expect(launch.args.join(' '), String(answers.server)).not.toContain('--network none');
      }
      for (const e of launch.env.filter((x) => x.secret)) expect(launch.args.join(' ')).toContain(`-e ${e.name}`);
    }
  });
});
