/**
 * Every declared locale has every translatable field of every record, and
 * every vocabulary label: a Russian page must never show an English word of
 * the data. A translation into a locale the site does not declare is a
 * mistake too (a typo in the code, or a locale not yet added to site.yaml).
 */
import type { Locale } from '../i18n/locales.ts';
import { translatedKey, type Translatable } from '../i18n/fields.ts';
import { fieldOf, missingTranslations, values, type VocabularySite } from './vocabulary.ts';
import { dataFiles, siteFile } from './paths.ts';
import { optionalVocabularies, type VocabularyName } from '../schemas/site.ts';

/** A problem with one entry's translations: where in the entry (as written in the file), the field named as written, and what is wrong. */
export interface TranslationIssue {
  path: PropertyKey[];
  field: string;
  message: string;
}

const present = (v: unknown): boolean => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);

/** The translation problems of one read entry of a collection whose translatable fields are `translatable`. */
export function translationIssues(
  entry: Readonly<Record<string, unknown>> & Translatable,
  translatable: readonly string[],
  locales: readonly Locale[],
): TranslationIssue[] {
  const [first, ...others] = locales;
  const codes = locales.map((l) => l.code);
  const issues: TranslationIssue[] = [];
  for (const [code, fields] of Object.entries(entry.translations ?? {})) {
    for (const field of Object.keys(fields)) {
      const key = translatedKey(field, code);
      if (code === first?.code)
        issues.push({
          path: [key],
          field: key,
          message: `"${key}" translates into the default language (${code}); write it as "${field}"`,
        });
      else if (!codes.includes(code))
        issues.push({
          path: [key],
          field: key,
          message: `a translation into ${code}, a locale ${siteFile} does not declare (locales: ${codes.join(', ')}); correct the code, or add the locale there`,
        });
    }
  }
  for (const { code } of others) {
    for (const field of translatable) {
      const original = entry[field];
      if (!present(original)) continue;
      const key = translatedKey(field, code);
      const translated = entry.translations?.[code]?.[field];
      if (translated === undefined)
        issues.push({
          path: [field],
          field: key,
          message: `missing the ${code} translation of "${field}" (locale ${code} is declared in ${siteFile}); add "${key}:" beside "${field}:"`,
        });
      else if (Array.isArray(original) && Array.isArray(translated) && original.length !== translated.length)
        issues.push({
          path: [key],
          field: key,
          message: `"${key}" has ${translated.length} item${translated.length === 1 ? '' : 's'} but "${field}" has ${original.length}; translate each item, in the same order`,
        });
    }
  }
  return issues;
}

/** Vocabulary labels without a text in one of the site's other locales: where in site.yaml, and what to write. */
export function labelIssues(site: VocabularySite, locales: readonly Locale[]): TranslationIssue[] {
  const others = locales.slice(1).map((l) => l.code);
  return missingTranslations(site, others).map((m) => ({
    path: ['vocabularies', m.vocabulary, m.value],
    field: `vocabularies.${m.vocabulary}.${m.value}`,
    message: `the label of "${m.value}" has no ${m.locale} text (locale ${m.locale} is declared in ${siteFile}); write its label as { ${locales[0]?.code ?? site.lang}: …, ${m.locale}: … }`,
  }));
}

/**
 * Vocabularies a report may leave out (`optionalVocabularies`: topics) are
 * worded from their values' ids, in no language: a site in several languages
 * needs them, labelled in each, once its data uses them.
 */
export function unlabelledVocabularies(
  site: VocabularySite,
  locales: readonly Locale[],
  entries: (collection: string) => ReadonlyArray<Readonly<Record<string, unknown>>>,
): Array<{ name: VocabularyName; message: string }> {
  if (locales.length < 2) return [];
  const codes = locales.map((l) => l.code);
  return optionalVocabularies.flatMap((name) => {
    if (values(site, name).length > 0) return [];
    const { collection, field } = fieldOf(name);
    const file = (dataFiles as Readonly<Record<string, string>>)[collection] ?? collection;
    const used = [...new Set(entries(collection).flatMap((e) => e[field]))].filter((v): v is string => typeof v === 'string');
    if (used.length === 0) return [];
    return [
      {
        name,
        message: `${file} uses these values of ${field}: ${used.join(', ')}, but there is no vocabulary ${name} to label them in each of the site's languages (${codes.join(', ')}); list them under vocabularies › ${name}, each as { ${codes.map((c) => `${c}: …`).join(', ')} }`,
      },
    ];
  });
}
