import type { ReviewRule, RuleHit } from '../types.js';
import { parsedUrl } from '../parsed-url.js';
import { hasReference, holdsSlot, isUnfilled } from '../placeholders.js';
import { optionName } from '../secret-hits.js';
import { isSecretName } from '../secrets.js';

export { isUnfilled };

/** `--name=` in front of an argument's value. */
const OPTION_PREFIX = /^--?[A-Za-z][A-Za-z0-9_-]*=/;

/** A placeholder that itself says a credential goes there (<YOUR_API_KEY>, your-token-here, sk-...). */
const NAMES_A_SECRET = /key|token|secret|passw|pwd|credential|bearer|\bpat\b|^sk-|^ghp_/i;

const URL_FIX = 'Put in the address of the server\'s endpoint (https://host/path); a token it needs goes in a header from the client\'s secret mechanism, not in the URL.';

/** Whether a client could connect to `url`: an absolute http(s) or ws(s) address; one built from variables is given the benefit of the doubt. */
function reachable(url: string): boolean {
  if (hasReference(url) || url.includes('{{')) return true;
  const parsed = parsedUrl(url);
  return parsed !== undefined && ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol);
}

const SECRET_FIX = 'Fill it from the client\'s secret mechanism (an input with password: true, ${VAR} from the environment, or the OS keychain).';
const VALUE_FIX = 'Put in the real value the server\'s documentation asks for; it names no credential, so it can be written in the file (a credential would go through the client\'s secret mechanism instead).';

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
    // Every value is tested; a field's name is written only for the few that hit.
    // The fix depends on what goes there: a credential through the secret mechanism, anything else (a zone, a team id, a path) written in.
    const unfilled = (field: string, value: string, name: string | undefined, remediation?: string): void => {
      const secret = (name !== undefined && isSecretName(name)) || NAMES_A_SECRET.test(value);
      hits.push({ severity: 'info', field, message: `${field} of ${server.name} still holds a placeholder (${value.slice(0, 40)}): fill it in before use.`, evidence: value.slice(0, 40), remediation: remediation ?? (secret ? SECRET_FIX : VALUE_FIX) });
    };
    const open = (value: string): boolean => isUnfilled(value) || holdsSlot(value);
    for (const key of Object.keys(server.env)) if (open(server.env[key] as string)) unfilled(`env.${key}`, server.env[key] as string, key);
    for (const key of Object.keys(server.headers)) if (open(server.headers[key] as string)) unfilled(`headers.${key}`, server.headers[key] as string, key);
    server.args.forEach((a, i) => {
      const value = a.replace(OPTION_PREFIX, '');
      if (open(value)) unfilled(`args[${i}]`, value, optionName(server.args, i));
    });
    const url = server.url;
    if (url && open(url)) unfilled('url', url, undefined, URL_FIX);
    else if (url && !reachable(url)) {
      hits.push({ severity: 'medium', field: 'url', message: `${server.name} has the url ${url.slice(0, 80)}, which is not an absolute http(s) address: the client cannot reach the server (a template never filled in?).`, evidence: url.slice(0, 80), remediation: URL_FIX });
    }
    return hits;
  },
};
