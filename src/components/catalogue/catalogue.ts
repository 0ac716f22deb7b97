/**
 * The catalogue as its pages see it: instruments, forums, regions, parties
 * and institutions of the validated report, their labels, their lifecycles and
 * the links between them. Pure functions of the report data, so they are
 * unit-testable without Astro.
 */
import type { ReportData } from '../../report/load.ts';
import { formatPartialDate } from '../../lib/format.ts';
import { hasLabel, label, meaning, values, type VocabularySite } from '../../report/vocabulary.ts';
import { byId, instrumentsByRegion, pointedAt } from './indexes.ts';
import { localized } from '../../i18n/fields.ts';
import type { Words } from './words.ts';

export type Instrument = ReportData['instruments'][number];
export type Forum = ReportData['forums'][number];
export type Region = ReportData['regions'][number];
export type Party = ReportData['parties'][number];
export type Institution = ReportData['institutions'][number];

/** The site configuration's vocabularies, where the labels and meanings of kinds, levels and statuses live. */
export type { VocabularySite as Site };

/** Labels from the report's vocabularies (content/site.yaml), in the site's language unless `locale` says otherwise. */
export const kindLabel = (site: VocabularySite, kind: string, locale?: string): string => label(site, 'instruments.kind', kind, locale);
export const levelLabel = (site: VocabularySite, level: string, locale?: string): string => label(site, 'instruments.level', level, locale);
export const statusLabel = (site: VocabularySite, status: string, locale?: string): string =>
  label(site, 'instruments.status', status, locale);
/** Levels in display order: the order of the vocabulary (from the widest to the narrowest, as a report lists them). */
export const levelOrder = (site: VocabularySite): string[] => values(site, 'instruments.level');

/** Whether an instrument was only approved as a draft: its kind or its status means "draft". */
export const isDraft = (site: VocabularySite, inst: Instrument): boolean =>
  meaning(site, 'instruments.kind', inst.kind) === 'draft' || meaning(site, 'instruments.status', inst.status) === 'draft';

/**
 * A topic's label: from the report's vocabulary `instruments.topics` when it lists the topic, else
 * the id in words ("science-and-technology" → "Science and technology").
 */
export function topicLabel(site: VocabularySite, topic: string, locale?: string): string {
  if (hasLabel(site, 'instruments.topics', topic)) return label(site, 'instruments.topics', topic, locale);
  const words = topic.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The year of a partial date. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));
/** The decade of a partial date, as a facet value: "1990s". */
export const decadeOf = (date: string, w?: Words): string => {
  const decade = String(Math.floor(yearOf(date) / 10) * 10);
  return w === undefined ? `${decade}s` : w.t('record.decade', { decade });
};
export { formatPartialDate as dateLabel };

/** A date that sorts, for Pagefind's data-pagefind-sort: partial dates padded ("1995" → "1995-00-00"). */
export const sortableDate = (date: string): string => `${date}-00-00`.slice(0, 10);

/** The date an instrument is listed under: signature, else entry into force. */
export const instrumentDate = (i: Instrument): string | undefined => i.signed ?? i.inForce;

/** Instruments by date (undated last, by their short title in `locale`), for lists and the timeline. */
export function byDate(list: readonly Instrument[], locale = 'en'): Instrument[] {
  const collator = new Intl.Collator(locale);
  const title = (i: Instrument): string => localized(i, 'shortTitle', locale);
  return [...list].sort((a, b) => {
    const da = instrumentDate(a);
    const db = instrumentDate(b);
    if (da === undefined || db === undefined) return da === db ? collator.compare(title(a), title(b)) : da === undefined ? 1 : -1;
    return sortableDate(da).localeCompare(sortableDate(db)) || collator.compare(title(a), title(b));
  });
}

/** Looks an id up in a collection; the validator has checked that it exists. */
export function lookup<T extends { id: string }>(list: readonly T[], id: string): T {
  const found = byId(list).get(id);
  if (!found) throw new Error(`unknown id "${id}": the report should have been validated`);
  return found;
}

/** Regions an instrument concerns: its own `regions` and the parties that are regions. */
export function instrumentRegions(inst: Instrument, data: ReportData): string[] {
  const fromParties = inst.parties.map((p) => lookup(data.parties, p).region).filter((r): r is string => r !== undefined);
  return [...new Set([...inst.regions, ...fromParties])];
}

