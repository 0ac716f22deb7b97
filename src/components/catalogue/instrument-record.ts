/**
 * An instrument's record as its page lists it (the fields, labelled from the
 * report's vocabularies), and its legal force in schema.org terms, which the
 * engine reads from what the status means (`means:` in site.yaml).
 */
import type { ReportData } from '../../report/load.ts';
import { meaning, type VocabularySite } from '../../report/vocabulary.ts';
import { instrumentRegions, isDraft, kindLabel, levelLabel, lookup, statusLabel, topicLabel, type Instrument } from './catalogue.ts';
import { recordPath } from './record-targets.ts';
import type { Words } from './words.ts';
import { localized, translatedKey } from '../../i18n/fields.ts';
import type { RecordField } from './record-page.ts';

/** schema.org's legal force of a status, by its meaning; none for a status with no meaning (signed, not stated). */
export function legalForce(site: VocabularySite, status: string): string | undefined {
  const means = meaning(site, 'instruments.status', status);
  return means === 'in-force' ? 'https://schema.org/InForce' : means === 'not-in-force' ? 'https://schema.org/NotInForce' : undefined;
}

/** The fields of an instrument's record, in the order of its page and the words of `w`; absent data leaves its field out. */
export function instrumentFields(inst: Instrument, data: ReportData, site: VocabularySite, w: Words): RecordField[] {
  const { t, code } = w;
  const at = (field: 'title' | 'shortTitle' | 'place'): string | undefined => localized(inst, field, code);
  const place = at('place');
  const regionHref = (id: string): string => w.href(recordPath('region', id));
  // The original title, in the page's own language and the same as its title, is the title: its source goes there.
  const original = inst.originalTitle;
  const originalIsTitle = original !== undefined && original.lang === code && original.text === at('title');
  const originalSources = original?.source ?? inst.sources?.originalTitle;
  // A translated field's own source ("title@ru"), else the field's.
  const titleSources =
    inst.sources?.[translatedKey('title', code)] ?? (originalIsTitle ? originalSources : undefined) ?? inst.sources?.title;
  const fields: Array<RecordField | false | '' | undefined> = [
    titleSources && { term: t('record.instrument.title'), value: at('title') ?? inst.title, sources: titleSources },
    { term: t('record.instrument.shortTitle'), value: at('shortTitle') ?? inst.shortTitle, weight: '8' },
    original &&
      !originalIsTitle && {
        term: t('record.instrument.originalTitle'),
        value: { text: original.text, lang: original.lang === code ? undefined : original.lang, weight: '8' },
        sources: originalSources,
      },
    { term: t('record.instrument.kind'), value: kindLabel(site, inst.kind, code), filter: 'kind' },
    { term: t('record.instrument.level'), value: levelLabel(site, inst.level, code), filter: 'level' },
    {
      term: t('record.instrument.parties'),
      list: 'inline-list',
      value: inst.parties
        .map((id) => lookup(data.parties, id))
        .map((p) => ({
          text: localized(p, 'name', code),
          filter: 'party',
          href: p.region === undefined ? undefined : regionHref(p.region),
        })),
    },
    inst.signed && {
      term: t(isDraft(site, inst) ? 'record.instrument.approvedDraft' : 'record.instrument.signed'),
      value: `${w.date(inst.signed)}${place ? `, ${place}` : ''}`,
      sources: [...(inst.sources?.signed ?? []), ...(inst.sources?.place ?? []), ...(inst.sources?.[translatedKey('place', code)] ?? [])],
    },
    !inst.signed && place !== undefined && { term: t('record.instrument.place'), value: place, sources: inst.sources?.place },
    inst.inForce && { term: t('record.instrument.inForce'), value: w.date(inst.inForce), sources: inst.sources?.inForce },
    inst.actions.length > 0 && {
      term: t('record.instrument.actions'),
      list: 'plain',
      value: inst.actions.map((a) => ({
        text: t('record.instrument.action', {
          party: localized(lookup(data.parties, a.party), 'name', code),
          action: t(`record.instrument.action.${a.action}`),
          date: w.date(a.date),
        }),
      })),
      sources: inst.sources?.actions,
    },
    {
      term: t('record.instrument.status'),
      value: { text: statusLabel(site, inst.status, code), class: 'status' },
      note: t(inst.sources?.status ? 'record.instrument.statusAsOf' : 'record.instrument.statusAsReported', {
        date: w.date(inst.statusAsOf),
      }),
      sources: inst.sources?.status,
    },
    inst.topics.length > 0 && {
      term: t('record.instrument.topics'),
      list: 'tags',
      value: inst.topics.map((topic) => ({ text: topicLabel(site, topic, code), filter: 'topic' })),
    },
    {
      term: t('record.instrument.regions'),
      list: 'inline-list',
      value: instrumentRegions(inst, data).map((id) => ({
        text: localized(lookup(data.regions, id), 'name', code),
        href: regionHref(id),
        filter: 'region',
      })),
    },
  ];
  return fields.filter((f): f is RecordField => typeof f === 'object' && !(Array.isArray(f.value) && f.value.length === 0));
}
