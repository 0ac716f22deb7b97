/**
 * An instrument's record as its page lists it (the fields, labelled from the
 * report's vocabularies), and its legal force in schema.org terms, which the
 * engine reads from what the status means (`means:` in site.yaml).
 */
import type { ReportData } from '../../report/load.ts';
import { meaning, type VocabularySite } from '../../report/vocabulary.ts';
import {
  dateLabel,
  instrumentRegions,
  isDraft,
  kindLabel,
  levelLabel,
  lookup,
  statusLabel,
  topicLabel,
  type Instrument,
} from './catalogue.ts';
import { recordHref } from './hrefs.ts';
import type { RecordField } from './record-page.ts';

/** schema.org's legal force of a status, by its meaning; none for a status with no meaning (signed, not stated). */
export function legalForce(site: VocabularySite, status: string): string | undefined {
  const means = meaning(site, 'instruments.status', status);
  return means === 'in-force' ? 'https://schema.org/InForce' : means === 'not-in-force' ? 'https://schema.org/NotInForce' : undefined;
}

/** The fields of an instrument's record, in the order of its page; absent data leaves its field out. */
export function instrumentFields(inst: Instrument, data: ReportData, site: VocabularySite): RecordField[] {
  const fields: Array<RecordField | false | '' | undefined> = [
    inst.sources?.title && { term: 'Title', value: inst.title, sources: inst.sources.title },
    { term: 'Short name', value: inst.shortTitle, weight: '8' },
    inst.originalTitle && {
      term: 'Original title',
      value: { text: inst.originalTitle.text, lang: inst.originalTitle.lang, weight: '8' },
      sources: inst.originalTitle.source ?? inst.sources?.originalTitle,
    },
    { term: 'Kind', value: kindLabel(site, inst.kind), filter: 'kind' },
    { term: 'Level', value: levelLabel(site, inst.level), filter: 'level' },
    {
      term: 'Parties',
      list: 'inline-list',
      value: inst.parties
        .map((id) => lookup(data.parties, id))
        .map((p) => ({ text: p.name, filter: 'party', href: p.region === undefined ? undefined : recordHref('region', p.region) })),
    },
    inst.signed && {
      term: isDraft(site, inst) ? 'Approved as a draft' : 'Signed or adopted',
      value: `${dateLabel(inst.signed)}${inst.place ? `, ${inst.place}` : ''}`,
      sources: [...(inst.sources?.signed ?? []), ...(inst.sources?.place ?? [])],
    },
    !inst.signed && inst.place !== undefined && { term: 'Place', value: inst.place, sources: inst.sources?.place },
    inst.inForce && { term: 'In force since', value: dateLabel(inst.inForce), sources: inst.sources?.inForce },
    inst.actions.length > 0 && {
      term: 'Signatures, ratifications, accessions',
      list: 'plain',
      value: inst.actions.map((a) => ({ text: `${lookup(data.parties, a.party).name}: ${a.action}, ${dateLabel(a.date)}` })),
      sources: inst.sources?.actions,
    },
    {
      term: 'Status',
      value: { text: statusLabel(site, inst.status), class: 'status' },
      note: `(as of ${dateLabel(inst.statusAsOf)}${inst.sources?.status ? '' : ', as the source reports it'})`,
      sources: inst.sources?.status,
    },
    inst.topics.length > 0 && {
      term: 'Topics',
      list: 'tags',
      value: inst.topics.map((t) => ({ text: topicLabel(site, t), filter: 'topic' })),
    },
    {
      term: 'Regions',
      list: 'inline-list',
      value: instrumentRegions(inst, data).map((id) => ({
        text: lookup(data.regions, id).name,
        href: recordHref('region', id),
        filter: 'region',
      })),
    },
  ];
  return fields.filter((f): f is RecordField => typeof f === 'object' && !(Array.isArray(f.value) && f.value.length === 0));
}
