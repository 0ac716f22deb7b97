/**
 * Units in other languages, as data: a descriptor's `units` maps each unit as
 * written (in the default language) to its words per locale. A unit that does
 * not change with the number is a text ("км"); a counted noun gives its forms
 * by Intl.PluralRules category (one, few, many, other), optionally `qualified`
 * forms for after a qualifier («около 21 документа», «более 300 документов»)
 * and a `label` form for headings and axis titles («Население, человек»).
 */
import { z } from 'astro/zod';

const text = z.string().min(1, { error: 'expected a text, not an empty one' });
const categories = ['zero', 'one', 'two', 'few', 'many'] as const;
const byCategory = Object.fromEntries(categories.map((c) => [c, text.optional()])) as Record<
  (typeof categories)[number],
  z.ZodOptional<typeof text>
>;

export const unitFormsSchema = z.strictObject({
  ...byCategory,
  other: text,
  /** After a qualifier, by the number's category; the plain forms where a category is missing. */
  qualified: z.strictObject({ ...byCategory, other: text }).optional(),
  /** In a heading or an axis title, without a number; `other` without it. */
  label: text.optional(),
});
export type UnitForms = z.output<typeof unitFormsSchema>;

export const unitTranslationSchema = z.union([text, unitFormsSchema], {
  error: 'expected the unit\'s words: a text, or forms such as { one: "…", few: "…", many: "…", other: "…" }',
});
export type UnitTranslation = z.output<typeof unitTranslationSchema>;

/** `units` of a descriptor: unit as written → locale code → its words there. */
export const unitsSchema = z.record(
  text,
  z.record(z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, { error: 'expected a locale code such as "ru"' }), unitTranslationSchema),
);
export type Units = z.output<typeof unitsSchema>;

/**
 * The words of a unit in `locale` for the number `n` (undefined: a heading);
 * `qualified` after "about", "more than". Without a translation, the unit as written.
 */
export function unitWords(units: Units | undefined, unit: string, locale: string, n: number | undefined, qualified = false): string {
  const t = units?.[unit]?.[locale] ?? units?.[unit]?.[locale.split('-')[0] ?? locale];
  if (t === undefined) return unit;
  if (typeof t === 'string') return t;
  if (n === undefined) return t.label ?? t.other;
  const category = new Intl.PluralRules(locale).select(n);
  const pick = (f: { readonly [K in (typeof categories)[number] | 'other']?: string | undefined }): string | undefined =>
    category === 'other' ? f.other : f[category];
  return (qualified ? (t.qualified === undefined ? undefined : (pick(t.qualified) ?? t.qualified.other)) : undefined) ?? pick(t) ?? t.other;
}
