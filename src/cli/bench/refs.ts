/**
 * Where a record of each collection points at another entry, read from the
 * engine's own schemas (not from a list kept here): the schemas are built
 * with a `ref` that marks each cross-reference, then walked alongside a raw
 * entry to rewrite the ids it names.
 */
import { z } from 'astro/zod';
import { dataSchemas, type DataCollectionName } from '../../schemas/data.ts';
import type { CollectionName } from '../../schemas/common.ts';

const marks = new Map<z.ZodType, CollectionName>();
const schemas = dataSchemas((collection) => {
  const schema = z.string();
  marks.set(schema, collection);
  return schema;
});

/** The schema of one collection's entries, with plain strings for cross-references. */
export function entrySchema(collection: DataCollectionName): z.ZodType {
  return schemas[collection];
}

/** Rewrites the id named at a cross-reference into `collection`. */
export type RenameRef = (collection: CollectionName, id: string) => string;

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** `value` (a raw entry or part of one, as written in YAML) with every cross-reference `schema` marks renamed. */
export function renameRefs(schema: z.ZodType, value: unknown, rename: RenameRef): unknown {
  const target = marks.get(schema);
  if (target !== undefined) return typeof value === 'string' ? rename(target, value) : value;
  const def = defOf(schema);
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  switch (def.type) {
    case 'object':
      if (!isObject(value)) return value;
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, def.shape?.[k] ? renameRefs(def.shape[k], v, rename) : v] as const),
      );
    case 'record':
      if (!isObject(value) || def.valueType === undefined) return value;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameRefs(def.valueType as z.ZodType, v, rename)] as const));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return def.innerType && value !== undefined && value !== null ? renameRefs(def.innerType, value, rename) : value;
    case 'pipe': {
      // A preprocess step (such as "one source or a list") reads the raw value: walk what it feeds.
      const first = def.in && defOf(def.in).type === 'transform' ? def.out : def.in;
      return first ? renameRefs(first, value, rename) : value;
    }
    case 'array':
      if (def.element === undefined) return value;
      // An array schema after a preprocess step may be given a single item.
      return Array.isArray(value)
        ? value.map((v) => renameRefs(def.element as z.ZodType, v, rename))
        : renameRefs(def.element, value, rename);
    case 'union': {
      const option = (def.options ?? []).find((o) => o.safeParse(value).success);
      return option ? renameRefs(option, value, rename) : value;
    }
    default:
      return value;
  }
}

/** Whether `id` is a valid id of `collection`'s entries (its `id` field's own rule). */
export function idAccepted(collection: DataCollectionName): (id: string) => boolean {
  const shape = defOf(entrySchema(collection)).shape;
  const idSchema = shape?.['id'];
  return (id) => idSchema === undefined || idSchema.safeParse(id).success;
}
