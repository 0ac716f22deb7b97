/**
 * Reads and validates a whole report (site configuration, chapter frontmatter,
 * every data file), checks that every cross-reference points at an existing
 * entry, and reports every problem at once with file, line, field and
 * expectation. Pure Node: the build, the dev server and the tests share it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'astro/zod';
import { collectionNames, type CollectionName } from '../schemas/common.ts';
import { dataSchemas, type DataCollectionName } from '../schemas/data.ts';
import { chapterSchema, type ChapterData } from '../schemas/chapter.ts';
import { siteSchema, type SiteConfig } from '../schemas/site.ts';
import { ReportError, type ReportIssue } from './errors.ts';
import { chaptersDir, dataFiles, reportRoot, siteFile } from './paths.ts';
import { scanComponentUsage, scanCrossReferences } from './mdx-usage.ts';

type Schemas = ReturnType<typeof dataSchemas<z.ZodString>>;
/** Validated entries of each data collection; cross-references are plain ids. */
export type ReportData = { [K in DataCollectionName]: z.output<Schemas[K]>[] };
export type Region = ReportData['regions'][number];
export type TradeFlow = ReportData['tradeFlows'][number];
export type KeyFigure = ReportData['keyFigures'][number];

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
  /** The raw (unparsed) entries, as written, for Astro's own loaders. */
  raw: { [K in DataCollectionName]: Record<string, unknown>[] };
}

interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
  value: unknown;
}

function parseYaml(text: string, file: string, issues: ReportIssue[], lineOffset = 0): ParsedYaml | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const pos = lines.linePos(err.pos[0]);
      issues.push({ file, line: pos.line + lineOffset, column: pos.col, message: `this is not valid YAML: ${err.message.split('\n')[0]}` });
    }
    return undefined;
  }
  return { doc, lines, value: doc.toJS() };
}

/** Line and column of the node at `where` in a YAML document, or of its nearest existing parent. */
function locate(parsed: ParsedYaml, where: readonly PropertyKey[], lineOffset = 0): { line: number; column: number } | undefined {
  for (let n = where.length; n >= 0; n--) {
    const node = parsed.doc.getIn(where.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) {
      const pos = parsed.lines.linePos(node.range[0]);
      return { line: pos.line + lineOffset, column: pos.col };
    }
  }
  return undefined;
}

function zodIssues(error: z.ZodError, at: (p: readonly PropertyKey[]) => Omit<ReportIssue, 'message' | 'field'>): ReportIssue[] {
  return error.issues.flatMap((issue): ReportIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      // One issue per unknown key, located at the key itself: the typo is the field.
      return issue.keys.map((key) => {
        const p = [...issue.path, key];
        return { ...at(p), field: p.map(String).join('.'), message: `unknown field "${key}"; check the spelling against the editor guide` };
      });
    }
    // A field with its own error message ("expected one of: …") is missing, not wrong: say so.
    const missing =
      'input' in issue &&
      issue.input === undefined &&
      !issue.message.startsWith('missing') &&
      !issue.message.includes('nothing (the field is missing)');
    return [
      {
        ...at(issue.path),
        field: issue.path.map(String).join('.') || undefined,
        message: missing ? `missing required field; ${issue.message}` : issue.message,
      },
    ];
  });
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
    z.string({ error: `expected the id of an entry in ${collection}` }).check((ctx) => {
      // Its file is already reported as unreadable; "unknown id" errors would only repeat that.
      if (unreadable.has(collection)) return;
      const known = ids.get(collection) ?? new Set<string>();
      if (!known.has(ctx.value)) {
        const list = [...known].sort();
        const shown = list.slice(0, 15).join(', ') + (list.length > 15 ? ', …' : '');
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `unknown ${collection} id "${ctx.value}"; expected one of: ${shown || '(none defined)'}`,
        });
      }
    });
}

function readChapters(
  root: string,
  issues: ReportIssue[],
): Array<{ id: string; file: string; raw: unknown; parsed?: ParsedYaml; body: string }> {
  const dir = path.join(root, chaptersDir);
  let names: string[] = [];
  try {
    names = fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.mdx') || n.endsWith('.md'))
      .sort();
  } catch {
    issues.push({ file: chaptersDir, message: 'folder not found: a report needs at least one chapter' });
  }
  const out = [];
  for (const name of names) {
    const file = `${chaptersDir}/${name}`;
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    const id = name.replace(/\.mdx?$/, '');
    if (!m || m[1] === undefined) {
      issues.push({ file, line: 1, message: 'expected frontmatter between two "---" lines at the top of the file' });
      continue;
    }
    const parsed = parseYaml(m[1], file, issues, 1);
    if (!parsed) continue;
    out.push({ id, file, raw: parsed.value, parsed, body: text });
  }
  return out;
}

/** Loads and validates the report at `root`; throws a ReportError listing every problem. */
export function loadReport(root: string = reportRoot()): Report {
  const issues: ReportIssue[] = [];

  // Site configuration.
  let site: SiteConfig | undefined;
  const siteText = readText(root, siteFile, issues);
  if (siteText !== undefined) {
    const parsed = parseYaml(siteText, siteFile, issues);
    if (parsed) {
      const result = siteSchema.safeParse(parsed.value, { error: explainMissing, reportInput: true });
      if (result.success) site = result.data;
      else issues.push(...zodIssues(result.error, (p) => ({ file: siteFile, entry: 'site', ...locate(parsed, p) })));
    }
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
    unreadable.add(name); // until its entries are read
    const text = readText(root, rel, issues);
    if (text === undefined) continue;
    const parsed = parseYaml(text, rel, issues);
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
      const result = schema.safeParse(item, { error: explainMissing, reportInput: true });
      if (result.success) data[name].push(result.data);
      else issues.push(...zodIssues(result.error, (p) => ({ file: rel, entry: `${name}[${id}]`, ...locate(parsed, [i, ...p]) })));
    });
  }

  // Chapters: frontmatter, unique order, and the component ids their text uses.
  const chapters: ChapterFile[] = [];
  const orders = new Map<number, string>();
  for (const c of chapterFiles) {
    const result = chapterSchema.safeParse(c.raw, { error: explainMissing, reportInput: true });
    if (!result.success) {
      const parsed = c.parsed;
      issues.push(
        ...zodIssues(result.error, (p) => ({ file: c.file, entry: `chapters[${c.id}]`, ...(parsed ? locate(parsed, p, 1) : {}) })),
      );
      continue;
    }
    const clash = orders.get(result.data.order);
    if (clash !== undefined) {
      issues.push({
        file: c.file,
        entry: `chapters[${c.id}]`,
        field: 'order',
        ...(c.parsed ? locate(c.parsed, ['order'], 1) : {}),
        message: `order ${result.data.order} is already used by ${clash}; each chapter needs its own place in the reading order`,
      });
    }
    orders.set(result.data.order, c.file);
    chapters.push({ id: c.id, file: c.file, data: result.data, body: c.body });
    issues.push(...scanComponentUsage(c.file, c.body, ids, unreadable));
  }
  chapters.sort((a, b) => a.data.order - b.data.order);
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
    if (inst.replacedBy !== undefined && inst.status === 'in-force') {
      relationIssue(
        inst,
        'status',
        ['status'],
        `status is "in-force" but the instrument is replaced by "${inst.replacedBy}"; expected "replaced" or "expired"`,
      );
    }
  }

  if (issues.length > 0 || site === undefined) throw new ReportError(issues);
  return { root, site, chapters, data: data as ReportData, raw };
}
