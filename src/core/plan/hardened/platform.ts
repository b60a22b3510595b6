import type { InterviewAnswers } from '../../interview/questions.js';
import type { KnownServer } from '../../servers/schema.js';
import { stringify as yamlStringify } from 'yaml';
import type { Launch } from './launch.js';

/** The same isolation for platform teams: a ToolHive permission profile and run line, and a Docker MCP Gateway server entry. */
export interface PlatformForms {
  toolhive: { profile: Record<string, unknown>; profileText: string; run: string; reasons: string[] };
  dockerGateway: { entry: Record<string, unknown>; entryText: string; run: string; reasons: string[] };
}

const str = (a: InterviewAnswers, id: string): string => (typeof a[id] === 'string' && a[id] !== 'unknown' ? (a[id] as string).trim() : '');

export function platformForms(a: InterviewAnswers, key: string, launch: Launch, known?: KnownServer): PlatformForms | undefined {
  if (launch.mode === 'remote') return undefined;
  const writes = Array.isArray(a.capabilities) ? (a.capabilities as string[]).includes('file-write') : true;
  const mount = launch.flags.find((f) => f.words[0] === '-v');
  const [hostPath, containerPath] = (mount?.words[1] ?? '').split(':');
  const network = launch.network ?? (launch.mode === 'container' ? 'none' : 'egress-allow-list');
  const hosts = ['<host the server needs>'];
  const secrets = launch.env.filter((e) => e.secret).map((e) => e.name);
  const profile: Record<string, unknown> = {
    name: `${key}-least-privilege`,
    read: mount && !writes ? [`${hostPath}:${containerPath}`] : [],
    write: mount && writes ? [`${hostPath}:${containerPath}`] : [],
    network: { outbound: { insecure_allow_all: false, allow_host: network === 'none' ? [] : hosts, allow_port: network === 'none' ? [] : [443] } },
    privileged: false,
  };
  const target = launch.image ?? (launch.packageSpec ? `${launch.command === 'uvx' ? 'uvx' : 'npx'}://${launch.packageSpec}` : `<image>@sha256:<digest>`);
  const toolhiveRun = [
    `thv run --name ${key}`,
    '  --transport stdio',
    `  --permission-profile ./${key}-profile.json`,
    '  --isolate-network',
    ...secrets.map((s) => `  --secret ${key}-${s.toLowerCase().replace(/_/g, '-')},target=${s}`),
    ...(launch.image ? ['  --image-verification enabled'] : []),
    `  ${target}${launch.args.length && launch.mode !== 'container' ? '' : ''}`,
  ].join(' \\\n');
  const gatewayEntry: Record<string, unknown> = {
    name: key,
    title: known?.name ?? key,
    type: 'server',
    description: known?.summary ?? `${key}, hardened by mcp-operator`,
    image: launch.image ?? '<registry>/<image>@sha256:<digest>',
    ...(secrets.length ? { secrets: secrets.map((s) => ({ name: `${key}.${s.toLowerCase()}`, env: s })) } : {}),
    ...(mount ? { volumes: [`${hostPath}:${containerPath}${writes ? ':rw' : ':ro'}`] } : {}),
    user: '65532:65532',
    longLived: false,
    ...(network === 'none' ? { disableNetwork: true } : { allowHosts: ['<host the server needs>:443'] }),
  };
  const gatewayRun = [
    ...secrets.map((s) => `printf '%s' "$${s}" | docker mcp secret set ${key}.${s.toLowerCase()}`),
    `docker mcp gateway run --catalog ${key}-catalog.yaml --servers ${key} --block-network --verify-signatures --block-secrets --log-calls --cpus 1 --memory 512Mb`,
  ].join('\n');
  return {
    toolhive: {
      profile,
      profileText: JSON.stringify(profile, null, 2),
      run: toolhiveRun,
      reasons: [
        'network.outbound is written out with insecure_allow_all false: a profile without it allows every destination.',
        network === 'none' ? 'No outbound host or port: the server needs no network.' : 'Only the hosts the server needs, on 443: replace the placeholder with them (exact host names).',
        '--transport stdio: ToolHive otherwise assumes streamable-http for a server outside its registry.',
        '--isolate-network: explicit, since older thv releases do not default to it.',
        ...(secrets.length ? ['--secret NAME,target=ENV: the token comes from ToolHive\'s secret store (thv secret setup, then thv secret set), never from the command line.'] : []),
      ],
    },
    dockerGateway: {
      entry: gatewayEntry,
      entryText: yamlStringify({ name: `${key}-catalog`, displayName: `${known?.name ?? key} (hardened)`, registry: { [key]: Object.fromEntries(Object.entries(gatewayEntry).filter(([k]) => k !== 'name')) } }),
      run: gatewayRun,
      reasons: [
        `Save the catalog as ~/.docker/mcp/catalogs/${key}-catalog.yaml: the gateway reads catalogs only from there.`,
        network === 'none' ? 'disableNetwork: true runs the container with --network none.' : 'allowHosts is enforced only when the gateway runs with --block-network, so the run line sets it.',
        'The image by digest: the gateway verifies signatures only for Docker Hub mcp/* images, so the digest is what pins anything else.',
        ...(secrets.length ? ['Secrets come from docker mcp secret set (read from standard input here, so the value is not in shell history); a missing secret starts the server with <UNKNOWN>, so set it first.'] : []),
        '--cpus 1 --memory 512Mb: tighter than the gateway defaults (1 CPU, 2 GB).',
      ],
    },
  };
}
