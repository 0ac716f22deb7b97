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

/**
 * A small object as written (a source, an editor) with its `field@code` keys for `fields` moved into
 * `translations`; any other key stays where it is, for the object's strict schema to refuse.
 */
export function gatherFields(value: unknown, fields: readonly string[]): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  const translations: Record<string, Record<string, unknown>> = {};
  for (const [key, v] of Object.entries(value)) {
    const split = splitTranslatedKey(key);
    if (split !== undefined && fields.includes(split.field)) (translations[split.code] ??= {})[split.field] = v;
    else out[key] = v;
  }
  if (Object.keys(translations).length > 0) out['translations'] = translations;
  return out;
}

/** A key with "@" that is not a translation of one of `translatable`, explained; the key is where to look. */
export interface TranslatedKeyIssue {
  key: string;
  message: string;
}

/**
 * A raw data entry with its `field@code` keys moved into `translations`
 * (what the schemas read), and the keys that cannot be translations: a
 * malformed one, or one on a field that is not translatable.
 */
export function gatherTranslations(
  entry: Readonly<Record<string, unknown>>,
  translatable: readonly string[],
): { value: Record<string, unknown>; issues: TranslatedKeyIssue[] } {
  const value: Record<string, unknown> = {};
  const translations: Record<string, Record<string, unknown>> = {};
  const issues: TranslatedKeyIssue[] = [];
  const expected =
    translatable.length > 0
      ? `the translatable fields here are: ${translatable.join(', ')} (write "${translatable[0]}@ru")`
      : 'no field of this collection is translatable';
  for (const [key, v] of Object.entries(entry)) {
    if (!key.includes('@')) {
      value[key] = v;
      continue;
    }
    const split = splitTranslatedKey(key);
    if (split === undefined) issues.push({ key, message: `"${key}" is not a field or a translation of one; ${expected}` });
    else if (!translatable.includes(split.field))
      issues.push({ key, message: `"${split.field}" has no translations, so "${key}" is not allowed; ${expected}` });
    else (translations[split.code] ??= {})[split.field] = v;
  }
  if (Object.keys(translations).length > 0) value['translations'] = translations;
  return { value, issues };
}

/**
 * A path inside a read entry as the data file writes it: ["translations", "ru", "title", …] → ["title@ru", …],
 * at any depth (a source's ["source", "translations", "ru", "locator"] → ["source", "locator@ru"]).
 */
export function dataPath(where: readonly PropertyKey[]): PropertyKey[] {
  const at = where.indexOf('translations');
  const [code, field] = [where[at + 1], where[at + 2]];
  return at >= 0 && typeof code === 'string' && typeof field === 'string'
    ? [...where.slice(0, at), translatedKey(field, code), ...dataPath(where.slice(at + 3))]
    : [...where];
}
