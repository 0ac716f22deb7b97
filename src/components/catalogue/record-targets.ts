/**
 * Record link targets (`instrument:treaty-friendship-1992`) and record page
 * paths. Pure, with no imports from the report loader, so the validator's
 * static scan (src/report/scan.ts) and the pages share one definition.
 */
import type { CollectionName } from '../../schemas/common.ts';

/** The record kinds a link can name, the collection each id lives in, and the folder of their pages. */
export const recordKinds = {
  instrument: { collection: 'instruments', folder: 'treaties' },
  forum: { collection: 'forums', folder: 'forums' },
  region: { collection: 'regions', folder: 'regions' },
  institution: { collection: 'institutions', folder: 'institutions' },
} as const satisfies Record<string, { collection: CollectionName; folder: string }>;
export type RecordKind = keyof typeof recordKinds;

const isKind = (k: string): k is RecordKind => Object.hasOwn(recordKinds, k);

/** A link target `kind:id`, or undefined when the target is an ordinary URL. */
export function parseRecordTarget(url: string): { kind: RecordKind; id: string } | undefined {
  const m = /^([a-z]+):([A-Za-z0-9-]+)$/.exec(url);
  if (!m || !isKind(m[1] ?? '')) return undefined;
  return { kind: m[1] as RecordKind, id: m[2] ?? '' };
}

/** Record link targets in raw MDX text: `](instrument:some-id)`, with the offset of each. */
export function* recordTargetsIn(text: string): Generator<{ kind: RecordKind; id: string; index: number }> {
  for (const m of text.matchAll(/\]\(([a-z]+:[A-Za-z0-9-]+)\)/g)) {
    const target = parseRecordTarget(m[1] ?? '');
    if (target) yield { ...target, index: m.index };
  }
}

/** The URL slug of a record id: region codes ("KZ-KUS") are lower-cased ("kz-kus"). */
export const recordSlug = (id: string): string => id.toLowerCase();

/** The site path of a record page, without the base: "/treaties/treaty-friendship-1992/". */
export function recordPath(kind: RecordKind, id: string): string {
  return `/${recordKinds[kind].folder}/${recordSlug(id)}/`;
}

/** Joins a base ("/", "/report", "/report/") and a site path. */
export function joinBase(base: string, sitePath: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${sitePath.replace(/^\//, '')}`;
}
