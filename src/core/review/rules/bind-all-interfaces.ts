import type { ReviewRule, RuleHit, ServerEntry } from '../types.js';
import { CONTAINER_ENGINES, commandName } from '../docker-args.js';
import { packageArgument, splitSpec } from '../package-spec.js';
import { placeholderDefaults } from '../placeholders.js';

/** Options that set a listening address: --host, --bind, --listen, -H, --http-host, --bind-address ... */
const ADDRESS_OPTION = /^(?:-H|--(?:[a-z0-9]+-)*(?:host|hostname|bind|bind-address|bind-host|listen|listen-address|listen-host|address|addr))$/i;
/** Environment variables that do: HOST, BIND, MCP_HOST, FASTMCP_HOST, UVICORN_HOST, *_BIND_ADDRESS ... */
const ADDRESS_VARIABLE = /^(?:[A-Z0-9]+_)*(?:HOST|HOSTNAME|BIND|BIND_ADDR|BIND_ADDRESS|BIND_HOST|LISTEN|LISTEN_ADDR|LISTEN_ADDRESS|LISTEN_HOST|ADDR|ADDRESS)$/i;
/** Every interface: 0.0.0.0, ::, [::] or *, optionally with a port or inside a URL. */
const ALL_INTERFACES = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:0\.0\.0\.0|\[::\]|\*)(?::\d+)?\/?$|^::$/i;

const wildcard = (value: string): boolean => [value, ...placeholderDefaults(value)].some((v) => ALL_INTERFACES.test(v.trim()));
const toLoopback = (value: string): string => (value.trim() === '::' ? '127.0.0.1' : value.replace(/0\.0\.0\.0|\[::\]|(?<=^|\/\/|:-)\*/, '127.0.0.1'));

/** A local server told to listen on every network interface instead of 127.0.0.1. */
export const bindAllInterfaces: ReviewRule = {
  id: 'MCPR-EXP-002',
  category: 'network-exposure',
  title: 'Server told to listen on all network interfaces',
  why: 'The MCP transport specification says a locally run HTTP server should bind only to 127.0.0.1, not 0.0.0.0, because anything that can reach the port can call its tools. MCP Inspector before 0.14.1 listened on all addresses with no authentication, and CVE-2025-49596 let anyone reaching its proxy, a web page included, launch commands on the machine.',
  howToFix: 'Bind to 127.0.0.1 (or use stdio); if other machines really need the server, put it behind authentication and TLS instead of opening the port.',
  lesson: 'local-http-without-exposure',
  check: (server) => {
    const name = commandName(server.command);
    // Inside a container 0.0.0.0 is normal: what reaches the host is decided by -p, another rule.
    if (CONTAINER_ENGINES.has(name)) return [];
    const arg = packageArgument(server.args);
    // mcp-remote's --host is only the host name written into its OAuth callback URL.
    const mcpRemote = name === 'mcp-remote' || (arg !== undefined && splitSpec(arg.spec).name === 'mcp-remote');
    const hits: RuleHit[] = [];
    const hit = (field: string, shown: string, fix: (entry: ServerEntry) => ServerEntry): void => {
      hits.push({
        severity: 'medium',
        field,
        message: `${server.name} tells the server to listen on every network interface (${shown}): if it serves HTTP, other machines on the network can call its tools, not only this one.`,
        evidence: shown,
        remediation: `Change ${shown} to 127.0.0.1 in ${field} of ${server.name}.`,
        fix,
      });
    };
    server.args.forEach((word, i) => {
      if (mcpRemote) return;
      const eq = word.indexOf('=');
      const option = eq > 0 ? word.slice(0, eq) : word;
      if (!ADDRESS_OPTION.test(option)) return;
      const valueIndex = eq > 0 ? i : i + 1;
      const value = eq > 0 ? word.slice(eq + 1) : server.args[i + 1];
      if (value === undefined || !wildcard(value)) return;
      hit(`args[${valueIndex}]`, eq > 0 ? word : `${word} ${value}`, (entry) => {
        if (entry.args[valueIndex] !== server.args[valueIndex]) return entry;
        const args = [...entry.args];
        args[valueIndex] = eq > 0 ? `${option}=${toLoopback(value)}` : toLoopback(value);
        return { ...entry, args };
      });
    });
    for (const [key, value] of Object.entries(server.env)) {
      if (!ADDRESS_VARIABLE.test(key) || !wildcard(value)) continue;
      hit(`env.${key}`, `${key}=${value}`, (entry) => (entry.env[key] === value ? { ...entry, env: { ...entry.env, [key]: toLoopback(value) } } : entry));
    }
    return hits;
  },
};
