/**
 * Translations in a dataset: a descriptor's `title@ru` and `description@ru`
 * (and each field's), a translatable column's `<field>@ru` cells, and the
 * `units` a descriptor translates. Read here, beside the zod schema, so the
 * descriptor stays Frictionless with our `@<code>` siblings, in the style of
 * the records (src/i18n/fields.ts).
 */
import type { ReportIssue } from '../report/errors.ts';
import { splitTranslatedKey, translatedKey } from '../i18n/fields.ts';

/** Texts by locale code, then by property: { ru: { title: "…" } }. */
export type TextTranslations = Record<string, Record<string, string>>;

/** Properties of a descriptor and of a field that take `@<code>` translations. */
export const translatableProperties: readonly string[] = ['title', 'description'];
/** Properties of a descriptor's source that take them: its locator ("Table 2") must have every locale's. */
export const sourceProperties: readonly string[] = ['title', 'locator'];

/**
 * Moves `key@code` properties out of `object` (a descriptor or a field) into
 * translations; a translation of a property that takes none, or of an
 * undeclared locale, is an issue at `at`.
 */
export function takeTranslations(
  object: Record<string, unknown>,
  locales: readonly string[],
  at: (key: string) => Omit<ReportIssue, 'message'>,
  issues: ReportIssue[],
  allowed: readonly string[] = translatableProperties,
): { plain: Record<string, unknown>; translations: TextTranslations } {
  const plain: Record<string, unknown> = {};
  const translations: TextTranslations = {};
  for (const [key, value] of Object.entries(object)) {
    const split = splitTranslatedKey(key);
    if (split === undefined) {
      plain[key] = value;
      continue;
    }
    if (!allowed.includes(split.field)) {
      issues.push({
        ...at(key),
        message: `"${split.field}" takes no translation; expected ${allowed.map((p) => `"${p}@${split.code}"`).join(' or ')}`,
      });
      continue;
    }
    if (!locales.includes(split.code)) {
      issues.push({ ...at(key), message: unknownLocale(split.code, locales) });
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      issues.push({ ...at(key), message: 'expected a text, not an empty one' });
      continue;
    }
    (translations[split.code] ??= {})[split.field] = value;
  }
  return { plain, translations };
}

/** The message for a translation into a locale the site does not declare. */
export const unknownLocale = (code: string, locales: readonly string[]): string =>
  `"${code}" is not a locale of the site; expected one of ${locales.length > 0 ? locales.map((l) => `"${l}"`).join(', ') : '(none: the site declares no other locale)'} (site.yaml \`locales\`)`;

/** Each property of `object` among `translatableProperties` that a locale lacks: one issue per property and locale. */
export function missingTextTranslations(
  object: Readonly<Record<string, unknown>>,
  translations: TextTranslations | undefined,
  locales: readonly string[],
  at: (key: string) => Omit<ReportIssue, 'message'>,
  issues: ReportIssue[],
  required: readonly string[] = translatableProperties,
): void {
  for (const code of locales)
    for (const p of required) {
      if (typeof object[p] !== 'string' || translations?.[code]?.[p] !== undefined) continue;
      issues.push({
        ...at(p),
        field: translatedKey(p, code),
        message: `missing the "${code}" translation of "${p}"; expected "${translatedKey(p, code)}: …" beside it`,
      });
    }
}
