/**
 * The bench's cases, from `--cases`: `1x` is the real report; `10x` has ten
 * times its chapters, entries of every collection and dataset rows; `1000p`
 * is multiplied to at least about 1,000 pages (from the real report's page count);
 * `10000:instruments` has one collection multiplied to at least 10,000 entries.
 */
import type { DataCollectionName } from '../../schemas/data.ts';
import type { Plan } from './synthetic.ts';

export interface Case {
  /** As given on the command line, such as "10x". */
  name: string;
  /** The plan once the real report's page count and entry counts are known; undefined for the real report. */
  plan: (realPages: number, entries: ReadonlyMap<string, number>) => Plan | undefined;
  /** What the plan does, for the table. */
  describe: (realPages: number, entries: ReadonlyMap<string, number>) => string;
  /** Whether the plan needs the real report's page count. */
  needsRealPages: boolean;
}

const all = (n: number): Plan => ({ chapters: n, collections: () => n, datasets: n });

/** The cases a spec such as "1x,10x,50x,1000p,10000:instruments" names; throws on an unknown one. */
export function parseCases(spec: string, collections: readonly string[]): Case[] {
  return spec.split(',').map((name): Case => {
    const scale = /^(\d+)x$/.exec(name);
    if (scale) {
      const n = Number(scale[1]);
      return {
        name,
        plan: () => (n === 1 ? undefined : all(n)),
        describe: () => (n === 1 ? 'the real report' : `${n}× every chapter, entry and dataset row`),
        needsRealPages: false,
      };
    }
    const pages = /^(\d+)p$/.exec(name);
    if (pages) {
      // A tenth more than the plain ratio: some of the real report's pages (the lists, search, 404) do not multiply.
      const factor = (real: number): number => Math.max(2, Math.ceil((1.1 * Number(pages[1])) / Math.max(1, real)));
      return {
        name,
        plan: (real) => all(factor(real)),
        describe: (real) => `about ${pages[1]} pages: ${factor(real)}× every chapter, entry and dataset row`,
        needsRealPages: true,
      };
    }
    const one = /^(\d+):([A-Za-z]+)$/.exec(name);
    if (one && collections.includes(one[2] ?? '')) {
      const target = Number(one[1]);
      const collection = one[2] as DataCollectionName;
      const factor = (entries: ReadonlyMap<string, number>): number =>
        Math.max(2, Math.ceil(target / Math.max(1, entries.get(collection) ?? 1)));
      return {
        name,
        plan: (_real, entries) => ({ chapters: 1, collections: (c) => (c === collection ? factor(entries) : 1), datasets: 1 }),
        describe: (_real, entries) =>
          `${factor(entries) * (entries.get(collection) ?? 0)} ${collection} (${factor(entries)}× their entries), the rest as it is`,
        needsRealPages: false,
      };
    }
    throw new Error(`unknown case "${name}": expected such as 1x, 10x, 1000p or 10000:<collection> (${collections.join(', ')})`);
  });
}
