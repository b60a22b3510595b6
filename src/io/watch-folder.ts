import { watch, statSync, readdirSync, type FSWatcher } from 'node:fs';
import { dirname, join } from 'node:path';

export interface FolderWatch {
  close(): void;
}

export interface WatchOptions {
  /** Quiet time after the last event before `onChange` runs (editors write in several steps). */
  debounceMs?: number;
  /** How often the files are also compared by size, time and inode, in case an event was missed. */
  pollMs?: number;
}

/** Size, modification time and inode of each file, and the names in the top folder: changes when a save lands. */
function signature(root: string, paths: readonly string[]): string {
  const parts: string[] = [];
  for (const rel of paths) {
    try {
      const s = statSync(join(root, ...rel.split('/')));
      parts.push(`${rel}:${s.size}:${s.mtimeMs}:${s.ino}`);
    } catch {
      parts.push(`${rel}:-`);
    }
  }
  try {
    parts.push(readdirSync(root).sort().join('/'));
  } catch {
    parts.push('-');
  }
  return parts.join('|');
}

/**
 * Watch a workspace the way editors save into it. fs.watch follows the folders, not the files:
 * an editor that writes a temporary file and renames it over the original replaces the file's
 * inode, which a watcher on the file itself stops seeing, while the folder reports the rename.
 * Each folder holding a watched file is watched (and watched again if it was replaced), and a
 * light poll compares size, time and inode as a safety net for missed events (network folders,
 * a watcher that hit the inotify limit). Events are debounced into one `onChange`.
 */
export function watchFolder(root: string, paths: readonly string[], onChange: () => void, options: WatchOptions = {}): FolderWatch {
  const debounceMs = options.debounceMs ?? 120;
  const pollMs = options.pollMs ?? 400;
  const folders = [...new Set([root, ...paths.map((p) => dirname(join(root, ...p.split('/'))))])];
  const watchers = new Map<string, { watcher: FSWatcher; ino: number }>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let last = signature(root, paths);

  const schedule = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (closed) return;
      last = signature(root, paths);
      onChange();
    }, debounceMs);
  };

  const inode = (folder: string): number | undefined => {
    try {
      return statSync(folder).ino;
    } catch {
      return undefined;
    }
  };

  const attach = () => {
    for (const folder of folders) {
      const ino = inode(folder);
      const current = watchers.get(folder);
      if (current) {
        // A folder removed, or replaced by another of the same name, leaves the old watcher silent: watch it again.
        if (ino === current.ino) continue;
        current.watcher.close();
        watchers.delete(folder);
      }
      if (ino === undefined) continue;
      try {
        const watcher = watch(folder, { persistent: true }, schedule);
        watcher.on('error', () => {
          watcher.close();
          if (watchers.get(folder)?.watcher === watcher) watchers.delete(folder);
        });
        watchers.set(folder, { watcher, ino });
      } catch {
        // no more watchers (the inotify limit): the poll covers it
      }
    }
  };

  attach();
  const poll = setInterval(() => {
    if (closed) return;
    attach();
    const now = signature(root, paths);
    if (now !== last) {
      last = now;
      schedule();
    }
  }, pollMs);
  poll.unref();

  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      clearInterval(poll);
      for (const w of watchers.values()) w.watcher.close();
      watchers.clear();
    },
  };
}
