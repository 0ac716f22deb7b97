/**
 * The descriptor of a dataset: a Frictionless Data Resource
 * (`data/<name>.resource.yaml`) with its Table Schema inline or in a file
 * beside it. The format is Frictionless as it is; the engine adds only the
 * field property `unit` and, on a source, `ref` (+ `locator`) naming an entry
 * of data/references.yaml. Unknown properties are rejected so that a typo
 * cannot silently switch a check off.
 */
import { z } from 'astro/zod';
import { didYouMean, listNames } from './suggest.ts';
import type { TextTranslations } from './translations.ts';
import { unitsSchema } from './units.ts';

/** The Table Schema field types the engine reads. */
export const fieldTypes = ['string', 'number', 'integer', 'boolean', 'date', 'year', 'yearmonth'] as const;
export type FieldType = (typeof fieldTypes)[number];
/** Table Schema types the engine does not read yet: named so the error says "not supported", not "unknown". */
const laterTypes = ['object', 'array', 'datetime', 'time', 'duration', 'geopoint', 'geojson', 'any', 'list'];

const fieldType = z.string({ error: 'expected a field type such as "number"' }).check((ctx) => {
  if ((fieldTypes as readonly string[]).includes(ctx.value)) return;
  const supported = `expected one of ${listNames(fieldTypes)}`;
  ctx.issues.push({
    code: 'custom',
    input: ctx.value,
    message: laterTypes.includes(ctx.value)
      ? `the Table Schema type "${ctx.value}" is not supported yet; ${supported}`
      : `unknown field type "${ctx.value}"; ${supported}.${didYouMean(ctx.value, fieldTypes)}`,
  });
});

const text = z.string().min(1, { error: 'expected a text, not an empty one' });
const names = z.union([text, z.array(text).min(1)], { error: 'expected a field name or a list of field names' });
const bound = z.union([z.number(), z.string()], { error: 'expected a number or a date' });

const regex = text.check((ctx) => {
  try {
    new RegExp(ctx.value, 'u');
  } catch (e) {
    ctx.issues.push({ code: 'custom', input: ctx.value, message: `expected a regular expression: ${(e as Error).message}` });
  }
});

export const constraintsSchema = z.strictObject({
  required: z.boolean().optional(),
  unique: z.boolean().optional(),
  minimum: bound.optional(),
  maximum: bound.optional(),
  minLength: z.int().nonnegative().optional(),
  maxLength: z.int().nonnegative().optional(),
  enum: z
    .array(z.union([z.string(), z.number(), z.boolean()]))
    .min(1)
    .optional(),
  pattern: regex.optional(),
});

export const fieldSchema = z.strictObject({
  name: text,
  /** Table Schema's default type is "string". */
  type: fieldType.default('string'),
  format: z.literal('default', { error: 'expected "default": the engine reads dates as YYYY-MM-DD' }).optional(),
  title: text.optional(),
  description: text.optional(),
  /** Our extension (Table Schema allows extra properties): the unit of a number, such as "thousand US dollars". */
  unit: text.optional(),
  /** Our extension: a field holding each row's unit, for a table of mixed quantities (key figures). */
  unitField: text.optional(),
  /** Our extension: a field holding each row's qualifier ("exactly", "about", "over", "under"), printed before the number. */
  qualifierField: text.optional(),
  /**
   * Our extension: how the numbers are written unless a figure says otherwise: a d3-format
   * specifier (",.1f"), "compact" ("21 billion") or "ordinal" ("9th"). Without it, a number is
   * written with every decimal its source text has.
   */
  numberFormat: text.optional(),
  /** Our extension: a text column readers see (a label, a place name); each declared locale gets a `<field>@<code>` column. */
  translatable: z.boolean({ error: 'expected true or false' }).optional(),
  constraints: constraintsSchema.optional(),
  trueValues: z.array(z.string()).optional(),
  falseValues: z.array(z.string()).optional(),
  decimalChar: z.string().length(1).optional(),
  groupChar: z.string().length(1).optional(),
  bareNumber: z.boolean().optional(),
  example: z.unknown().optional(),
});
export type Field = z.output<typeof fieldSchema> & {
  type: FieldType;
  /** `title@<code>`, `description@<code>` of the field, by locale. */
  translations?: TextTranslations | undefined;
};

export const foreignKeySchema = z.strictObject({
  fields: names,
  reference: z.strictObject({ resource: text, fields: names }),
});

