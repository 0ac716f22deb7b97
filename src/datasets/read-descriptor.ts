/**
 * Finds and validates dataset descriptors: every `data/<name>.resource.yaml`
 * (or .yml/.json), with its Table Schema inline or in a file beside it. Errors
 * name the descriptor or schema file, the line, and the property.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import type { ReportIssue } from '../report/errors.ts';
import {
  knownProperties,
  resourceSchema,
  tableSchemaSchema,
  type ResourceDescriptor,
  type Source,
  type TableSchema,
} from './descriptor.ts';
import { dataDir } from '../report/paths.ts';
import { didYouMean } from './suggest.ts';
import { lineAt, parseLocatedYaml, type LocatedYaml } from './yaml.ts';
import { missingTextTranslations, sourceProperties, takeTranslations, type TextTranslations } from './translations.ts';

const descriptorSuffix = /\.resource\.(ya?ml|json)$/;

export interface DescriptorFile {
  /** Relative to the report root, such as "data/exports.resource.yaml". */
  file: string;
  descriptor: ResourceDescriptor;
  /** The schema file, when the schema is not inline. */
  schemaFile?: string | undefined;
  /** Line of each schema field's declaration (for foreign-key and primary-key errors). */
  locate: (where: readonly PropertyKey[]) => { file: string; line?: number | undefined };
  /** Line of a property of the descriptor itself. */
  lineOf: (where: readonly PropertyKey[]) => number | undefined;
}

/** Descriptor files of a report, sorted. */
export function findDescriptors(root: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(path.join(root, dataDir));
  } catch {
    return [];
  }
  return names
    .filter((n) => descriptorSuffix.test(n))
    .sort()
    .map((n) => `${dataDir}/${n}`);
}

/** The dataset name a descriptor file declares by its own name: "data/exports.resource.yaml" → "exports". */
export function descriptorName(file: string): string {
  return path.basename(file).replace(descriptorSuffix, '');
}

