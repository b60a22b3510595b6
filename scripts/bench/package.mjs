// Install footprint and cold first run for npm run bench: what a registry user gets from the tarball.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The environment without npm's own settings (npm run sets npm_config_*), so each npm run here is configured only by its flags. */
function npmEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
}

function npm(args, cwd) {
  const start = process.hrtime.bigint();
  const r = spawnSync('npm', args, { cwd, env: npmEnv(), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed: ${r.stderr}`);
  return { out: r.stdout, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** Packages (folders with a package.json) and bytes of every file under node_modules. */
function footprint(dir) {
  let packages = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p, { throwIfNoEntry: false });
      if (!s) continue;
      if (s.isDirectory()) {
        if (existsSync(join(p, 'package.json')) && !p.endsWith('node_modules')) packages += 1;
        walk(p);
      } else bytes += s.size;
    }
  };
  walk(dir);
  return { packages, bytes };
}

/**
 * Pack the package (dist/ as just built), then `runs` times: install the tarball into an empty
 * prefix from an empty cache, offline (it needs nothing else), and time the first run of the
 * installed command (--version) and the first `mcp` answer to tools/list. `timeMcp(bin)` measures
 * the latter the same way as the start-up row of the table.
 */
export async function packageBench({ root, benchDir, env, runs, median, timeCommand, timeMcp }) {
  const work = join(benchDir, 'package');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'out'), { recursive: true });
  const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', join(work, 'out')], root).out)[0];
  const tarball = join(work, 'out', packed.filename);
  const installs = [];
  const firstRuns = [];
  const firstMcp = [];
  let size;
  let bin;
  for (let i = 0; i < runs; i += 1) {
    const prefix = join(work, `prefix-${i}`);
    mkdirSync(prefix, { recursive: true });
    installs.push(npm(['install', '--offline', '--no-audit', '--no-fund', '--cache', join(work, `cache-${i}`), '--prefix', prefix, tarball], work).ms);
    size = footprint(join(prefix, 'node_modules'));
    bin = join(prefix, 'node_modules', 'mcpserver-operator', 'dist', 'bin.cjs');
    firstRuns.push(timeCommand([bin, '--version'], env));
    firstMcp.push(await timeMcp(bin));
  }
  return {
    tarball: packed.size,
    unpacked: packed.unpackedSize,
    files: packed.entryCount,
    packages: size.packages,
    bytes: size.bytes,
    install: median(installs),
    firstRun: median(firstRuns),
    firstMcp: median(firstMcp),
    /** The command of the last install, for the review figures. */
    bin,
  };
}
