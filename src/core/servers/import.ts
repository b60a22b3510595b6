import type { SourceFile } from '../content/catalogue.js';
import { fromOsv, reviewEcosystem, type Advisory } from './advisories.js';
import { osvSchema, type OsvRecord } from './schema.js';

export interface ImportResult {
  /** Records kept: they name at least one npm or PyPI package. */
  accepted: Array<{ file: string; record: OsvRecord }>;
  /** Files or records left out, each with the reason. */
  skipped: Array<{ file: string; reason: string }>;
}

/**
 * Read OSV records from files: one record, an array of records, or {vulns: [...]} (an osv.dev
 * query answer). Keeps those that name a package in an ecosystem the review matches, and only
 * the affected entries of those ecosystems.
 */
export function importOsv(files: readonly SourceFile[]): ImportResult {
  const result: ImportResult = { accepted: [], skipped: [] };
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(file.text);
    } catch (error) {
      result.skipped.push({ file: file.path, reason: `not JSON (${(error as Error).message.split('\n')[0]})` });
      continue;
    }
    const list = Array.isArray(data) ? data : data !== null && typeof data === 'object' && Array.isArray((data as { vulns?: unknown }).vulns) ? (data as { vulns: unknown[] }).vulns : [data];
    if (list.length === 0) {
      result.skipped.push({ file: file.path, reason: 'holds no records' });
      continue;
    }
    list.forEach((item, i) => {
      const where = list.length > 1 ? `${file.path} [${i}]` : file.path;
      const parsed = osvSchema.safeParse(item);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        result.skipped.push({ file: where, reason: `not an OSV record (${issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'invalid'})` });
        return;
      }
      const record = parsed.data;
      if (record.withdrawn) {
        result.skipped.push({ file: where, reason: `${record.id} was withdrawn` });
        return;
      }
      const affected = (record.affected ?? []).filter((a) => a.package && reviewEcosystem(a.package.ecosystem));
      if (affected.length === 0) {
        const ecos = [...new Set((record.affected ?? []).map((a) => a.package?.ecosystem).filter(Boolean))];
        result.skipped.push({ file: where, reason: `${record.id} names no npm or PyPI package${ecos.length ? ` (only ${ecos.join(', ')})` : ''}` });
        return;
      }
      if (!affected.some((a) => (a.ranges?.length ?? 0) > 0 || (a.versions?.length ?? 0) > 0)) {
        result.skipped.push({ file: where, reason: `${record.id} gives no affected versions or ranges` });
        return;
      }
      result.accepted.push({ file: where, record: { ...record, affected } });
    });
  }
  return result;
}

/** The imported records as advisories. */
export function importedAdvisories(records: ReadonlyArray<{ file: string; record: OsvRecord }>): Advisory[] {
  return records.flatMap(({ file, record }) => {
    const adv = fromOsv(record, 'imported', file);
    return adv ? [adv] : [];
  });
}
