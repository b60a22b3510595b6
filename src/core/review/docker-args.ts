import { perEntry } from './per-entry.js';
import type { ServerEntry } from './types.js';

/**
 * The arguments of `docker run ...`, `docker container run ...` and `podman run ...` as a
 * structure the container rules can query. Indices always point into `server.args`, so a rule
 * can report `args[3]`. Options are read the way the Docker CLI (pflag) reads them: `--flag
 * value`, `--flag=value`, `-e X`, `-eX`, `-e=X` and combined short flags such as `-it` or `-ite X`.
 */

/** Programs whose `run` subcommand starts a container with Docker's option syntax. */
export const CONTAINER_ENGINES = new Set(['docker', 'podman', 'podman-remote', 'nerdctl']);

/** One option of the run command. */
export interface DockerFlag {
  /** Canonical long name: `--env` for `-e`, `--network` for `--net`, `--interactive` for `-i`. */
  name: string;
  /** As written in its word: `-e`, `--net`, `-i` (for `-it`, one flag per letter). */
  written: string;
  /** The value of a value-taking option (or of `--rm=false` style booleans); undefined when absent. */
  value?: string;
  /** Index in args of the word that holds the option. */
  index: number;
  /** Index in args of the word that holds the value: `index` when inline (`--x=y`, `-eX`), else index + 1. */
  valueIndex?: number;
}

/** A bind mount, named volume or tmpfs from -v/--volume or --mount. */
export interface DockerVolume {
  kind: 'bind' | 'volume' | 'tmpfs' | 'anonymous' | 'other';
  /** Host path (bind) or volume name; undefined for anonymous volumes and tmpfs. */
  source?: string;
  target?: string;
  readOnly: boolean;
  /** The whole value as written, e.g. `/home/ana:/data:ro` or `type=bind,source=...`. */
  spec: string;
  flag: DockerFlag;
}

/** A port published with -p/--publish. */
export interface DockerPort {
  /** Host address without brackets, undefined when none was written (Docker then uses every interface). */
  hostIp?: string;
  hostPort?: string;
  /** Container port (or range) without the protocol. */
  containerPort: string;
  /** /tcp, /udp or /sctp as written, else ''. */
  protocol: string;
  spec: string;
  flag: DockerFlag;
}

export interface DockerRun {
  /** The engine's basename: docker, podman, ... */
  engine: string;
  /** Index in args of the word `run`. */
  runIndex: number;
  flags: DockerFlag[];
  image?: { ref: string; index: number };
  /** The container's own command and arguments, after the image. */
  command: { word: string; index: number }[];
  volumes: DockerVolume[];
  ports: DockerPort[];
  /** The flags by canonical name, when the run was parsed from an entry (flagsNamed reads it). */
  named?: ReadonlyMap<string, DockerFlag[]>;
}

/** Short options of `run` and their long names; those in SHORT_WITH_VALUE take a value. */
const SHORT: Record<string, string> = {
  a: '--attach',
  c: '--cpu-shares',
  d: '--detach',
  e: '--env',
  h: '--hostname',
  i: '--interactive',
  l: '--label',
  m: '--memory',
  p: '--publish',
  P: '--publish-all',
  q: '--quiet',
  t: '--tty',
  u: '--user',
  v: '--volume',
  w: '--workdir',
};
const SHORT_WITH_VALUE = new Set(['a', 'c', 'e', 'h', 'l', 'm', 'p', 'u', 'v', 'w']);

const ALIASES: Record<string, string> = { '--net': '--network', '--net-alias': '--network-alias' };

