/**
 * Indexes over the validated report's lists, built once per list: a page
 * asks by id, or who points at a record, without scanning every record, so
 * building n record pages costs n lookups, not n × n.
 */
import type { ReportData } from '../../report/load.ts';

type Instrument = ReportData['instruments'][number];

const byIdCache = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/** The entries of a list by id (the first of an id, as a scan would find). */
export function byId<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  let index = byIdCache.get(list);
  if (index === undefined) {
    index = new Map();
    for (const x of list) if (!index.has(x.id)) index.set(x.id, x);
    byIdCache.set(list, index);
  }
  // Keyed by the list itself, so its entries are of its own type.
  return index as unknown as ReadonlyMap<string, T>;
}

/** Who points at an instrument: replacement links from others, in list order, and the instruments that implement it. */
export interface PointedAt {
  /** Others whose `replacedBy` (label "Replaces") or `replaces` (label "Replaced by") name it, in list order. */
  replacement: Array<{ label: 'Replaces' | 'Replaced by'; id: string }>;
  /** Others whose `implements` name it, in list order. */
  implementedBy: string[];
}

const pointedCache = new WeakMap<readonly Instrument[], Map<string, PointedAt>>();

/** The links into one instrument from the others, from an index of the whole list. */
export function pointedAt(instruments: readonly Instrument[], id: string): PointedAt {
  let index = pointedCache.get(instruments);
  if (index === undefined) {
    const made = new Map<string, PointedAt>();
    const entry = (target: string): PointedAt => {
      let e = made.get(target);
      if (e === undefined) made.set(target, (e = { replacement: [], implementedBy: [] }));
      return e;
    };
    for (const other of instruments) {
      if (other.replacedBy !== undefined) entry(other.replacedBy).replacement.push({ label: 'Replaces', id: other.id });
      if (other.replaces !== undefined) entry(other.replaces).replacement.push({ label: 'Replaced by', id: other.id });
      for (const target of new Set(other.implements)) entry(target).implementedBy.push(other.id);
    }
    index = made;
    pointedCache.set(instruments, index);
  }
  return index.get(id) ?? { replacement: [], implementedBy: [] };
}

const regionCache = new WeakMap<ReportData, Map<string, Instrument[]>>();

/** The instruments of each region (in list order), computed once from `regionsOf`. */
export function instrumentsByRegion(
  data: ReportData,
  regionsOf: (inst: Instrument) => readonly string[],
): ReadonlyMap<string, Instrument[]> {
  let index = regionCache.get(data);
  if (index === undefined) {
    index = new Map();
    for (const inst of data.instruments)
      for (const r of regionsOf(inst)) {
        const list = index.get(r) ?? [];
        list.push(inst);
        index.set(r, list);
      }
    regionCache.set(data, index);
  }
  return index;
}
