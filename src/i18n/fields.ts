/**
 * Translatable fields of records. In a data file a translation sits beside the
 * field it translates, under the field's name and the locale's code:
 * `title: …` (the default language) and `title@ru: …`. Once read, a record
 * carries its translations as `translations: { ru: { title: … } }` (the
 * schemas in src/schemas/data.ts move them there), and pages ask for a field
 * in their language with `localized`.
 */

/** A record as read: its fields, and its translations by locale code, then by field. */
export interface Translatable {
  translations?: Readonly<Record<string, Readonly<Record<string, unknown>>>> | undefined;
}

/** The key of a translated field in a data file: "title@ru". */
export const translatedKey = (field: string, code: string): string => `${field}@${code}`;

/** A data-file key split into field and locale ("title@ru" → title, ru), or undefined for a plain field. */
export function splitTranslatedKey(key: string): { field: string; code: string } | undefined {
  const match = /^([A-Za-z][\w-]*)@([a-z]{2,3}(?:-[A-Za-z0-9]+)*)$/.exec(key);
  return match?.[1] !== undefined && match[2] !== undefined ? { field: match[1], code: match[2] } : undefined;
}

/**
 * A field of a record in the locale `code`: its translation there, else the
 * field as written (the default language). The validator has made sure that
 * every translatable field has every declared locale's translation.
 */
export function localized<T extends Translatable, K extends keyof T & string>(record: T, field: K, code: string): T[K] {
  const translated = record.translations?.[code]?.[field];
  return translated === undefined ? record[field] : (translated as T[K]);
}
