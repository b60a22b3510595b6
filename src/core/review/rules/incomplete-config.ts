import type { ReviewRule, RuleHit } from '../types.js';
import { isUnfilled } from '../placeholders.js';

export { isUnfilled };

/** An entry with nothing to start or connect to, or values still to be filled in. */
export const incompleteConfig: ReviewRule = {
  id: 'MCPR-CFG-001',
  category: 'incomplete-config',
  title: 'Entry that is not filled in',
  why: 'A server entry with neither a command nor a URL cannot start, and a value such as <YOUR_API_KEY> or your-token-here tells that the entry was copied from a README and never completed: the client fails at start, often with an error that hides the cause.',
  howToFix: 'Give the entry its command (stdio) or URL (remote), and fill each value from the client\'s secret mechanism (an input, ${VAR} or the OS keychain), never by pasting the secret.',
  lesson: 'secrets-out-of-configs',
  check: (server) => {
    const hits: RuleHit[] = [];
    if (server.command === undefined && server.url === undefined && !server.disabled && server.raw.source === undefined && server.raw.settings === undefined) {
      hits.push({ severity: 'medium', field: server.path, message: `${server.name} has neither a command nor a url: the client cannot start or reach it.`, evidence: '(no command, no url)', remediation: 'Add the command and args (stdio) or the url (remote), or remove the entry.' });
    }
    const fields: Array<[string, string]> = [
      ...Object.entries(server.env).map(([k, v]): [string, string] => [`env.${k}`, v]),
      ...Object.entries(server.headers).map(([k, v]): [string, string] => [`headers.${k}`, v]),
      ...server.args.map((a, i): [string, string] => [`args[${i}]`, a.replace(/^--?[A-Za-z][A-Za-z0-9_-]*=/, '')]),
      ...(server.url ? [['url', server.url] as [string, string]] : []),
    ];
    for (const [field, value] of fields) {
      if (!isUnfilled(value)) continue;
      hits.push({ severity: 'info', field, message: `${field} of ${server.name} still holds a placeholder (${value.slice(0, 40)}): fill it in before use.`, evidence: value.slice(0, 40), remediation: 'Fill it from the client\'s secret mechanism (an input with password: true, ${VAR} from the environment, or the OS keychain).' });
    }
    return hits;
  },
};
