// Runs before `npm test`: the real-terminal tests need tmux. Installs it on Debian/Ubuntu when
// running as root (as in CI and on a fresh machine of this project); otherwise says how.
import { execFileSync, spawnSync } from 'node:child_process';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

if (!has('tmux')) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && has('apt-get')) {
    console.log('pretest: installing tmux for the real-terminal tests');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'tmux'], { stdio: 'inherit', env });
  } else {
    console.error('pretest: the real-terminal tests need tmux; install it (apt-get install tmux, brew install tmux) and run npm test again');
    process.exit(1);
  }
}
