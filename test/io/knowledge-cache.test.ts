import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KNOWLEDGE_CACHE, knowledgeCacheText, loadBuiltInKnowledgeSync, readKnowledgeSources, statKnowledgeSources } from '../../src/io/knowledge-loader.js';
import { rawKnowledge } from '../../src/io/knowledge-raw.js';
import { buildKnowledge } from '../../src/core/servers/knowledge.js';

/** A small knowledge tree (two servers, one advisory, one tool) with a build cache whose github entry is marked, to see which was read. */
function tree(parent: string): string {
  const root = join(parent, 'pkg');
  for (const f of ['servers/github.yaml', 'servers/mcp-remote.yaml', 'advisories/GHSA-6xpm-ggf7-wc3p.json', 'toolbox/docker-mcp-gateway.yaml']) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    cpSync(join(process.cwd(), f), join(root, f));
  }
  const sources = readKnowledgeSources(root);
  const raw = rawKnowledge(sources);
  const k = buildKnowledge(
    raw.servers.map((s) => (s.id === 'github' ? { ...s, name: 'FROM THE CACHE' } : s)),
    raw.advisories,
    raw.tools,
  );
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, KNOWLEDGE_CACHE), knowledgeCacheText(sources, k, statKnowledgeSources(root)));
  return root;
}

const githubName = (root: string) => loadBuiltInKnowledgeSync(root).servers.find((s) => s.id === 'github')?.name;

/** Change one character of a file and keep its size, then give it a new modification time. */
function editSameSize(file: string): void {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace('GitHub', 'GitHuB'));
  utimesSync(file, new Date(), new Date(Date.now() + 5000));
}

describe('knowledge cache: used without reading the sources only when they are unchanged', () => {
  it('a tree untouched since the build uses the cache', () => {
    expect(githubName(tree(mkdtempSync(join(tmpdir(), 'kc-'))))).toBe('FROM THE CACHE');
  });

  it('a development tree with a same-size edit reads the sources (the edit is seen)', () => {
    const root = tree(mkdtempSync(join(tmpdir(), 'kc-')));
    editSameSize(join(root, 'servers/github.yaml'));
    expect(githubName(root)).not.toBe('FROM THE CACHE');
    expect(githubName(root)).toMatch(/GitHuB/);
  });

  it('a touched but unchanged file still uses the cache (the content hash matches)', () => {
    const root = tree(mkdtempSync(join(tmpdir(), 'kc-')));
    utimesSync(join(root, 'servers/github.yaml'), new Date(), new Date(Date.now() + 5000));
    expect(githubName(root)).toBe('FROM THE CACHE');
  });

  it('an installed package (under node_modules, times reset) uses the shipped cache while its files are the same by name, and not when one is added or removed', () => {
    const parent = join(mkdtempSync(join(tmpdir(), 'kc-')), 'node_modules');
    mkdirSync(parent);
    const root = tree(parent);
    utimesSync(join(root, 'servers/github.yaml'), new Date(), new Date(Date.now() + 5000));
    writeFileSync(join(root, 'servers/mcp-remote.yaml'), `${readFileSync(join(root, 'servers/mcp-remote.yaml'), 'utf8')}\n`);
    expect(githubName(root)).toBe('FROM THE CACHE');
    const added = tree(mkdtempSync(join(parent, 'x-')));
    cpSync(join(added, 'servers/github.yaml'), join(added, 'servers/github-copy.yaml'));
    writeFileSync(join(added, 'servers/github-copy.yaml'), readFileSync(join(added, 'servers/github-copy.yaml'), 'utf8').replace(/^id: github$/m, 'id: github-copy'));
    expect(githubName(added)).not.toBe('FROM THE CACHE');
    const removed = tree(mkdtempSync(join(parent, 'y-')));
    rmSync(join(removed, 'servers/mcp-remote.yaml'));
    expect(githubName(removed)).not.toBe('FROM THE CACHE');
  });
});
