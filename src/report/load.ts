/**
 * Reads and validates a whole report (site configuration, chapter frontmatter,
 * every data file), checks that every cross-reference points at an existing
 * entry, and reports every problem at once with file, line, field and
 * expectation. Pure Node: the build, the dev server and the tests share it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isCollection, isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'astro/zod';
import { collectionNames, type CollectionName } from '../schemas/common.ts';
import { dataSchemas, translatableFields, type DataCollectionName } from '../schemas/data.ts';
import { chapterSchema, type ChapterData } from '../schemas/chapter.ts';
import { siteSchema, type SiteConfig } from '../schemas/site.ts';
import { loadCatalogues } from '../i18n/load.ts';
import { siteLocales } from '../i18n/locales.ts';
import type { Catalogue } from '../i18n/messages.ts';
import { dataPath, gatherTranslations } from '../i18n/fields.ts';
import { editorIssues, labelIssues, locatorIssues, translationIssues, unlabelledVocabularies } from './translations.ts';
import { ReportError, type ReportIssue } from './errors.ts';
import { chaptersDir, dataFiles, reportRoot, siteFile, translatedChaptersDir } from './paths.ts';
import { driftIssues, type ChapterProse } from './drift.ts';
import { scanComponentUsage, scanCrossReferences, scanNumberedIds } from './scan.ts';
import { explainYamlError } from './yaml-errors.ts';
import { didYouMean } from './suggest.ts';
import { meaning, missingVocabularies, termIssues, valuesMeaning } from './vocabulary.ts';
import { collectionFile, unknownIdMessage } from './messages.ts';
import { loadDatasets, type BuiltInIds, type Dataset } from '../datasets/index.ts';
import { descriptorName, findDescriptors } from '../datasets/read-descriptor.ts';
import { grammarIssues } from '../grammar/check.ts';
import { buildTables } from '../grammar/tables.ts';

type Schemas = ReturnType<typeof dataSchemas<z.ZodString>>;
/** Validated entries of each data collection; cross-references are plain ids. */
export type ReportData = { [K in DataCollectionName]: z.output<Schemas[K]>[] };
export type Region = ReportData['regions'][number];

export interface ChapterFile {
  id: string;
  file: string;
  data: ChapterData;
  body: string;
}

export interface Report {
  root: string;
  site: SiteConfig;
  chapters: ChapterFile[];
  data: ReportData;
  /** The raw (unparsed) entries, as written (the bench counts and copies them). */
  raw: { [K in DataCollectionName]: Record<string, unknown>[] };
  /** The datasets declared in data/ (Frictionless resource descriptors), validated, sorted by name. */
  datasets: Dataset[];
  /** Each declared locale's interface messages (src/i18n/load.ts), by locale code. */
  catalogues: Map<string, Catalogue>;
}

interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
  value: unknown;
}

/**
 * Parses one YAML text. A syntax error is reported once, in plain words, at
 * the line to change, with the entry it is in (`entryOf` turns an entry's id
 * into "regions[KZ-KUS]"; without an id line, `fallbackEntry` names it).
 */
function parseYaml(
  text: string,
  file: string,
  issues: ReportIssue[],
  lineOffset = 0,
  entryOf: (id: string) => string | undefined = () => undefined,
  fallbackEntry?: string,
): ParsedYaml | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problem = explainYamlError(text, doc.errors, lines);
  if (problem) {
    issues.push({
      file,
      line: problem.line + lineOffset,
      column: problem.column,
      entry: (problem.entryId === undefined ? undefined : entryOf(problem.entryId)) ?? fallbackEntry,
      message: `not valid YAML: ${problem.message}`,
    });
    return undefined;
  }
  return { doc, lines, value: doc.toJS() };
}