/** Zod issues as report issues, located in `parsed`; unknown properties get a "did you mean". */
function toIssues(
  error: z.ZodError,
  file: string,
  parsed: LocatedYaml,
  entry: string,
  prefix: readonly PropertyKey[],
  root: 'resource' | 'schema',
): ReportIssue[] {
  return error.issues.flatMap((issue): ReportIssue[] => {
    const inFile = issue.path.slice(prefix.length);
    const at = (p: readonly PropertyKey[]): { file: string; line?: number; entry: string } => {
      const line = lineAt(parsed, p);
      return { file, entry, ...(line === undefined ? {} : { line }) };
    };
    if (issue.code === 'unrecognized_keys') {
      const known = knownProperties(root === 'schema' && issue.path.length === prefix.length ? ['schema'] : issue.path);
      return issue.keys.map((key) => ({
        ...at([...inFile, key]),
        field: [...issue.path, key].map(String).join('.'),
        message: `unknown property "${key}".${didYouMean(key, known)} Expected one of: ${known.join(', ')}`,
      }));
    }
    const missing = 'input' in issue && issue.input === undefined;
    return [
      {
        ...at(inFile),
        field: issue.path.map(String).join('.') || undefined,
        message: missing ? `missing required property; ${issue.message}` : issue.message,
      },
    ];
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Moves the `@<code>` translations out of the objects of a list in the parsed
 * value (a Table Schema's `fields`, a descriptor's `sources`), in place, so zod
 * reads plain Frictionless; returns them by index. `path` locates the list in
 * the file, `name` names it in issues ("fields", "sources").
 */
function takeListTranslations(
  list: unknown,
  path: readonly PropertyKey[],
  name: string,
  parsed: LocatedYaml,
  file: string,
  entry: string,
  locales: readonly string[],
  issues: ReportIssue[],
  allowed?: readonly string[],
): Map<number, TextTranslations> {
  const out = new Map<number, TextTranslations>();
  if (!Array.isArray(list)) return out;
  list.forEach((item: unknown, i) => {
    if (!isObject(item)) return;
    const at = (key: string): Omit<ReportIssue, 'message'> => ({
      file,
      line: lineAt(parsed, [...path, i, key]),
      entry,
      field: `${name}.${i}.${key}`,
    });
    const { plain, translations } = takeTranslations(item, locales, at, issues, allowed);
    (list as unknown[])[i] = plain;
    out.set(i, translations);
  });
  return out;
}

/** The `fields` list of a parsed Table Schema, if it has one. */
const schemaFields = (schema: unknown): unknown => (isObject(schema) ? schema['fields'] : undefined);

/** Each declared locale's translations of the descriptor's and its fields' titles and descriptions: a missing one is an issue. */
function checkDescriptorTranslations(d: DescriptorFile, locales: readonly string[], issues: ReportIssue[]): void {
  const entry = `datasets[${d.descriptor.name}]`;
  missingTextTranslations(
    d.descriptor,
    d.descriptor.translations,
    locales,
    (key) => ({ file: d.file, line: d.lineOf([key]), entry }),
    issues,
  );
  d.descriptor.schema.fields.forEach((f, i) =>
    missingTextTranslations(
      f,
      f.translations,
      locales,
      (key) => ({ ...d.locate(['fields', i, key]), entry: `${entry} field "${f.name}"` }),
      issues,
    ),
  );
  d.descriptor.sources.forEach((s, i) =>
    missingTextTranslations(
      s,
      s.translations,
      locales,
      (key) => ({ file: d.file, line: d.lineOf(['sources', i, key]), entry: `${entry} source ${i + 1}` }),
      issues,
      ['locator'],
    ),
  );
}

/**
 * Reads and validates one descriptor (and its schema file); undefined when
 * invalid, with the reasons in `issues`. `locales`: the site's other
 * languages, whose translations every title and description must have.
 */
export function readDescriptor(
  root: string,
  file: string,
  issues: ReportIssue[],
  locales: readonly string[] = [],
): DescriptorFile | undefined {
  const d = readPlainDescriptor(root, file, issues, locales);
  if (d !== undefined) checkDescriptorTranslations(d, locales, issues);
  return d;
}

function readPlainDescriptor(root: string, file: string, issues: ReportIssue[], locales: readonly string[]): DescriptorFile | undefined {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const parsed = parseLocatedYaml(text, file, issues);
  if (parsed === undefined) return undefined;
  const base = descriptorName(file);
  const entry = `datasets[${base}]`;
  let translations: TextTranslations = {};
  let fieldTranslations = new Map<number, TextTranslations>();
  let sourceTranslations = new Map<number, TextTranslations>();
  const withSources = <T extends { sources: Source[] }>(r: T): T => ({
    ...r,
    sources: r.sources.map((s, i) => ({ ...s, translations: sourceTranslations.get(i) ?? {} })),
  });
  if (isObject(parsed.value)) {
    const taken = takeTranslations(parsed.value, locales, (key) => ({ file, line: lineAt(parsed, [key]), entry, field: key }), issues);
    translations = taken.translations;
    fieldTranslations = takeListTranslations(
      schemaFields(taken.plain['schema']),
      ['schema', 'fields'],
      'fields',
      parsed,
      file,
      entry,
      locales,
      issues,
    );
    sourceTranslations = takeListTranslations(
      taken.plain['sources'],
      ['sources'],
      'sources',
      parsed,
      file,
      entry,
      locales,
      issues,
      sourceProperties,
    );
    parsed.value = taken.plain;
  }
  const withTranslations = (schema: TableSchema): TableSchema => ({
    ...schema,
    fields: schema.fields.map((f, i) => ({ ...f, translations: fieldTranslations.get(i) ?? {} })),
  });
  const result = resourceSchema.safeParse(parsed.value, { reportInput: true });
  if (!result.success) {
    issues.push(...toIssues(result.error, file, parsed, entry, [], 'resource'));
    return undefined;
  }
  const { schema: declared, ...rest } = result.data;
  if (rest.name !== base) {
    issues.push({
      file,
      line: lineAt(parsed, ['name']),
      entry,
      field: 'name',
      message: `expected the name "${base}", as in the descriptor's file name, got "${rest.name}"`,
    });
    return undefined;
  }
  if (typeof declared !== 'string') {
    return {
      file,
      descriptor: withSources({ ...rest, translations, schema: withTranslations(declared as TableSchema) }),
      lineOf: (w) => lineAt(parsed, w),
      locate: (w) => ({ file, line: lineAt(parsed, ['schema', ...w]) }),
    };
  }
  const schemaFile = `${dataDir}/${declared}`;
  let schemaText: string;
  try {
    schemaText = fs.readFileSync(path.join(root, schemaFile), 'utf8');
  } catch {
    issues.push({ file, line: lineAt(parsed, ['schema']), entry, field: 'schema', message: `schema file "${schemaFile}" not found` });
    return undefined;
  }
  const schemaParsed = parseLocatedYaml(schemaText, schemaFile, issues);
  if (schemaParsed === undefined) return undefined;
  fieldTranslations = takeListTranslations(
    schemaFields(schemaParsed.value),
    ['fields'],
    'fields',
    schemaParsed,
    schemaFile,
    entry,
    locales,
    issues,
  );
  const schema = tableSchemaSchema.safeParse(schemaParsed.value, { reportInput: true });
  if (!schema.success) {
    issues.push(...toIssues(schema.error, schemaFile, schemaParsed, entry, [], 'schema'));
    return undefined;
  }
  return {
    file,
    schemaFile,
    descriptor: withSources({ ...rest, translations, schema: withTranslations(schema.data as TableSchema) }),
    lineOf: (w) => lineAt(parsed, w),
    locate: (w) => ({ file: schemaFile, line: lineAt(schemaParsed, w) }),
  };
}