/** One event in a record's life, for its timeline. */
export interface LifeEvent {
  date: string;
  label: string;
  /** The instrument that caused it (the replacing one), if another. */
  other?: string | undefined;
}

/** Signature, ratifications and accessions, entry into force, replacement, and the status as of its date, in the words of `w`. */
export function lifecycle(inst: Instrument, data: ReportData, site: VocabularySite, w: Words): LifeEvent[] {
  const events: LifeEvent[] = [];
  const { t, code } = w;
  if (inst.signed)
    events.push({ date: inst.signed, label: t(isDraft(site, inst) ? 'record.instrument.approvedDraft' : 'record.instrument.signed') });
  for (const a of inst.actions) {
    const key = { signature: 'record.event.signedBy', ratification: 'record.event.ratifiedBy', accession: 'record.event.joinedBy' }[
      a.action
    ];
    events.push({ date: a.date, label: t(key, { party: localized(lookup(data.parties, a.party), 'name', code) }) });
  }
  if (inst.inForce) events.push({ date: inst.inForce, label: t('record.event.inForce') });
  if (inst.replacedBy) {
    const by = lookup(data.instruments, inst.replacedBy);
    const when = instrumentDate(by);
    if (when) events.push({ date: when, label: t('record.event.replacedBy', { title: localized(by, 'shortTitle', code) }), other: by.id });
  }
  events.sort((a, b) => sortableDate(a.date).localeCompare(sortableDate(b.date)));
  events.push({
    date: inst.statusAsOf,
    label: t('record.event.status', { status: statusLabel(site, inst.status, code).toLocaleLowerCase(code) }),
  });
  return events;
}

/** Relations of an instrument in both directions, for its page; `relation` names its message ("record.relation.<relation>"). */
export interface Relation {
  relation: 'replaces' | 'replacedBy' | 'implements' | 'implementedBy';
  id: string;
}

export function relations(inst: Instrument, data: ReportData): Relation[] {
  const out: Relation[] = [];
  if (inst.replaces) out.push({ relation: 'replaces', id: inst.replaces });
  if (inst.replacedBy) out.push({ relation: 'replacedBy', id: inst.replacedBy });
  const into = pointedAt(data.instruments, inst.id);
  for (const r of into.replacement) {
    const relation = r.label === 'Replaces' ? 'replaces' : 'replacedBy';
    if (relation === 'replaces' ? inst.replaces !== r.id : inst.replacedBy !== r.id) out.push({ relation, id: r.id });
  }
  for (const id of inst.implements) out.push({ relation: 'implements', id });
  for (const id of into.implementedBy) out.push({ relation: 'implementedBy', id });
  return out;
}

/** Instruments that concern a region: as a party, or named in their `regions`. */
export function regionInstruments(regionId: string, data: ReportData): Instrument[] {
  return byDate(instrumentsByRegion(data, (i) => instrumentRegions(i, data)).get(regionId) ?? []);
}

/** A forum's name in the words of `w`: "XII Forum, Sochi 2015". */
export function forumTitle(f: Forum, w: Words): string {
  const params = { city: localized(f, 'city', w.code), year: String(yearOf(f.date)) };
  return f.number === undefined
    ? w.t('record.forum.titleUnnumbered', params)
    : w.t('record.forum.title', { ...params, number: toRoman(f.number) });
}

export { toRoman } from '../../lib/format.ts';
import { toRoman } from '../../lib/format.ts';

/** Forums in date order. */
export const forumsByDate = (data: ReportData): Forum[] =>
  [...data.forums].sort((a, b) => sortableDate(a.date).localeCompare(sortableDate(b.date)));

/** A country's name from the parties whose kind means "state" ("KZ" → "Kazakhstan"), else its code. */
export function countryName(code: string, data: ReportData, site: VocabularySite, locale?: string): string {
  const state = data.parties.find((p) => meaning(site, 'parties.kind', p.kind) === 'state' && p.country === code);
  return state === undefined ? code : locale === undefined ? state.name : localized(state, 'name', locale);
}

/** Countries of the report's regions, in order of first appearance. */
export const countries = (data: ReportData): string[] => [...new Set(data.regions.map((r) => r.country))];