/** Line and column of the node at `where` in a YAML document, or of its nearest existing parent. */
function locate(parsed: ParsedYaml, where: readonly PropertyKey[], lineOffset = 0): { line: number; column: number } | undefined {
  for (let n = where.length; n >= 0; n--) {
    const node = parsed.doc.getIn(where.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) {
      // A block map or list under a key starts on the next line: the key's line is the one to name.
      const parent = n > 0 && isCollection(node) ? parsed.doc.getIn(where.slice(0, n - 1) as unknown[], true) : undefined;
      const key = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === where[n - 1])?.key : undefined;
      const start = isScalar(key) && key.range ? key.range[0] : node.range[0];
      const pos = parsed.lines.linePos(start);
      return { line: pos.line + lineOffset, column: pos.col };
    }
  }
  return undefined;
}

/** The field names a schema accepts at `where` (inside objects, lists, optionals, unions), for "did you mean". */
function fieldsAt(schema: z.ZodType, where: readonly PropertyKey[]): string[] {
  type Def = {
    type: string;
    shape?: Record<string, z.ZodType>;
    innerType?: z.ZodType;
    element?: z.ZodType;
    in?: z.ZodType;
    options?: z.ZodType[];
  };
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const [head, ...rest] = where;
  switch (def.type) {
    case 'object':
      if (head === undefined) return Object.keys(def.shape ?? {});
      return def.shape?.[String(head)] ? fieldsAt(def.shape[String(head)] as z.ZodType, rest) : [];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'catch':
      return def.innerType ? fieldsAt(def.innerType, where) : [];
    case 'pipe':
      return def.in ? fieldsAt(def.in, where) : [];
    case 'array':
      return def.element && head !== undefined ? fieldsAt(def.element, rest) : [];
    case 'union':
      return [...new Set((def.options ?? []).flatMap((o) => fieldsAt(o, where)))];
    default:
      return [];
  }
}

function zodIssues(
  error: z.ZodError,
  at: (p: readonly PropertyKey[]) => Omit<ReportIssue, 'message' | 'field'>,
  schema?: z.ZodType,
): ReportIssue[] {
  // A misspelt field shows up twice: as an unknown field and as a missing one. Say it once.
  const pathKey = (p: readonly PropertyKey[]): string => p.map(String).join('.');
  const missing = new Map<string, z.core.$ZodIssue>();
  for (const issue of error.issues) {
    if ('input' in issue && issue.input === undefined && issue.code !== 'unrecognized_keys') missing.set(pathKey(issue.path), issue);
  }
  const explained = new Set<string>();
  const out = error.issues.flatMap((issue): ReportIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      // One issue per unknown key, located at the key itself: the typo is the field.
      const known = schema ? fieldsAt(schema, issue.path) : [];
      return issue.keys.map((key) => {
        const p = [...issue.path, key];
        const hint = didYouMean(key, known);
        const meant = /"([^"]+)"/.exec(hint)?.[1];
        if (meant !== undefined && missing.has(pathKey([...issue.path, meant]))) explained.add(pathKey([...issue.path, meant]));
        const expected =
          hint || (known.length > 0 ? `; expected one of: ${known.join(', ')}` : '; check the spelling against the editor guide');
        return { ...at(p), field: pathKey(p), message: `unknown field "${key}"${expected}` };
      });
    }
    // A field with its own error message ("expected one of: …") is missing, not wrong: say so.
    const isMissing =
      'input' in issue &&
      issue.input === undefined &&
      !issue.message.startsWith('missing') &&
      !issue.message.includes('nothing (the field is missing)');
    // A bad key of a map (`sources: { nmae: … }`): its own check says what is wrong.
    const keyMessage = issue.code === 'invalid_key' && issue.message === 'Invalid key in record' ? issue.issues[0]?.message : undefined;
    return [
      {
        ...at(issue.path),
        field: pathKey(issue.path) || undefined,
        message: keyMessage ?? (isMissing ? `missing required field; ${issue.message}` : issue.message),
      },
    ];
  });
  return out.filter((i) => !(i.field !== undefined && explained.has(i.field) && i.message.startsWith('missing')));
}

