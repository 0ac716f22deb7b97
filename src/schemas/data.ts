/**
 * Schemas of the report's data collections. Each is built from a `ref`
 * factory (see common.ts) so Astro's `reference()` and the engine's own
 * existence check share one definition.
 */
import { z } from 'astro/zod';
import type { VocabularyName } from './site.ts';
import { partialDate, slugId, sourceSchema, type CollectionName } from './common.ts';
import { splitTranslatedKey } from '../i18n/fields.ts';

/** ISO 3166-2 subdivision code, such as "KZ-KUS" or "RU-CHE". */
export const regionId = z
  .string({ error: 'expected an ISO 3166-2 code such as "KZ-KUS"' })
  .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, { error: 'expected an ISO 3166-2 code such as "KZ-KUS"' });

/**
 * A value of one of the report's vocabularies (`vocabularies` in content/site.yaml, keyed by
 * `<collection>.<field>`): any text here; the validator (src/report/load.ts) checks it is listed.
 */
const term = (vocabulary: VocabularyName) =>
  z.string({ error: `expected a value of the vocabulary ${vocabulary} in content/site.yaml` }).min(1);

/**
 * The fields of each collection that carry a translation in every locale
 * (`title@ru` beside `title`, src/i18n/fields.ts). References have none:
 * works are cited in their own language.
 */
export const translatableFields = {
  regions: ['name', 'shortName', 'capital'],
  parties: ['name'],
  instruments: ['title', 'shortTitle', 'summary', 'place'],
  forums: ['city', 'theme', 'participants', 'outcomes'],
  institutions: ['name', 'shortName', 'summary'],
  references: [],
  editorialNotes: ['title', 'claim', 'note'],
} as const;

