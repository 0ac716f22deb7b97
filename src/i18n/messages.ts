/**
 * The interface's words, per locale: no template holds an English literal.
 * The engine ships a catalogue for the languages it knows
 * (src/i18n/messages/<code>.yaml); a report may add a language, or change a
 * wording, with content/i18n/<code>.yaml and no code. A message is a text with
 * `{name}` placeholders, or a map of plural forms chosen by `Intl.PluralRules`
 * for its `{count}`: `{ one: "{count} treaty", other: "{count} treaties" }`
 * (Russian: one, few, many, other).
 *
 * The keys of the default locale's catalogue are the keys every locale must
 * have: a missing one stops the build naming the file, the key and the locale.
 */
import { z } from 'astro/zod';

const pluralForms = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

export const messageSchema = z.union(
  [
    z.string().min(1),
    z
      .strictObject(
        Object.fromEntries(pluralForms.map((f) => [f, z.string().min(1).optional()])) as Record<
          (typeof pluralForms)[number],
          z.ZodOptional<z.ZodString>
        >,
      )
      .refine((m) => m.other !== undefined, { error: 'expected an "other" form: it is the one every language has' }),
  ],
  { error: 'expected a text, or plural forms such as { one: "…", other: "…" }' },
);
export type Message = z.infer<typeof messageSchema>;
export const catalogueSchema = z.record(
  z.string().regex(/^[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)*$/, { error: 'expected a key such as "search.placeholder"' }),
  messageSchema,
);
export type Catalogue = Record<string, Message>;

export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: string, params?: Params) => string;

/** Fills `{name}` placeholders; a number is written for the locale. */
function fill(text: string, params: Params, locale: string, key: string): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`message "${key}" (${locale}) needs the parameter "${name}"`);
    return typeof v === 'number' ? new Intl.NumberFormat(locale).format(v) : v;
  });
}

/** The message function of one locale; an unknown key is an engine error, named. */
export function translator(locale: string, catalogue: Readonly<Catalogue>): Translate {
  const plurals = new Intl.PluralRules(locale);
  return (key, params = {}) => {
    const m = catalogue[key];
    if (m === undefined) throw new Error(`no message "${key}" for the locale "${locale}"`);
    if (typeof m === 'string') return fill(m, params, locale, key);
    const count = params['count'];
    if (typeof count !== 'number') throw new Error(`message "${key}" (${locale}) has plural forms and needs a number "count"`);
    const form = plurals.select(count);
    return fill(m[form] ?? m.other ?? '', params, locale, key);
  };
}

/** Keys of the default catalogue a locale's catalogue lacks. */
export function missingKeys(reference: Readonly<Catalogue>, catalogue: Readonly<Catalogue>): string[] {
  return Object.keys(reference).filter((k) => catalogue[k] === undefined);
}

/** Keys a catalogue has that the default catalogue does not: a misspelt key would otherwise be ignored. */
export function unknownKeys(reference: Readonly<Catalogue>, catalogue: Readonly<Catalogue>): string[] {
  return Object.keys(catalogue).filter((k) => reference[k] === undefined);
}
