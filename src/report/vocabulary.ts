/**
 * The report's vocabularies (`vocabularies` in content/site.yaml): the values
 * of the built-in concepts' fields (an instrument's kind, level and status, a
 * party's kind, an editorial note's kind), their labels by language, and what
 * some of them mean to the engine. Pages ask here for labels and meanings;
 * the validator asks which values are allowed. The engine itself names no value.
 */
import {
  optionalVocabularies,
  vocabularyMeanings,
  type Label,
  type Meaning,
  type SiteConfig,
  type Term,
  type VocabularyName,
} from '../schemas/site.ts';
import { dataFiles, siteFile } from './paths.ts';
import { didYouMean } from './suggest.ts';

/** The part of the site configuration a vocabulary lookup reads. */
export type VocabularySite = Pick<SiteConfig, 'lang' | 'vocabularies'>;

/** Every vocabulary the engine knows, as `<collection>.<field>`. */
export const vocabularyNames = Object.keys(vocabularyMeanings) as VocabularyName[];

/** The collection and field whose values a vocabulary lists. */
export function fieldOf(name: VocabularyName): { collection: string; field: string } {
  const [collection = '', field = ''] = name.split('.');
  return { collection, field };
}

const termsOf = (site: VocabularySite, name: VocabularyName): Readonly<Record<string, Term>> => site.vocabularies[name] ?? {};

/** The allowed values of a vocabulary, in display order (as written in site.yaml). */
export function values(site: VocabularySite, name: VocabularyName): string[] {
  return Object.keys(termsOf(site, name));
}

/** Whether a value has a label in the vocabulary (an optional vocabulary may list none). */
export const hasLabel = (site: VocabularySite, name: VocabularyName, value: string): boolean => Object.hasOwn(termsOf(site, name), value);

/** The entry of one value; the report has been validated, so an unknown value is the engine's bug. */
function termOf(site: VocabularySite, name: VocabularyName, value: string): Term {
  const term = termsOf(site, name)[value];
  if (term === undefined) throw new Error(`"${value}" is not in the vocabulary ${name}: the report should have been validated`);
  return term;
}

/** The text of a label in `locale` if it has one: exactly, or by its primary language ("en" for "en-GB"). */
function labelIn(label: Label, locale: string, siteLang: string): string | undefined {
  if (typeof label === 'string') return locale === siteLang || locale.split('-')[0] === siteLang.split('-')[0] ? label : undefined;
  return label[locale] ?? label[locale.split('-')[0] ?? locale];
}

/**
 * The label of a value in `locale` (by default the site's `lang`). A label
 * without that locale falls back to the site's language, which every label
 * has (the schema checks it); `missingTranslations` lists such gaps.
 */
export function label(site: VocabularySite, name: VocabularyName, value: string, locale: string = site.lang): string {
  const l = termOf(site, name, value).label;
  return labelIn(l, locale, site.lang) ?? (typeof l === 'string' ? l : (l[site.lang] ?? Object.values(l)[0] ?? value));
}

/** What a value means to the engine (`means:` in site.yaml), if anything. */
export function meaning(site: VocabularySite, name: VocabularyName, value: string): Meaning | undefined {
  return termsOf(site, name)[value]?.means;
}

/** The values of a vocabulary that carry a meaning, in display order. */
export function valuesMeaning(site: VocabularySite, name: VocabularyName, means: Meaning): string[] {
  return Object.entries(termsOf(site, name))
    .filter(([, t]) => t.means === means)
    .map(([v]) => v);
}

/** A label that has no text of its own in a locale (it would fall back to the site's language). */
export interface MissingLabel {
  vocabulary: VocabularyName;
  value: string;
  locale: string;
}

/** Every label of every vocabulary that lacks one of `locales`, for an edition in another language. */
export function missingTranslations(site: VocabularySite, locales: readonly string[]): MissingLabel[] {
  return vocabularyNames.flatMap((vocabulary) =>
    Object.entries(termsOf(site, vocabulary)).flatMap(([value, t]) =>
      locales.filter((locale) => labelIn(t.label, locale, site.lang) === undefined).map((locale) => ({ vocabulary, value, locale })),
    ),
  );
}

/** The vocabularies that list the values of a collection's fields, by field. */
export function vocabulariesOf(collection: string): Array<{ name: VocabularyName; field: string }> {
  return vocabularyNames.map((name) => ({ name, ...fieldOf(name) })).filter((v) => v.collection === collection);
}

/**
 * The values of one data entry that its vocabularies do not list, as problems
 * with the field named. A vocabulary the site lacks is reported once, by
 * `missingVocabularies`, not on every entry; a value that is not text is the schema's to report.
 */
export function termIssues(
  site: VocabularySite,
  collection: string,
  entry: Readonly<Record<string, unknown>>,
): Array<{ field: string; path: Array<string | number>; message: string }> {
  return vocabulariesOf(collection).flatMap(({ name, field }) => {
    const allowed = values(site, name);
    const given = entry[field];
    // A field holds one value, or a list of them (topics); each is checked where it stands.
    const list: Array<[Array<string | number>, unknown]> = Array.isArray(given) ? given.map((v, j) => [[field, j], v]) : [[[field], given]];
    return list.flatMap(([where, value]) =>
      typeof value !== 'string' || allowed.length === 0 || allowed.includes(value)
        ? []
        : [
            {
              field: where.join('.'),
              path: where,
              message: `"${value}" is not a value of the vocabulary ${name} (${siteFile})${didYouMean(value, allowed)}; expected one of: ${allowed.join(', ')}`,
            },
          ],
    );
  });
}

/** The values the data gives the field a vocabulary lists, with the field and the data file they are in. */
export function valuesInUse(
  name: VocabularyName,
  entries: (collection: string) => ReadonlyArray<Readonly<Record<string, unknown>>>,
): { file: string; field: string; used: string[] } {
  const { collection, field } = fieldOf(name);
  const file = (dataFiles as Readonly<Record<string, string>>)[collection] ?? collection;
  const used = [...new Set(entries(collection).flatMap((e) => e[field]))].filter((v): v is string => typeof v === 'string');
  return { file, field, used };
}

/** Vocabularies the report's data uses but site.yaml does not have, with the values in use. */
export function missingVocabularies(
  site: VocabularySite,
  entries: (collection: string) => ReadonlyArray<Readonly<Record<string, unknown>>>,
): Array<{ name: VocabularyName; used: string[]; message: string }> {
  return vocabularyNames.flatMap((name) => {
    if (values(site, name).length > 0 || optionalVocabularies.includes(name)) return [];
    const { file, field, used } = valuesInUse(name, entries);
    if (used.length === 0) return [];
    return [
      {
        name,
        used,
        message: `no vocabulary ${name}, but ${file} uses these values of ${field}: ${used.join(', ')}; list them under vocabularies › ${name}, each with its label`,
      },
    ];
  });
}