/** Long options of docker/podman/nerdctl run that take a value (anything else is read as a boolean). */
const LONG_WITH_VALUE = new Set(
  (
    'add-host annotation arch attach authfile blkio-weight blkio-weight-device cap-add cap-drop cert-dir ' +
    'cgroup-conf cgroup-parent cgroupns cgroups chrootdirs cidfile conmon-pidfile cpu-count cpu-percent ' +
    'cpu-period cpu-quota cpu-rt-period cpu-rt-runtime cpu-shares cpus cpuset-cpus cpuset-mems creds ' +
    'decryption-key detach-keys device device-cgroup-rule device-read-bps device-read-iops device-write-bps ' +
    'device-write-iops dns dns-opt dns-option dns-search domainname entrypoint env env-file env-merge expose ' +
    'gidmap gpus group-add group-entry health-cmd health-interval health-log-destination health-max-log-count ' +
    'health-max-log-size health-on-failure health-retries health-start-interval health-start-period ' +
    'health-startup-cmd health-startup-interval health-startup-retries health-startup-success ' +
    'health-startup-timeout health-timeout hostname hostuser image-volume init-path io-maxbandwidth ' +
    'io-maxiops ip ip6 ipc isolation kernel-memory label label-file link link-local-ip log-driver log-opt ' +
    'mac-address memory memory-reservation memory-swap memory-swappiness mount name network network-alias ' +
    'oom-score-adj os passwd-entry personality pid pidfile pids-limit platform pod pod-id-file preserve-fd ' +
    'preserve-fds publish pull rdt-class requires restart retry retry-delay runtime sdnotify seccomp-policy ' +
    'secret security-opt shm-size shm-size-systemd stop-signal stop-timeout storage-opt subgidname ' +
    'subuidname sysctl systemd timeout tmpfs tz uidmap ulimit umask unsetenv user userns uts variant volume ' +
    'volume-driver volumes-from workdir'
  )
    .split(' ')
    .map((name) => `--${name}`),
);

/** Global options of the engine before `run` that take a value (docker -H/-c/-l, podman --connection ...). */
const GLOBAL_WITH_VALUE = new Set(
  (
    '-c -H -l --config --context --host --log-level --tlscacert --tlscert --tlskey --connection --url ' +
    '--identity --root --runroot --storage-driver --storage-opt --cgroup-manager --events-backend ' +
    '--hooks-dir --module --network-cmd-path --network-config-dir --runtime --runtime-flag --ssh --tmpdir ' +
    '--volumepath --imagestore --cni-config-dir --conmon --db-backend --out --address -a --namespace -n ' +
    '--snapshotter --cni-path --data-root --cgroup-manager --host-gateway-ip'
  ).split(' '),
);

/** The basename of a command, lower-case, without .exe/.cmd/.bat: `C:\\Docker\\docker.exe` -> docker. */
export function commandName(command: string | undefined): string {
  const written = command ?? '';
  let name = names.get(written);
  if (name === undefined) {
    if (names.size >= 1_000) names.clear();
    name = written.split(/[\\/]/).pop()?.replace(/\.(exe|cmd|bat)$/i, '').toLowerCase() ?? '';
    names.set(written, name);
  }
  return name;
}

/** Basenames already worked out: a config repeats a few commands, and most rules ask for the basename of each entry's (bounded). */
const names = new Map<string, string>();

/** Splits a -v/--volume value into source, target and options, keeping Windows drive letters whole. */
function splitVolume(spec: string): string[] {
  const raw = spec.split(':');
  const parts: string[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const part = raw[i] as string;
    const next = raw[i + 1];
    if (/^[A-Za-z]$/.test(part) && next !== undefined && /^[\\/]/.test(next)) {
      parts.push(`${part}:${next}`);
      i += 1;
    } else parts.push(part);
  }
  return parts;
}

const VOLUME_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const TRUE = (v: string | undefined): boolean => v === undefined || /^(1|true)$/i.test(v);

