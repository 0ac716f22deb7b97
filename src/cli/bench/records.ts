/**
 * Multiplies a report's data collections: copy k of every entry gets a new
 * id its collection accepts (src/cli/bench/ids.ts), and the cross-references
 * inside it point at copy k of their targets (src/cli/bench/refs.ts), so
 * pairs such as replaces/replacedBy stay consistent within each copy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { dataFiles } from '../../report/paths.ts';
import type { DataCollectionName } from '../../schemas/data.ts';
import { IdMaker } from './ids.ts';
import { boundaryKeyed, undrawn } from './maps.ts';
import { entrySchema, idAccepted, renameRefs } from './refs.ts';

type Entry = Record<string, unknown>;

/** A YAML list of entries with string ids; undefined for anything else. */
function readEntries(file: string): Entry[] | undefined {
  if (!fs.existsSync(file)) return undefined;
  const rows: unknown = parseDocument(fs.readFileSync(file, 'utf8')).toJS();
  if (!Array.isArray(rows)) return undefined;
  const ok = rows.every((r): r is Entry => typeof r === 'object' && r !== null && typeof (r as { id?: unknown }).id === 'string');
  return ok ? rows : undefined;
}

/**
 * Rewrites each collection file of the report at `root` with `copies(name)`
 * times its entries (the originals first). Returns the entry count of each
 * collection after multiplying.
 */
export function multiplyCollections(root: string, copies: (collection: DataCollectionName) => number): Map<DataCollectionName, number> {
  const names = Object.keys(dataFiles) as DataCollectionName[];
  const entries = new Map<DataCollectionName, Entry[]>();
  for (const name of names) {
    const rows = readEntries(path.join(root, dataFiles[name]));
    if (rows) entries.set(name, rows);
  }
  // Every copy's id first, so a reference may point forward.
  const idsOf = new Map<DataCollectionName, Map<string, string[]>>();
  for (const [name, rows] of entries) {
    const n = Math.max(1, Math.floor(copies(name)));
    const maker = new IdMaker(
      rows.map((r) => String(r['id'])),
      idAccepted(name),
    );
    const byId = new Map<string, string[]>();
    for (const r of rows) byId.set(String(r['id']), []);
    for (let k = 1; k < n; k++) for (const r of rows) byId.get(String(r['id']))?.push(maker.next(String(r['id']), k));
    idsOf.set(name, byId);
  }
  const counts = new Map<DataCollectionName, number>();
  for (const [name, rows] of entries) {
    const n = Math.max(1, Math.floor(copies(name)));
    const out: Entry[] = [...rows];
    for (let k = 1; k < n; k++) {
      const rename = (collection: string, id: string): string =>
        collection === boundaryKeyed ? id : (idsOf.get(collection as DataCollectionName)?.get(id)?.[k - 1] ?? id);
      for (const row of rows) {
        const copy = renameRefs(entrySchema(name), row, rename) as Entry;
        copy['id'] = idsOf.get(name)?.get(String(row['id']))?.[k - 1];
        out.push(name === boundaryKeyed ? undrawn(copy) : copy);
      }
    }
    counts.set(name, out.length);
    if (n > 1) fs.writeFileSync(path.join(root, dataFiles[name]), stringify(out, { lineWidth: 0 }));
  }
  return counts;
}
