/**
 * Every declared locale has every translatable field of every record, and
 * every vocabulary label: a Russian page must never show an English word of
 * the data. A translation into a locale the site does not declare is a
 * mistake too (a typo in the code, or a locale not yet added to site.yaml).
 */
import type { Locale } from '../i18n/locales.ts';
import { splitTranslatedKey, translatedKey, type Translatable } from '../i18n/fields.ts';
import { missingTranslations, values, valuesInUse, type VocabularySite } from './vocabulary.ts';
import { siteFile } from './paths.ts';
import { optionalVocabularies, type Editor, type VocabularyName } from '../schemas/site.ts';

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

/** Whether a value as written is a source: `{ ref, locator, locator@ru, … }`. */
const isSource = (v: unknown): v is Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Record<string, unknown>)['ref'] === 'string' && 'locator' in v;

/** A path as an editor reads it: ["sources", "name@ru", 0, "locator@ru"] → "sources.name@ru[0].locator@ru". */
const fieldName = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');

/**
 * Every source's locator in every declared locale, wherever an entry names a
 * source (its `source`, `sources`, an original title's, a note's
 * `checkedAgainst`): `entry` is the entry as written in the data file.
 */
export function locatorIssues(entry: unknown, locales: readonly Locale[]): TranslationIssue[] {
  const [first, ...others] = locales;
  const codes = locales.map((l) => l.code);
  const issues: TranslationIssue[] = [];
  const walk = (v: unknown, path: PropertyKey[]): void => {
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, i]));
    else if (isSource(v)) {
      for (const key of Object.keys(v)) {
        const split = splitTranslatedKey(key);
        if (split?.field !== 'locator') continue;
        const at = [...path, key];
        if (split.code === first?.code)
          issues.push({
            path: at,
            field: fieldName(at),
            message: `"${key}" translates into the default language (${split.code}); write it as "locator"`,
          });
        else if (!codes.includes(split.code))
          issues.push({
            path: at,
            field: fieldName(at),
            message: `a translation into ${split.code}, a locale ${siteFile} does not declare (locales: ${codes.join(', ')}); correct the code, or add the locale there`,
          });
      }
      for (const { code } of others) {
        const key = translatedKey('locator', code);
        if (v[key] === undefined)
          issues.push({
            path: [...path, 'locator'],
            field: fieldName([...path, key]),
            message: `missing the ${code} translation of the source's locator "${String(v['locator'])}" (locale ${code} is declared in ${siteFile}); add "${key}:" beside "locator:"`,
          });
      }
    } else if (typeof v === 'object' && v !== null) for (const [k, item] of Object.entries(v)) walk(item, [...path, k]);
  };
  walk(entry, []);
  return issues;
}

/**
 * Every editor's name in every declared locale (`name@ru` beside `name` in site.yaml): the byline
 * and "Cite this" of a page in another language name the editors in it. `declared` says whether
 * site.yaml lists its editors (else the default group name stands, which has no translation).
 */
export function editorIssues(editors: readonly Editor[], locales: readonly Locale[], declared: boolean): TranslationIssue[] {
  const [first, ...others] = locales;
  if (others.length === 0) return [];
  const codes = others.map((l) => l.code);
  if (!declared)
    return [
      {
        path: [],
        field: 'editors',
        message: `the site is published in ${locales.map((l) => l.code).join(', ')}, so its editors need a name in each; list them under editors, as { name: …, ${codes.map((c) => `"name@${c}": …`).join(', ')} }`,
      },
    ];
  return editors.flatMap((editor, i) => [
    ...Object.keys(editor.translations ?? {})
      .filter((code) => !codes.includes(code))
      .map((code) => ({
        path: ['editors', i, translatedKey('name', code)],
        field: `editors[${i}].name@${code}`,
        message:
          code === first?.code
            ? `"name@${code}" translates into the default language (${code}); write it as "name"`
            : `a translation into ${code}, a locale ${siteFile} does not declare (locales: ${locales.map((l) => l.code).join(', ')}); correct the code, or add the locale there`,
      })),
    ...codes
      .filter((code) => editor.translations?.[code]?.name === undefined)
      .map((code) => ({
        path: ['editors', i, 'name'],
        field: `editors[${i}].name@${code}`,
        message: `missing the ${code} name of the editor "${editor.name}" (locale ${code} is declared in ${siteFile}); add "name@${code}:" beside "name:"`,
      })),
  ]);
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
    const { file, field, used } = valuesInUse(name, entries);
    if (used.length === 0) return [];
    return [
      {
        name,
        message: `${file} uses these values of ${field}: ${used.join(', ')}, but there is no vocabulary ${name} to label them in each of the site's languages (${codes.join(', ')}); list them under vocabularies › ${name}, each as { ${codes.map((c) => `${c}: …`).join(', ')} }`,
      },
    ];
  });
}