function parseVolume(flag: DockerFlag): DockerVolume | undefined {
  const spec = flag.value;
  if (spec === undefined) return undefined;
  if (flag.name === '--tmpfs') return { kind: 'tmpfs', target: spec.split(':')[0] as string, readOnly: false, spec, flag };
  if (flag.name === '--mount') {
    const fields = new Map<string, string | undefined>();
    for (const item of spec.split(',')) {
      const eq = item.indexOf('=');
      const key = (eq < 0 ? item : item.slice(0, eq)).trim().toLowerCase();
      fields.set(key, eq < 0 ? undefined : item.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1'));
    }
    const type = fields.get('type') ?? 'volume';
    const source = fields.get('source') ?? fields.get('src');
    const target = fields.get('target') ?? fields.get('destination') ?? fields.get('dst') ?? fields.get('dest');
    const ro = fields.has('readonly') ? fields.get('readonly') : fields.has('ro') ? fields.get('ro') : 'false';
    const kind = type === 'bind' ? 'bind' : type === 'tmpfs' ? 'tmpfs' : type === 'volume' ? (source ? 'volume' : 'anonymous') : 'other';
    const out: DockerVolume = { kind, readOnly: TRUE(ro), spec, flag };
    if (source !== undefined && kind !== 'tmpfs') out.source = source;
    if (target !== undefined) out.target = target;
    return out;
  }
  const parts = splitVolume(spec);
  if (parts.length === 1) return { kind: 'anonymous', target: parts[0] as string, readOnly: false, spec, flag };
  const [source = '', target, options = ''] = parts;
  const readOnly = options.split(',').some((o) => o === 'ro' || o === 'readonly');
  const out: DockerVolume = { kind: VOLUME_NAME.test(source) ? 'volume' : 'bind', source, readOnly, spec, flag };
  if (target !== undefined) out.target = target;
  return out;
}

function parsePort(flag: DockerFlag): DockerPort | undefined {
  const spec = flag.value;
  if (spec === undefined || spec === '') return undefined;
  const protocol = /\/(tcp|udp|sctp)$/i.exec(spec)?.[0] ?? '';
  const bare = spec.slice(0, spec.length - protocol.length);
  const bracket = /^\[([^\]]*)\]:(.*)$/.exec(bare);
  let parts: string[];
  if (bracket) parts = [bracket[1] as string, ...(bracket[2] as string).split(':')];
  else {
    const raw = bare.split(':');
    parts = raw.length > 3 ? [raw.slice(0, raw.length - 2).join(':'), ...raw.slice(-2)] : raw;
  }
  const containerPort = parts[parts.length - 1] as string;
  const out: DockerPort = { containerPort, protocol, spec, flag };
  if (parts.length >= 2 && parts[parts.length - 2] !== '') out.hostPort = parts[parts.length - 2] as string;
  if (parts.length >= 3) out.hostIp = parts[0] as string;
  return out;
}

/** Record a flag with its value (if any) at `valueIndex`; returns how many extra words the value used. */
function push(flags: DockerFlag[], flag: DockerFlag, value: string | undefined, valueIndex: number): number {
  if (value !== undefined) {
    flag.value = value;
    flag.valueIndex = valueIndex;
  }
  flags.push(flag);
  return value !== undefined && valueIndex > flag.index ? 1 : 0;
}

/** Reads one word of run options; returns how many extra words (the value) it used. */
function readOption(args: readonly string[], i: number, flags: DockerFlag[]): number {
  const word = args[i] as string;
  const next = i + 1 < args.length ? (args[i + 1] as string) : undefined;
  if (word.startsWith('--')) {
    const eq = word.indexOf('=');
    const written = eq < 0 ? word : word.slice(0, eq);
    const name = ALIASES[written] ?? written;
    const flag: DockerFlag = { name, written, index: i };
    if (eq >= 0) return push(flags, flag, word.slice(eq + 1), i);
    return LONG_WITH_VALUE.has(name) ? push(flags, flag, next, i + 1) : push(flags, flag, undefined, i);
  }
  for (let c = 1; c < word.length; c += 1) {
    const letter = word[c] as string;
    const flag: DockerFlag = { name: SHORT[letter] ?? `-${letter}`, written: `-${letter}`, index: i };
    if (!SHORT_WITH_VALUE.has(letter)) {
      flags.push(flag);
      continue;
    }
    const rest = word.slice(c + 1);
    if (rest !== '') return push(flags, flag, rest.startsWith('=') ? rest.slice(1) : rest, i);
    return push(flags, flag, next, i + 1);
  }
  return 0;
}

