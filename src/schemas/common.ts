/**
 * Building blocks shared by every schema: ids, partial dates, sources.
 * Each schema is built by a factory that receives `ref`, so the same rules
 * serve Astro's collections (with `reference()`) and the engine's own
 * validator (which checks that every referenced id exists).
 */
import { z } from 'astro/zod';
import { gatherFields } from '../i18n/fields.ts';

/** Names of the report's data collections; `ref()` points into one of them. */
export const collectionNames = [
  'chapters',
  'regions',
  'parties',
  'instruments',
  'forums',
  'institutions',
  'references',
  'editorialNotes',
] as const;
export type CollectionName = (typeof collectionNames)[number];

/** Lower-case ids made of words joined by hyphens: stable in URLs. */
export const slugId = z.string({ error: 'expected a text id' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'expected a lower-case id of letters, digits and single hyphens, such as "border-length"',
});

const isRealDate = (y: number, m: number, d: number): boolean => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/**
 * A date only as precise as the source: "2004", "2004-09" or "2004-09-15".
 * YAML reads an unquoted 2004 as a number, so a bare year is accepted too.
 */
export const partialDate = z
  .union([z.string(), z.number().int()], { error: 'expected a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"' })
  .transform((v) => String(v))
  .check((ctx) => {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(ctx.value);
    if (!m) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `expected a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD", got "${ctx.value}"`,
      });
      return;
    }
    const [, y, mo, d] = m;
    const year = Number(y);
    const month = mo === undefined ? 1 : Number(mo);
    const day = d === undefined ? 1 : Number(d);
    if (month < 1 || month > 12 || !isRealDate(year, month, day)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: `"${ctx.value}" is not a real calendar date` });
    }
  });

/**
 * Where a datum comes from: a reference id plus a locator inside it. The
 * locator is worded in each of the site's languages (`locator@ru: разд. 4.2`
 * beside `locator`, src/i18n/fields.ts): read into `translations`.
 */
export const sourceSchema = <R extends z.ZodType>(ref: (collection: CollectionName) => R) => {
  const locator = z.string({ error: 'expected a locator such as "Table 2" or "section 4.2"' }).min(1);
  return z.preprocess(
    (v) => gatherFields(v, ['locator']),
    z.strictObject({
      /** Id of an entry in the references collection. */
      ref: ref('references'),
      /** Where in that reference: "Table 2", "section 4.2", "p. 134". */
      locator,
      /** The locator in the site's other languages, by locale code. */
      translations: z.record(z.string(), z.strictObject({ locator: locator.optional() })).optional(),
    }),
  );
};

export function describe(input: unknown): string {
  if (input === undefined) return 'nothing (the field is missing)';
  if (typeof input === 'string') return `the text "${input}"`;
  return JSON.stringify(input) ?? String(input);
}
