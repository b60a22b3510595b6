import { UserError } from '../io/errors.js';
import { loadKnowledge } from '../io/knowledge-loader.js';
import { collectJsonFiles, importedPath, storeImported } from '../io/advisory-store.js';
import { advisoryRows } from '../core/servers/lookup.js';
import { importOsv } from '../core/servers/import.js';

/** `mcp-operator advisories [--json]`: every advisory the review matches, and where each came from. */
export async function advisoriesCommand(options: { json?: boolean }): Promise<number> {
  const k = await loadKnowledge();
  const rows = advisoryRows(k.advisories);
  if (options.json) {
    const imported = k.advisories.filter((a) => a.origin === 'imported').length;
    process.stdout.write(`${JSON.stringify({ count: k.advisories.length, builtIn: k.advisories.length - imported, imported, importedFrom: importedPath(), advisories: rows }, null, 2)}\n`);
    return 0;
  }
  const lines = rows.map((r) => `${r.id.padEnd(20)} ${r.severity.padEnd(8)} ${r.ecosystem.padEnd(4)} ${r.package} ${r.affected}${r.fixed.length ? ` (fixed ${r.fixed.join(', ')})` : ' (no fix known)'}${r.origin === 'imported' ? ` [imported from ${r.file}]` : ''}`);
  const imported = k.advisories.filter((a) => a.origin === 'imported').length;
  lines.push('', `${k.advisories.length} advisories (${k.advisories.length - imported} built-in, ${imported} imported). Each built-in record says where it was confirmed: mcp-operator advisories --json.`);
  lines.push('Stay current offline: mcp-operator advisories import PATH (OSV JSON: a file, an array or a folder, e.g. a github/advisory-database or osv.dev export).');
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** `mcp-operator advisories import PATH...`: keep the OSV records that name an npm or PyPI package. */
export async function advisoriesImportCommand(paths: string[]): Promise<number> {
  if (paths.length === 0) throw new UserError('advisories import needs a file or folder of OSV JSON records');
  const { files, skipped: unreadable } = collectJsonFiles(paths);
  if (files.length === 0) throw new UserError(`no JSON files in ${paths.join(', ')}${unreadable.length ? ` (${unreadable[0]!.file}: ${unreadable[0]!.reason})` : ''}: nothing imported`);
  const result = importOsv(files);
  const skipped = [...unreadable, ...result.skipped];
  const builtIn = (await loadKnowledge()).advisories.filter((a) => a.origin === 'built-in');
  const taken = new Set(builtIn.flatMap((a) => [a.id, ...a.aliases]));
  const shadowed = result.accepted.filter((r) => taken.has(r.record.id) || (r.record.aliases ?? []).some((x) => taken.has(x)));
  for (const s of skipped.slice(0, 20)) process.stderr.write(`skipped ${s.file}: ${s.reason}\n`);
  if (skipped.length > 20) process.stderr.write(`skipped ${skipped.length - 20} more\n`);
  if (result.accepted.length === 0) {
    const why = skipped.length ? `every record was skipped (${skipped[0]!.reason}${skipped.length > 1 ? `, and ${skipped.length - 1} more` : ''})` : 'no records found';
    throw new UserError(`nothing imported from ${paths.join(', ')}: ${why}`);
  }
  const stored = storeImported(result);
  const lines = [`imported ${stored.stored} advisor${stored.stored === 1 ? 'y' : 'ies'} from ${files.length} file${files.length === 1 ? '' : 's'} (${skipped.length} skipped) into ${stored.path}`];
  if (shadowed.length) lines.push(`${shadowed.length} of them match a built-in record (${shadowed.slice(0, 3).map((r) => r.record.id).join(', ')}${shadowed.length > 3 ? ', ...' : ''}): the built-in one is used`);
  lines.push(`${stored.total} imported advisories in all; the next review uses them with the ${builtIn.length} built-in ones.`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