function readText(root: string, rel: string, issues: ReportIssue[]): string | undefined {
  try {
    return fs.readFileSync(path.join(root, rel), 'utf8');
  } catch {
    issues.push({ file: rel, message: 'file not found: every report needs it' });
    return undefined;
  }
}

/** Readable messages for missing fields, which zod words as a type mismatch with undefined. */
const explainMissing: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'invalid_type' && issue.input === undefined
    ? `missing required field; expected ${issue.expected === 'object' ? 'a group of fields' : `a value of type ${issue.expected}`}`
    : undefined;

/** A cross-reference that must name an existing entry of `collection`. */
function idRef(ids: Map<CollectionName, Set<string>>, unreadable: ReadonlySet<CollectionName>) {
  return (collection: CollectionName) =>
    z.string({ error: `expected the id of an entry in ${collectionFile(collection)}` }).check((ctx) => {
      // Its file is already reported as unreadable; "unknown id" errors would only repeat that.
      if (unreadable.has(collection)) return;
      const known = ids.get(collection) ?? new Set<string>();
      if (!known.has(ctx.value))
        ctx.issues.push({ code: 'custom', input: ctx.value, message: unknownIdMessage(collection, ctx.value, known) });
    });
}

/** The chapter files of a folder (the default language's, or a translation's: then an absent folder is no error). */
/** A chapter file as read, before its frontmatter is checked. */
type ChapterText = { id: string; file: string; raw: unknown; parsed?: ParsedYaml; body: string };

function readChapters(root: string, issues: ReportIssue[], folder: string = chaptersDir): ChapterText[] {
  const dir = path.join(root, folder);
  let names: string[] = [];
  try {
    names = fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.mdx') || n.endsWith('.md'))
      .sort();
  } catch {
    if (folder === chaptersDir) issues.push({ file: chaptersDir, message: 'folder not found: a report needs at least one chapter' });
  }
  const out = [];
  for (const name of names) {
    const file = `${folder}/${name}`;
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    const id = name.replace(/\.mdx?$/, '');
    if (!m || m[1] === undefined) {
      issues.push({ file, line: 1, message: 'expected frontmatter between two "---" lines at the top of the file' });
      continue;
    }
    const parsed = parseYaml(m[1], file, issues, 1, () => undefined, `chapters[${id}]`);
    if (!parsed) continue;
    out.push({ id, file, raw: parsed.value, parsed, body: text });
  }
  return out;
}

/** A chapter's frontmatter checked against the chapter schema; its problems join `issues`, located in the file. */
function chapterFrontmatter(c: ChapterText, issues: ReportIssue[]): ReturnType<typeof chapterSchema.safeParse> {
  const result = chapterSchema.safeParse(c.raw, { error: explainMissing, reportInput: true });
  if (!result.success) {
    const parsed = c.parsed;
    issues.push(
      ...zodIssues(
        result.error,
        (p) => ({ file: c.file, entry: `chapters[${c.id}]`, ...(parsed ? locate(parsed, p, 1) : {}) }),
        chapterSchema,
      ),
    );
  }
  return result;
}

/**
 * The site configuration alone (content/site.yaml), validated; throws a
 * ReportError naming its problems. For astro.config.mjs, which needs the URL
 * and base before anything else: the rest of the report is checked later, so
 * a data error is not reported as a broken Astro config.
 */
export function loadSite(root: string = reportRoot()): SiteConfig {
  const issues: ReportIssue[] = [];
  const text = readText(root, siteFile, issues);
  const parsed = text === undefined ? undefined : parseYaml(text, siteFile, issues, 0, () => undefined, 'site');
  if (parsed) {
    const result = siteSchema.safeParse(parsed.value, { error: explainMissing, reportInput: true });
    if (result.success && issues.length === 0) return result.data;
    if (!result.success)
      issues.push(...zodIssues(result.error, (p) => ({ file: siteFile, entry: 'site', ...locate(parsed, p) }), siteSchema));
  }
  throw new ReportError(issues, root);
}