/** Index of `run` in `[global options] run` or `[global options] container run`, if that is what args start with. */
function findRun(args: readonly string[]): number | undefined {
  let sawContainer = false;
  for (let i = 0; i < args.length; i += 1) {
    const word = args[i] as string;
    if (word.startsWith('-') && word !== '-' && !sawContainer) {
      if (!word.includes('=') && GLOBAL_WITH_VALUE.has(word)) i += 1;
      continue;
    }
    if (word === 'run') return i;
    if (word === 'container' && !sawContainer) {
      sawContainer = true;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** Parses the arguments after `run` (starting at `start`) as docker run options, image and command. */
export function parseRunArgs(args: readonly string[], start: number): Pick<DockerRun, 'flags' | 'image' | 'command' | 'volumes' | 'ports'> {
  const flags: DockerFlag[] = [];
  let image: DockerRun['image'];
  let i = start;
  for (; i < args.length; i += 1) {
    const word = args[i] as string;
    if (word === '--') {
      i += 1;
      break;
    }
    if (!word.startsWith('-') || word === '-') break;
    i += readOption(args, i, flags);
  }
  if (i < args.length) image = { ref: args[i] as string, index: i };
  const command = image ? args.slice(i + 1).map((word, k) => ({ word, index: i + 1 + k })) : [];
  const volumes = flags
    .filter((f) => f.name === '--volume' || f.name === '--mount' || f.name === '--tmpfs')
    .map(parseVolume)
    .filter((v): v is DockerVolume => v !== undefined);
  const ports = flags
    .filter((f) => f.name === '--publish')
    .map(parsePort)
    .filter((p): p is DockerPort => p !== undefined);
  const out: Pick<DockerRun, 'flags' | 'image' | 'command' | 'volumes' | 'ports'> = { flags, command, volumes, ports };
  if (image) out.image = image;
  return out;
}

/** The parsed `docker run` / `podman run` of a server entry, or undefined when it does not start a container (once per entry: ten container rules and the identification ask). */
export const dockerRun: (server: Pick<ServerEntry, 'command' | 'args'>) => DockerRun | undefined = perEntry(parseDockerRun);

function parseDockerRun(server: Pick<ServerEntry, 'command' | 'args'>): DockerRun | undefined {
  const engine = commandName(server.command);
  if (!CONTAINER_ENGINES.has(engine)) return undefined;
  const args = Array.isArray(server.args) ? server.args.filter((a): a is string => typeof a === 'string') : [];
  if (args.length !== server.args.length) return undefined;
  const runIndex = findRun(args);
  if (runIndex === undefined) return undefined;
  const parsed = parseRunArgs(args, runIndex + 1);
  return { engine, runIndex, ...parsed, named: flagIndex(parsed.flags) };
}

/** Options with this canonical name (with any of these names, in the order written). */
export function flagsNamed(run: DockerRun, ...names: string[]): DockerFlag[] {
  const index = run.named;
  if (index && names.length === 1) return [...(index.get(names[0] as string) ?? [])];
  return run.flags.filter((f) => names.includes(f.name));
}

/** The options by canonical name: ten container rules ask for a few names of every run. */
function flagIndex(flags: readonly DockerFlag[]): Map<string, DockerFlag[]> {
  const index = new Map<string, DockerFlag[]>();
  for (const f of flags) {
    const list = index.get(f.name);
    if (list) list.push(f);
    else index.set(f.name, [f]);
  }
  return index;
}

/** A boolean option that is on: present without a value, or with a true value (`--privileged=true`). */
export function isOn(flag: DockerFlag): boolean {
  return flag.value === undefined || /^(1|true)$/i.test(flag.value);
}

/** The words an option occupies, e.g. `--network host` or `--net=host`, for evidence. */
export function flagText(flag: DockerFlag): string {
  if (flag.value === undefined) return flag.written;
  return flag.valueIndex === flag.index ? `${flag.written}=${flag.value}` : `${flag.written} ${flag.value}`;
}

/** A new entry without the options `drop` selects (in combined short words only that letter goes). */
export function withoutFlags(server: ServerEntry, drop: (flag: DockerFlag, run: DockerRun) => boolean): ServerEntry {
  const run = dockerRun(server);
  if (!run) return server;
  const args = [...server.args];
  const remove = new Set<number>();
  for (const flag of run.flags.filter((f) => drop(f, run))) {
    const word = args[flag.index] as string;
    if (flag.valueIndex !== undefined && flag.valueIndex !== flag.index) remove.add(flag.valueIndex);
    if (word.startsWith('--')) {
      remove.add(flag.index);
      continue;
    }
    // A short option inside a combined word (-it, -ieX): cut only its letter (and an inline value).
    const at = word.indexOf(flag.written.slice(1), 1);
    const rest = flag.valueIndex === flag.index ? word.slice(0, at) : word.slice(0, at) + word.slice(at + 1);
    if (at < 0 || rest === '-') remove.add(flag.index);
    else args[flag.index] = rest;
  }
  return { ...server, args: args.filter((_, k) => !remove.has(k)) };
}

/** A new entry where the value of `flag` (from a parse of this entry) reads `value`. */
export function withFlagValue(server: ServerEntry, flag: DockerFlag, value: string): ServerEntry {
  if (flag.value === undefined || flag.valueIndex === undefined) return server;
  const args = [...server.args];
  const word = args[flag.valueIndex] as string;
  args[flag.valueIndex] = flag.valueIndex === flag.index ? word.slice(0, word.length - flag.value.length) + value : value;
  return { ...server, args };
}

/** A new entry with `words` inserted right after `run`. */
export function withRunOptions(server: ServerEntry, words: string[]): ServerEntry {
  const run = dockerRun(server);
  if (!run || words.length === 0) return server;
  const args = [...server.args];
  args.splice(run.runIndex + 1, 0, ...words);
  return { ...server, args };
}

/** The value of a -v/--volume or --mount option made read-only (`:ro`, `,readonly`). */
export function readOnlySpec(volume: DockerVolume): string {
  if (volume.flag.name === '--mount') {
    const kept = volume.spec.split(',').filter((item) => !/^\s*(readonly|ro)\s*(=|$)/i.test(item));
    return [...kept, 'readonly'].join(',');
  }
  const [source = '', target = '', options = ''] = splitVolume(volume.spec);
  const kept = options.split(',').filter((o) => o !== '' && o !== 'rw' && o !== 'ro');
  return `${source}:${target}:${['ro', ...kept].join(',')}`;
}

/**
 * A host path in one spelling: forward slashes, no repeated or trailing slash, Git Bash and
 * WSL drive forms (`//c/`, `/mnt/c/`) written as `c:/`. Variables (`~`, `$HOME`) are kept.
 */
export function normalizeHostPath(source: string): string {
  let path = source.trim().replace(/\\/g, '/');
  path = path.replace(/^(?:\/\/|\/mnt\/)([A-Za-z])(?=\/|$)/, '$1:');
  path = path.replace(/\/{2,}/g, '/').replace(/(?:\/\.)+$/, '');
  if (path.length > 1 && !/^[A-Za-z]:\/$/.test(path)) path = path.replace(/\/+$/, '');
  return path;
}

/** Image reference parts: `ghcr.io/a/b:1.2@sha256:...` -> name, tag 1.2, digest sha256:... */
export function splitImage(ref: string): { name: string; tag?: string; digest?: string } {
  const at = ref.indexOf('@');
  const withoutDigest = at >= 0 ? ref.slice(0, at) : ref;
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  const out: { name: string; tag?: string; digest?: string } = { name: withoutDigest };
  if (colon > slash) {
    out.name = withoutDigest.slice(0, colon);
    out.tag = withoutDigest.slice(colon + 1);
  }
  if (at >= 0) out.digest = ref.slice(at + 1);
  return out;
}
