import type { ReviewRule } from '../types.js';
import { optionName, secretHits, type SecretSite } from '../secret-hits.js';
import { findSecrets, MIN_SECRET_LENGTH } from '../secrets.js';

const OPTION_VALUE = /^(--?[A-Za-z][A-Za-z0-9_-]*=)(.*)$/s;

/** The arguments that hold a secret, as sites (the scan's answers are cached, so secretHits asks again for free). */
function argSites(args: readonly string[]): SecretSite[] {
  const sites: SecretSite[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (arg.length < MIN_SECRET_LENGTH) continue;
    const eq = arg.startsWith('-') ? OPTION_VALUE.exec(arg) : null;
    const value = eq ? (eq[2] as string) : arg;
    if (value.length < MIN_SECRET_LENGTH) continue;
    const name = optionName(args, index);
    if (findSecrets(value, name).length === 0) continue;
    sites.push({ field: `args[${index}]`, value, ...(name ? { name } : {}) });
  }
  return sites;
}

/** A credential passed as a command-line argument. */
export const secretInArgs: ReviewRule = {
  id: 'MCPR-SEC-002',
  category: 'secret-exposure',
  title: 'Credential on the command line',
  why: 'Arguments are visible to every local user through ps and /proc/<pid>/cmdline while the server runs, and they land in client logs and crash reports, on top of sitting in the config file. The MCP authorization spec says stdio servers take credentials from the environment.',
  howToFix: 'Rotate the credential and pass it through the environment (env with a placeholder) instead of an argument; most servers read a variable such as GITHUB_PERSONAL_ACCESS_TOKEN.',
  lesson: 'secrets-out-of-configs',
  check: (server) =>
    secretHits(
      argSites(server.args),
      (site) => ({
        message: `${server.name} passes a credential in ${site.field}: it is readable by any local user in the process list and is stored in the config file.`,
        remediation: `Rotate the credential, then give it to the server through env (with a placeholder, not the value) and remove it from args.`,
      }),
    ),
};