/** The record collections a dataset's foreign key may point into, with their ids; an unreadable one has none (its file is already reported, keys into it are not checked). */
function recordIds(ids: ReadonlyMap<CollectionName, ReadonlySet<string>>, unreadable: ReadonlySet<CollectionName>): BuiltInIds {
  const out = new Map<string, { file: string; ids: ReadonlySet<string> | undefined }>();
  for (const [name, file] of Object.entries(dataFiles) as Array<[DataCollectionName, string]>)
    out.set(name, { file, ids: unreadable.has(name) ? undefined : (ids.get(name) ?? new Set<string>()) });
  return out;
}

/** Loads and validates the report at `root`; throws a ReportError listing every problem. */
export function loadReport(root: string = reportRoot()): Report {
  const issues: ReportIssue[] = [];

  // Site configuration.
  let site: SiteConfig | undefined;
  let siteYaml: ParsedYaml | undefined;
  const siteText = readText(root, siteFile, issues);
  if (siteText !== undefined) {
    const parsed = parseYaml(siteText, siteFile, issues, 0, () => undefined, 'site');
    siteYaml = parsed;
    if (parsed) {
      const result = siteSchema.safeParse(parsed.value, { error: explainMissing, reportInput: true });
      if (result.success) site = result.data;
      else issues.push(...zodIssues(result.error, (p) => ({ file: siteFile, entry: 'site', ...locate(parsed, p) }), siteSchema));
    }
  }

  // The locales' message catalogues: a missing or misspelt key is an issue like any other.
  let catalogues = new Map<string, Catalogue>();
  if (site) {
    const loaded = loadCatalogues(root, siteLocales(site));
    catalogues = loaded.catalogues;
    issues.push(...loaded.issues);
  }

  // First pass: read every file and collect the ids, so references can be checked.
  const ids = new Map<CollectionName, Set<string>>(collectionNames.map((c) => [c, new Set<string>()]));
  const chapterFiles = readChapters(root, issues);
  const unreadChapters = issues.filter((i) => i.file.startsWith(`${chaptersDir}/`)).length; // no frontmatter, or broken YAML
  for (const c of chapterFiles) ids.get('chapters')?.add(c.id);

  const parsedData = new Map<DataCollectionName, ParsedYaml>();
  const unreadable = new Set<CollectionName>();
  const raw = {} as Report['raw'];
  for (const [name, rel] of Object.entries(dataFiles) as Array<[DataCollectionName, string]>) {
    raw[name] = [];
    // A record collection is optional: a report without forums has no data/forums.yaml.
    if (!fs.existsSync(path.join(root, rel))) continue;
    unreadable.add(name); // until its entries are read
    const text = readText(root, rel, issues);
    if (text === undefined) continue;
    const parsed = parseYaml(text, rel, issues, 0, (id) => `${name}[${id}]`);
    if (!parsed) continue;
    if (parsed.value === null || parsed.value === undefined) {
      unreadable.delete(name); // an empty collection
      continue;
    }
    if (!Array.isArray(parsed.value)) {
      issues.push({ file: rel, line: 1, message: 'expected a list of entries, each starting with "- id: …"' });
      continue;
    }
    unreadable.delete(name);
    parsedData.set(name, parsed);
    const firstLine = new Map<string, number | undefined>();
    parsed.value.forEach((item: unknown, i: number) => {
      const at = locate(parsed, [i]);
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        issues.push({ file: rel, ...at, entry: `${name}[${i}]`, message: 'expected an entry with fields (id: …, …)' });
        return;
      }
      const id = (item as Record<string, unknown>)['id'];
      if (typeof id !== 'string' || id === '') {
        issues.push({ file: rel, ...at, entry: `${name}[${i}]`, field: 'id', message: 'expected an id (text) on every entry' });
        return;
      }
      if (firstLine.has(id)) {
        issues.push({
          file: rel,
          ...locate(parsed, [i, 'id']),
          entry: `${name}[${id}]`,
          field: 'id',
          message: `duplicate id "${id}": it is already used on line ${firstLine.get(id)}; ids must be unique`,
        });
        return;
      }
      firstLine.set(id, locate(parsed, [i, 'id'])?.line);
      ids.get(name)?.add(id);
      raw[name].push(item as Record<string, unknown>);
    });
  }

  // Second pass: validate every entry against its schema, references included.
  const schemas = dataSchemas(idRef(ids, unreadable));
  const data = {} as Record<DataCollectionName, unknown[]>;
  for (const [name, rel] of Object.entries(dataFiles) as Array<[DataCollectionName, string]>) {
    data[name] = [];
    const parsed = parsedData.get(name);
    if (!parsed || !Array.isArray(parsed.value)) continue;
    const schema: z.ZodType = schemas[name];
    parsed.value.forEach((item: unknown, i: number) => {
      if (typeof item !== 'object' || item === null) return;
      const id = String((item as Record<string, unknown>)['id'] ?? i);
      if (!raw[name].includes(item as Record<string, unknown>)) return; // already reported (no id, or a duplicate)
      // Translations ("title@ru") sit beside their fields; the schema reads them under `translations`.
      const entry = `${name}[${id}]`;
      const gathered = gatherTranslations(item as Record<string, unknown>, translatableFields[name]);
      for (const g of gathered.issues) issues.push({ file: rel, entry, field: g.key, ...locate(parsed, [i, g.key]), message: g.message });
      const result = schema.safeParse(gathered.value, { error: explainMissing, reportInput: true });
      if (result.success) {
        data[name].push(result.data);
        const locales = site ? siteLocales(site) : undefined;
        const found = locales
          ? [
              ...translationIssues(result.data as Record<string, unknown>, translatableFields[name], locales),
              ...locatorIssues(item, locales),
            ]
          : [];
        for (const t of found) issues.push({ file: rel, entry, field: t.field, ...locate(parsed, [i, ...t.path]), message: t.message });
      } else {
        const written = new z.ZodError(result.error.issues.map((iss) => ({ ...iss, path: dataPath(iss.path) })));
        issues.push(...zodIssues(written, (p) => ({ file: rel, entry, ...locate(parsed, [i, ...p]) }), schema));
      }
      // Values of the built-in concepts' fields must be listed in the site's vocabularies.
      for (const t of site ? termIssues(site, name, item as Record<string, unknown>) : [])
        issues.push({ file: rel, entry: `${name}[${id}]`, field: t.field, ...locate(parsed, [i, ...t.path]), message: t.message });
    });
  }
  for (const m of site ? missingVocabularies(site, (c) => raw[c as DataCollectionName] ?? []) : [])
    issues.push({
      file: siteFile,
      entry: 'site',
      field: `vocabularies.${m.name}`,
      ...(siteYaml ? locate(siteYaml, ['vocabularies', m.name]) : {}),
      message: m.message,
    });

  // Every label of every vocabulary in every declared locale: a page in another language shows no label of the default one.
  for (const t of site ? labelIssues(site, siteLocales(site)) : [])
    issues.push({ file: siteFile, entry: 'site', field: t.field, ...(siteYaml ? locate(siteYaml, t.path) : {}), message: t.message });
  // And every editor's name: the byline and "Cite this" name them in the page's language.
  const editorsDeclared = typeof siteYaml?.value === 'object' && siteYaml.value !== null && 'editors' in siteYaml.value;
  for (const t of site ? editorIssues(site.editors, siteLocales(site), editorsDeclared) : [])
    issues.push({ file: siteFile, entry: 'site', field: t.field, ...(siteYaml ? locate(siteYaml, t.path) : {}), message: t.message });
  for (const m of site ? unlabelledVocabularies(site, siteLocales(site), (c) => raw[c as DataCollectionName] ?? []) : [])
    issues.push({
      file: siteFile,
      entry: 'site',
      field: `vocabularies.${m.name}`,
      ...(siteYaml ? locate(siteYaml, ['vocabularies']) : {}),
      message: m.message,
    });

  // Chapters: frontmatter, unique order, and the component ids their text uses.
  const chapters: ChapterFile[] = [];
  const orders = new Map<number, string>();
  for (const c of chapterFiles) {
    const result = chapterFrontmatter(c, issues);
    if (!result.success) continue;
    const clash = orders.get(result.data.order);
    if (clash !== undefined) {
      issues.push({
        file: c.file,
        entry: `chapters[${c.id}]`,
        field: 'order',
        ...(c.parsed ? locate(c.parsed, ['order'], 1) : {}),
        message: `order ${result.data.order} is already used by ${clash}; each chapter needs its own place in the reading order (any number: 8.5 goes between 8 and 9)`,
      });
    }
    orders.set(result.data.order, c.file);
    chapters.push({ id: c.id, file: c.file, data: result.data, body: c.body });
    issues.push(...scanComponentUsage(c.file, c.body, ids, unreadable));
  }
  chapters.sort((a, b) => a.data.order - b.data.order);
  issues.push(...scanNumberedIds(chapters)); // in reading order, as they are numbered
  issues.push(...scanCrossReferences(chapterFiles));

  // Citations and source links point into the bibliography, which lives in the "references" chapter.
  const bibliography = chapters.find((c) => c.id === 'references');
  if (raw.references.length > 0 && (!bibliography || !/<ReferenceList\b/.test(bibliography.body))) {
    issues.push({
      file: `${chaptersDir}/references.mdx`,
      message: 'a report with references needs this chapter, containing <ReferenceList />: citations and source lines link to it',
    });
  }

  // Instruments name the article sections that discuss them: each must be a chapter's section.
  // A chapter with broken frontmatter hides its section: check sections only when every chapter was read.
  const allChaptersRead = unreadChapters === 0 && chapters.length === chapterFiles.length;
  const sections = new Set(chapters.map((c) => c.data.section).filter((s): s is string => s !== undefined));
  const instrumentsYaml = parsedData.get('instruments');
  (data['instruments'] as ReportData['instruments']).forEach((inst) => {
    inst.sections.forEach((s, j) => {
      if (allChaptersRead && sections.size > 0 && !sections.has(s)) {
        const i = raw.instruments.findIndex((r) => r['id'] === inst.id);
        issues.push({
          file: dataFiles.instruments,
          entry: `instruments[${inst.id}]`,
          field: `sections.${j}`,
          ...(instrumentsYaml ? locate(instrumentsYaml, [i, 'sections', j]) : {}),
          message: `unknown section "${s}"; expected one of the chapters' sections: ${[...sections].sort().join(', ')}`,
        });
      }
    });
  });

  // Relations between instruments must agree with each other and with the status.
  const instruments = data['instruments'] as ReportData['instruments'];
  const byId = new Map(instruments.map((inst) => [inst.id, inst]));
  const relationIssue = (inst: ReportData['instruments'][number], field: string, where: readonly PropertyKey[], message: string): void => {
    const i = raw.instruments.findIndex((r) => r['id'] === inst.id);
    issues.push({
      file: dataFiles.instruments,
      entry: `instruments[${inst.id}]`,
      field,
      ...(instrumentsYaml ? locate(instrumentsYaml, [i, ...where]) : {}),
      message,
    });
  };
  for (const inst of instruments) {
    for (const field of ['replaces', 'replacedBy'] as const) {
      if (inst[field] === inst.id) relationIssue(inst, field, [field], `an instrument cannot name itself in ${field}`);
    }
    inst.implements.forEach((other, j) => {
      if (other === inst.id) relationIssue(inst, `implements.${j}`, ['implements', j], 'an instrument cannot name itself in implements');
    });
    const successor = inst.replacedBy === undefined ? undefined : byId.get(inst.replacedBy);
    if (successor?.replaces !== undefined && successor.replaces !== inst.id) {
      relationIssue(
        inst,
        'replacedBy',
        ['replacedBy'],
        `"${successor.id}" says it replaces "${successor.replaces}", not "${inst.id}"; make the two entries agree`,
      );
    }
    // A status that means "in force" (vocabularies › instruments.status in site.yaml) cannot hold for a replaced instrument.
    if (site && inst.replacedBy !== undefined && meaning(site, 'instruments.status', inst.status) === 'in-force') {
      const ended = valuesMeaning(site, 'instruments.status', 'not-in-force');
      relationIssue(
        inst,
        'status',
        ['status'],
        `status "${inst.status}" means in force, but the instrument is replaced by "${inst.replacedBy}"; expected ${ended.length > 0 ? `one of the statuses not in force: ${ended.join(', ')}` : 'a status that does not mean in-force'}`,
      );
    }
  }

  // Declared datasets join the same list of problems; their sources may cite the references.
  // Their translatable texts need every other locale of the site (src/datasets/translations.ts).
  const otherLocales =
    site === undefined
      ? []
      : siteLocales(site)
          .slice(1)
          .map((l) => l.code);
  const declared = loadDatasets(root, ids.get('references') ?? new Set<string>(), recordIds(ids, unreadable), otherLocales);
  issues.push(...declared.issues);

  // The grammar's components, checked against the tables; a table whose file is already reported is left out.
  if (site !== undefined) {
    const failed = new Set<string>([
      ...unreadable,
      ...findDescriptors(root)
        .map(descriptorName)
        .filter((n) => !declared.datasets.some((d) => d.name === n)),
    ]);
    // A dataset whose links lead into a failed table fails with it: its paths ("region.country") cannot be read.
    for (let grew = true; grew;) {
      grew = false;
      for (const d of declared.datasets)
        if (!failed.has(d.name) && (d.schema.foreignKeys ?? []).some((fk) => failed.has(fk.reference.resource))) {
          failed.add(d.name);
          grew = true;
        }
    }
    const ctx = { tables: buildTables(data as ReportData, declared.datasets), locale: site.lang, root, site, unreadable: failed };
    for (const c of chapters) issues.push(...grammarIssues(c.file, c.body, ctx, failed));
    // Translated chapters (content/<code>/chapters/) are checked as their source is, in their language.
    const translations: Array<ChapterProse & { source: string }> = [];
    for (const code of otherLocales) {
      const translated = readChapters(root, issues, translatedChaptersDir(code));
      for (const c of translated) {
        const sourceFile = chapterFiles.find((f) => f.id === c.id)?.file;
        if (sourceFile !== undefined) translations.push({ file: c.file, text: c.body, locale: code, source: sourceFile });
        const source = chapters.find((s) => s.id === c.id);
        if (source === undefined && chapterFiles.some((f) => f.id === c.id)) continue; // its source is already reported
        if (source === undefined) {
          issues.push({
            file: c.file,
            entry: `chapters[${c.id}]`,
            message: `no chapter "${c.id}" in ${chaptersDir}/ to translate; a translation takes its source chapter's file name (one of: ${chapters.map((s) => s.id).join(', ')})`,
          });
          continue;
        }
        const result = chapterFrontmatter(c, issues);
        if (result.success && result.data.order !== source.data.order) {
          issues.push({
            file: c.file,
            entry: `chapters[${c.id}]`,
            field: 'order',
            ...(c.parsed ? locate(c.parsed, ['order'], 1) : {}),
            message: `order ${result.data.order} differs from the source chapter's (${source.data.order} in ${source.file}); a translation keeps its chapter's place`,
          });
        }
        issues.push(...scanComponentUsage(c.file, c.body, ids, unreadable));
        issues.push(...grammarIssues(c.file, c.body, { ...ctx, locale: code }, failed));
      }
      issues.push(...scanCrossReferences(translated));
    }
    // Numbers must not drift between languages (src/report/drift.ts).
    const sources = chapterFiles.map((c) => ({ file: c.file, text: c.body, locale: site.lang }));
    issues.push(...driftIssues(sources, translations, declared.datasets));
  }

  if (issues.length > 0 || site === undefined) throw new ReportError(issues, root);
  return { root, site, chapters, data: data as ReportData, raw, datasets: declared.datasets, catalogues };
}
