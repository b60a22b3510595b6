import type { ReviewRule } from '../types.js';
import { dockerRun, flagsNamed, isOn, withRunOptions, type DockerRun } from '../docker-args.js';

/** One hardening control: whether the run has it, and the words that add it (none for --user). */
interface Control {
  label: string;
  present: (run: DockerRun) => boolean;
  add?: (run: DockerRun) => string[];
}

const has = (run: DockerRun, name: string): boolean => flagsNamed(run, name).some((f) => f.value !== undefined && f.value.trim() !== '');

const CONTROLS: Control[] = [
  {
    label: '--cap-drop ALL',
    present: (run) => flagsNamed(run, '--cap-drop').some((f) => (f.value ?? '').split(',').some((c) => /^\s*(CAP_)?ALL\s*$/i.test(c))),
    add: () => ['--cap-drop', 'ALL'],
  },
  {
    label: '--security-opt no-new-privileges',
    present: (run) => flagsNamed(run, '--security-opt').some((f) => /^no-new-privileges(?:[:=](?:true|1))?$/i.test((f.value ?? '').trim())),
    add: () => ['--security-opt', 'no-new-privileges'],
  },
  {
    label: '--read-only',
    present: (run) => flagsNamed(run, '--read-only').some(isOn),
    add: (run) => ['--read-only', ...(run.volumes.some((v) => v.target?.replace(/\/+$/, '') === '/tmp') ? [] : ['--tmpfs', '/tmp'])],
  },
  {
    label: '--user',
    present: (run) => has(run, '--user') || flagsNamed(run, '--userns').some((f) => /^keep-id/i.test(f.value ?? '')),
  },
  { label: '--memory', present: (run) => has(run, '--memory'), add: () => ['--memory', '512m'] },
  { label: '--pids-limit', present: (run) => has(run, '--pids-limit'), add: () => ['--pids-limit', '256'] },
];

const missing = (run: DockerRun): Control[] => CONTROLS.filter((c) => !c.present(run));

function remediation(gaps: Control[], run: DockerRun): string {
  const words = gaps.flatMap((g) => g.add?.(run) ?? []);
  const steps: string[] = [];
  if (words.length > 0) steps.push(`add ${words.join(' ')} after run (adjust the limits to the server)`);
  if (gaps.some((g) => !g.add)) steps.push('run it as a non-root --user uid:gid that owns what it writes (the review cannot derive one)');
  if (!has(run, '--cpus')) steps.push('consider --cpus 1 as well');
  const text = steps.join('; ');
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}. If the server then fails, find the one thing it needs instead of dropping a flag.`;
}

/** A container run without the usual hardening flags: one finding listing what is missing. */
export const containerHardening: ReviewRule = {
  id: 'MCPR-CTR-004',
  category: 'container-privilege',
  title: 'Container run without hardening flags',
  why: 'A plain docker run keeps a writable root filesystem, Docker\'s default capabilities, the image\'s user (often root) and no resource limits. The MCP Security Best Practices ask for local servers to be sandboxed with minimal default privileges, and Docker\'s MCP Gateway starts every server with no-new-privileges and CPU and memory limits by default.',
  howToFix: 'Add --cap-drop ALL, --security-opt no-new-privileges, --read-only with a --tmpfs /tmp, a non-root --user and --memory, --cpus and --pids-limit; loosen one only when the server is shown to need it.',
  lesson: 'harden-the-container',
  check: (server) => {
    const run = dockerRun(server);
    if (!run) return [];
    const gaps = missing(run);
    if (gaps.length === 0) return [];
    const labels = gaps.map((g) => g.label);
    const fixable = gaps.some((g) => g.add);
    return [
      {
        severity: 'low',
        field: `args[${run.runIndex}]`,
        message: `${server.name} starts its container without ${labels.join(', ')}.`,
        evidence: `missing: ${labels.join(', ')}`,
        remediation: remediation(gaps, run),
        ...(fixable
          ? {
              fix: (entry) => {
                const current = dockerRun(entry);
                if (!current) return entry;
                return withRunOptions(entry, missing(current).flatMap((g) => g.add?.(current) ?? []));
              },
            }
          : {}),
      },
    ];
  },
};