/** The schema a field's value has, without its optional or default wrapper (a translation is always optional). */
function unwrap(type: z.ZodType): z.ZodType {
  const def = (type as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def;
  return (def.type === 'optional' || def.type === 'default') && def.innerType ? unwrap(def.innerType) : type;
}

/** `translations: { ru: { title: … } }`: each translatable field, checked like the field itself. */
function translationsOf<S extends z.ZodRawShape, T extends keyof S & string>(shape: S, translatable: readonly T[]) {
  const fields = Object.fromEntries(translatable.map((f) => [f, unwrap(shape[f] as z.ZodType).optional()])) as {
    [K in T]: z.ZodOptional<z.ZodType<z.output<S[K]> & {}>>;
  };
  return z.record(z.string(), z.strictObject(fields)).optional();
}

/** A key of `sources`: a field of the record, or a translation of a translatable one ("name@ru"). */
function sourceKey(fields: readonly string[], translatable: readonly string[]) {
  const own = fields.filter((k) => k !== 'id' && k !== 'source');
  const expected = `expected one of: ${own.join(', ')}${translatable.length > 0 ? `, or a translation such as "${translatable[0]}@ru"` : ''}`;
  return z.string().check((ctx) => {
    const split = splitTranslatedKey(ctx.value);
    const ok = split === undefined ? own.includes(ctx.value) : translatable.includes(split.field);
    if (!ok) ctx.issues.push({ code: 'custom', input: ctx.value, message: `unknown field "${ctx.value}" in sources; ${expected}` });
  });
}

export function dataSchemas<R extends z.ZodType>(ref: (collection: CollectionName) => R) {
  const source = sourceSchema(ref);
  /** One source, or a list when a datum rests on more than one; read as a list. */
  const sourceOrSources = z.preprocess(
    (v) => (Array.isArray(v) ? v : [v]),
    z.array(source).min(1, { error: 'expected a source as { ref, locator } or a list of them' }),
  );

  /**
   * A record with field-level sources and translations. Besides the record's
   * own `source`, an optional `sources` map names the source of single fields
   * the record's source does not hold (`sources: { "name@ru": { ref: …, locator: … } }`);
   * its keys are fields of the same record, or translations of its translatable
   * fields. `translations` holds the record's translatable fields by locale
   * code (written `name@ru` in the data file: src/i18n/fields.ts moves them).
   */
  const record = <S extends z.ZodRawShape, T extends keyof S & string>(shape: S, translatable: readonly T[]) =>
    z.strictObject({
      ...shape,
      /** Sources of single fields, by field name (or "field@code"), where they differ from the record's `source`. */
      sources: z.record(sourceKey(Object.keys(shape), translatable), sourceOrSources).optional(),
      translations: translationsOf(shape, translatable),
    });

  const regions = record(
    {
      id: regionId,
      /** Name as used in the text ("Kostanay Region"); its official name in another language with a source of its own (`sources: { "name@ru": … }`). */
      name: z.string().min(1),
      /** Short name for tables and maps ("Kostanay"). */
      shortName: z.string().min(1),
      /** ISO 3166-1 alpha-2 code of the country. */
      country: z.string().regex(/^[A-Z]{2}$/, { error: 'expected a two-letter country code such as "KZ"' }),
      /** Whether the region lies on the state border studied by the report. */
      border: z.boolean({ error: 'expected true or false' }),
      /** Administrative centre. */
      capital: z.string().min(1).optional(),
      source,
    },
    translatableFields.regions,
  );

  /** Who signs, joins or is bound by an instrument: a state, a group of states, a ministry, a region, a company. */
  const parties = record(
    {
      id: slugId,
      /** Name as readers see it ("Kazakhstan", "CIS member states"). */
      name: z.string().min(1),
      kind: term('parties.kind'),
      /** ISO 3166-1 alpha-2 code of its country, for states, ministries, regions and companies. */
      country: z
        .string()
        .regex(/^[A-Z]{2}$/, { error: 'expected a two-letter country code such as "KZ"' })
        .optional(),
      /** The region this party is, when it is one (its page then lists the instrument). */
      region: ref('regions').optional(),
      /** The institution this party is, when the report describes it. */
      institution: ref('institutions').optional(),
      source,
    },
    translatableFields.parties,
  );

  const instruments = record(
    {
      id: slugId,
      /** Full title in English. */
      title: z.string().min(1),
      /** Short name for lists and links. */
      shortTitle: z.string().min(1),
      /** Title in the original language, only when known with confidence; indexed for search. */
      originalTitle: z
        .strictObject({
          /** BCP 47 language tag of the title ("ru", "kk"). */
          lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, { error: 'expected a language tag such as "ru"' }),
          text: z.string().min(1),
          /** Where the title is printed, when the record's source does not give it (a legal database, the act itself). */
          source: source.optional(),
        })
        .optional(),
      kind: term('instruments.kind'),
      level: term('instruments.level'),
      /** Ids of entries in data/parties.yaml. */
      parties: z.array(ref('parties')).min(1, { error: 'expected at least one party' }),
      /** Date of signature or adoption, as precise as the source. */
      signed: partialDate.optional(),
      /** Place of signature. */
      place: z.string().min(1).optional(),
      /** Entry into force, as precise as the source. */
      inForce: partialDate.optional(),
      /** Ratifications, accessions and signatures the source records. */
      actions: z
        .array(
          z.strictObject({
            party: ref('parties'),
            action: z.enum(['signature', 'ratification', 'accession'], { error: 'expected one of: signature, ratification, accession' }),
            date: partialDate,
          }),
        )
        .default([]),
      status: term('instruments.status'),
      /** When the status was last known to hold (usually the source's date). */
      statusAsOf: partialDate,
      /** The instrument this one replaced. */
      replaces: ref('instruments').optional(),
      /** The instrument that replaced this one. */
      replacedBy: ref('instruments').optional(),
      /** Instruments this one puts into effect or is based on. */
      implements: z.array(ref('instruments')).default([]),
      /** Subjects, as lower-case ids ("trade", "water"); each becomes a search facet value. */
      topics: z.array(slugId).default([]),
      /** Regions the instrument concerns, beyond those that are parties to it. */
      regions: z.array(ref('regions')).default([]),
      /** Article sections that discuss it, such as "4.1". */
      sections: z.array(z.string().regex(/^\d+(?:\.\d+)*$/, { error: 'expected a section number such as "4.1"' })).min(1),
      /** What it is and does, in our own words. */
      summary: z.string().min(1),
      source,
    },
    translatableFields.instruments,
  );

  const forums = record(
    {
      id: slugId,
      /** Ordinal number of the forum; absent when the source does not give it. */
      number: z.number().int().positive().optional(),
      /** Date as precise as the source. */
      date: partialDate,
      city: z.string().min(1),
      /** Host region. */
      region: ref('regions'),
      theme: z.string().min(1).optional(),
      /** Who took part, in a sentence, when the source says. */
      participants: z.string().min(1).optional(),
      /** Whether the source reports it as planned rather than held. */
      planned: z.boolean().default(false),
      outcomes: z.array(z.string().min(1)).default([]),
      /** Instruments signed or agreed at the forum. */
      instruments: z.array(ref('instruments')).default([]),
      /** Institutions that met at the forum. */
      institutions: z.array(ref('institutions')).default([]),
      source,
    },
    translatableFields.forums,
  );

  const institutions = record(
    {
      id: slugId,
      name: z.string().min(1),
      shortName: z.string().min(1).optional(),
      established: partialDate.optional(),
      parent: ref('institutions').optional(),
      /** Instruments that set it up or that it works under. */
      instruments: z.array(ref('instruments')).default([]),
      summary: z.string().min(1),
      source,
    },
    translatableFields.institutions,
  );

  const person = z.union(
    [z.strictObject({ family: z.string().min(1), given: z.string().min(1).optional() }), z.strictObject({ literal: z.string().min(1) })],
    { error: 'expected an author as { family, given } or { literal }' },
  );

  /** Bibliographic entries, with CSL-JSON field names. */
  const references = z.strictObject({
    id: slugId,
    type: z.enum(['book', 'chapter', 'article-journal', 'webpage', 'legal_document', 'thesis', 'report', 'legislation', 'treaty']),
    title: z.string().min(1),
    /** BCP 47 tag of the work's language ("ru"): CSL processors title-case only English titles, so a Russian title keeps its case. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, { error: 'expected a language tag such as "ru"' })
      .optional(),
    author: z.array(person).default([]),
    editor: z.array(person).default([]),
    /** Publication date, absent for "n.d.". */
    issued: partialDate.optional(),
    'container-title': z.string().min(1).optional(),
    volume: z.string().min(1).optional(),
    issue: z.string().min(1).optional(),
    page: z.string().min(1).optional(),
    publisher: z.string().min(1).optional(),
    'publisher-place': z.string().min(1).optional(),
    genre: z.string().min(1).optional(),
    URL: z.url({ error: 'expected an absolute URL' }).optional(),
    accessed: partialDate.optional(),
    note: z.string().min(1).optional(),
  });

  const editorialNotesShape = {
    id: slugId,
    /** A short heading for the note. */
    title: z.string().min(1),
    /** What the source says, in brief. */
    claim: z.string().min(1),
    /** What the reader should know about it. */
    note: z.string().min(1),
    kind: term('editorialNotes.kind'),
    /** Where the claim is (in the article, usually). */
    source,
    /** The primary sources the claim was checked against (legal databases, official sites), shown in the note. */
    checkedAgainst: z.array(source).default([]),
  };
  const editorialNotes = z.strictObject({
    ...editorialNotesShape,
    translations: translationsOf(editorialNotesShape, translatableFields.editorialNotes),
  });

  return { regions, parties, instruments, forums, institutions, references, editorialNotes };
}

export type DataCollectionName = keyof ReturnType<typeof dataSchemas>;
