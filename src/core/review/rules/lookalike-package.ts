import type { ReviewRule } from '../types.js';
import { commandName } from '../docker-args.js';
import { editDistance } from '../edit-distance.js';
import { packageArgument, splitSpec } from '../package-spec.js';
import { npmPackageSpecs } from './known-vulnerable-version.js';

/** npm scopes of the MCP project and of vendors that publish MCP servers, with who owns them. */
const OFFICIAL_SCOPES: Record<string, string> = {
  modelcontextprotocol: 'the MCP project',
  'anthropic-ai': 'Anthropic',
  playwright: 'Playwright (Microsoft)',
  azure: 'Microsoft Azure',
  github: 'GitHub',
  upstash: 'Upstash',
  supabase: 'Supabase',
  stripe: 'Stripe',
  notionhq: 'Notion',
  cloudflare: 'Cloudflare',
  sentry: 'Sentry',
};
/** Reference servers published as @modelcontextprotocol/server-<name> (current and archived). */
const REFERENCE_SERVERS = ['everything', 'filesystem', 'memory', 'sequential-thinking', 'aws-kb-retrieval', 'brave-search', 'everart', 'gdrive', 'github', 'gitlab', 'google-maps', 'postgres', 'puppeteer', 'redis', 'slack'];
const REFERENCE_NAMES = new Set(REFERENCE_SERVERS);
/** Command names of official packages: `npx <bin>` fetches whoever owns that unscoped name instead. */
const OFFICIAL_BINS = new Set(['mcp-server-filesystem', 'mcp-server-memory', 'mcp-server-everything', 'mcp-server-sequential-thinking']);
const DIGIT_LOOKALIKES: Record<string, string> = { 0: 'o', 1: 'l', 3: 'e', 4: 'a', 5: 's' };
const NAME = /^(?:@([a-z0-9][\w.-]*)\/)?([a-z0-9][\w.-]*)$/i;

/** Lower-case, separators removed, digits read as the letters they imitate: model-context-protoco1 -> modelcontextprotocol. */
const squash = (s: string): string => s.toLowerCase().replace(/[-_.]/g, '').replace(/[01345]/g, (d) => DIGIT_LOOKALIKES[d] as string);

/** Scopes already judged: a config names the same few scopes many times. */
const judged = new Map<string, string | undefined>();

/** The official scope a scope imitates, if any; an official scope itself imitates nothing. */
export function imitatedScope(scope: string): string | undefined {
  if (judged.has(scope)) return judged.get(scope);
  if (judged.size > 10_000) judged.clear();
  const found = judgeScope(scope);
  judged.set(scope, found);
  return found;
}

function judgeScope(scope: string): string | undefined {
  const own = scope.toLowerCase();
  if (own in OFFICIAL_SCOPES) return undefined;
  return Object.keys(OFFICIAL_SCOPES).find((official) => {
    const limit = official.length >= 8 ? 2 : 1;
    const a = squash(own);
    const b = squash(official);
    return a === b || editDistance(own, official, limit) <= limit || editDistance(a, b, limit) <= limit || (b.length >= 12 && a.includes(b));
  });
}

/** Why an unscoped (or differently scoped) name copies an official one, if it does. */
function copiedName(scope: string | undefined, name: string, npm: boolean): string | undefined {
  const n = name.toLowerCase();
  const words = n.split(/[-_.]/);
  // The project's name squashed is 20 letters: a shorter name cannot carry it.
  if (scope === undefined && n.length >= 20 && squash(n).includes('modelcontextprotocol')) return 'carries the MCP project\'s name without being published in its @modelcontextprotocol scope';
  if (words.includes('official') && (words.includes('mcp') || REFERENCE_SERVERS.some((r) => n.includes(r)))) return 'calls itself official, but no vendor scope backs the claim';
  if (!npm) return undefined;
  const reference = n.startsWith('server-') && REFERENCE_NAMES.has(n.slice(7)) ? n.slice(7) : undefined;
  if (reference) return `copies the name of the official @modelcontextprotocol/server-${reference} ${scope === undefined ? 'with the scope dropped' : `under another scope (@${scope})`}`;
  if (scope !== undefined) return undefined;
  if (OFFICIAL_BINS.has(n)) return `is the command name of the official @modelcontextprotocol/${n.slice(4)}, but npx fetches whoever published this unscoped package`;
  if (n === 'github-mcp-server') return 'copies the name of GitHub\'s official server, which GitHub ships as a container image and binary, not as this npm package';
  return undefined;
}

/** Package specs started by uvx and pipx run: the package argument and --from/--spec values. */
function pythonSpecs(args: readonly string[], runner: string): { spec: string; index: number }[] {
  const offset = runner === 'pipx' && args[0] === 'run' ? 1 : 0;
  const rest = args.slice(offset);
  const specs = rest.flatMap((word, i) => (rest[i - 1] === '--from' || rest[i - 1] === '--spec' ? [{ spec: word, index: i + offset }] : []));
  const arg = packageArgument(rest);
  if (arg && !specs.some((s) => s.index === arg.index + offset)) specs.push({ spec: arg.spec, index: arg.index + offset });
  return specs;
}

/** A package whose scope or name imitates an official publisher's. */
export const lookalikePackage: ReviewRule = {
  id: 'MCPR-SRC-001',
  category: 'untrusted-source',
  title: 'Package name imitates an official publisher',
  why: 'Anyone can publish a package whose scope or name looks like a vendor\'s, and npx -y runs it without asking. The postmark-mcp backdoor of September 2025 (OSV MAL-2025-47604) sat in an unscoped package named like Postmark\'s real server, whose official package is @activecampaign/postmark-mcp; the CSA trust-signal guide lists names close to popular packages as a red flag.',
  howToFix: 'Install the server from the scope its vendor\'s own documentation names, and check the publisher on the registry before pinning it.',
  lesson: 'trust-before-install',
  check: (server) => {
    const runner = commandName(server.command);
    const npm = npmPackageSpecs(server);
    const python = runner === 'uvx' || runner === 'pipx' ? pythonSpecs(server.args, runner) : [];
    const specs = [...npm.map((s) => ({ ...s, npm: true })), ...python.map((s) => ({ ...s, npm: false }))];
    return specs.flatMap(({ spec, index, npm: isNpm }) => {
      const name = isNpm ? splitSpec(spec).name : (spec.split(/[=<>!~[@ ]/)[0] as string);
      const parts = NAME.exec(name);
      if (!parts) return [];
      const [, scope, bare = ''] = parts;
      if (scope !== undefined && scope.toLowerCase() in OFFICIAL_SCOPES) return [];
      const imitated = scope !== undefined ? imitatedScope(scope) : undefined;
      const reason = imitated ? `uses the scope @${scope}, which imitates @${imitated} of ${OFFICIAL_SCOPES[imitated]}` : copiedName(scope, bare, isNpm);
      if (!reason) return [];
      return [
        {
          severity: 'high' as const,
          field: `args[${index}]`,
          message: `${server.name} starts ${name}, which ${reason}; nothing in the name ties it to that publisher.`,
          evidence: spec,
          remediation: `Find the package the vendor's own documentation names${imitated ? ` (under @${imitated})` : ''}, check its publisher on the registry, and replace ${name} with it.`,
        },
      ];
    });
  },
};