export const tableSchemaSchema = z.strictObject({
  fields: z.array(fieldSchema).min(1, { error: 'expected at least one field' }),
  missingValues: z.array(z.string()).default(['']),
  primaryKey: names.optional(),
  foreignKeys: z.array(foreignKeySchema).optional(),
});
export type TableSchema = Omit<z.output<typeof tableSchemaSchema>, 'fields'> & { fields: Field[] };

export const sourceSchema = z
  .strictObject({
    title: text.optional(),
    path: text.optional(),
    /** Our extension: the id of an entry of data/references.yaml, which gives the source's title and URL. */
    ref: text.optional(),
    /** Where in the referenced work: a table, page or section. */
    locator: text.optional(),
    email: text.optional(),
  })
  .refine((s) => s.title !== undefined || s.ref !== undefined, {
    error: 'expected a "title" or a "ref" naming an entry of data/references.yaml',
  });

export const licenseSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^[-a-zA-Z0-9._]+$/, { error: 'expected an Open Definition licence id such as "CC-BY-4.0"' })
      .optional(),
    path: text.optional(),
    title: text.optional(),
  })
  .refine((l) => l.name !== undefined || l.path !== undefined, { error: 'expected a licence "name" or "path"' });

export const resourceSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'expected a lower-case name of letters, digits, "-", "_" and "."' }),
  path: z.string().regex(/^[^/\\]+\.(csv|ya?ml)$/, { error: 'expected the name of a .csv, .yaml or .yml file in the same folder' }),
  profile: z.literal('tabular-data-resource').optional(),
  title: text,
  description: text.optional(),
  format: z.enum(['csv', 'yaml']).optional(),
  mediatype: text.optional(),
  encoding: z.literal('utf-8', { error: 'expected "utf-8": the engine reads UTF-8 only' }).optional(),
  /** The Table Schema inline, or the name of a .schema.yaml / .schema.json file beside the descriptor. */
  schema: z.union([
    z.string().regex(/^[^/\\]+\.(ya?ml|json)$/, { error: 'expected a schema file name such as "exports.schema.yaml"' }),
    tableSchemaSchema,
  ]),
  sources: z.array(sourceSchema).min(1, { error: 'expected at least one source: every datum names its source' }),
  /**
   * Our extension: the fields that hold each row's own source, where rows come from different
   * places: `ref` names an entry of data/references.yaml, `locator` (optional) where in it.
   * Rows whose `ref` is empty fall back to the resource's `sources`.
   */
  rowSource: z.strictObject({ ref: text, locator: text.optional() }).optional(),
  licenses: z.array(licenseSchema).min(1).optional(),
  /** Our extension: the units of its fields and unit columns in other languages (src/datasets/units.ts). */
  units: unitsSchema.optional(),
});
export type ResourceDescriptor = Omit<z.output<typeof resourceSchema>, 'schema' | 'sources'> & {
  schema: TableSchema;
  sources: Source[];
  /** `title@<code>`, `description@<code>` of the resource, by locale. */
  translations?: TextTranslations | undefined;
};
export type Source = z.output<typeof sourceSchema> & {
  /** `title@<code>`, `locator@<code>` of the source, by locale. */
  translations?: TextTranslations | undefined;
};
export type License = z.output<typeof licenseSchema>;

/** Known property names at a path inside a descriptor, for "did you mean" on unknown ones. */
export function knownProperties(path: readonly PropertyKey[]): readonly string[] {
  const p = path.map(String);
  const last = p.at(-1);
  const before = p.at(-2);
  const keys = (s: { shape: object }): string[] => Object.keys(s.shape);
  if (last === 'constraints') return keys(constraintsSchema);
  if (last === 'reference') return ['resource', 'fields'];
  if (last === 'rowSource') return ['ref', 'locator'];
  if (before === 'fields') return keys(fieldSchema);
  if (before === 'foreignKeys') return keys(foreignKeySchema);
  if (before === 'sources') return ['title', 'path', 'ref', 'locator', 'email'];
  if (before === 'licenses') return ['name', 'path', 'title'];
  if (last === 'schema' || p.length === 0) return p.length === 0 ? keys(resourceSchema) : keys(tableSchemaSchema);
  return [];
}

/** Names as a list: Table Schema allows one name or a list in primaryKey and foreignKeys. */
export function nameList(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}
