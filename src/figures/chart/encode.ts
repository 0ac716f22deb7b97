/**
 * A chart's props read against the report's tables: the rows it draws, an
 * accessor per channel, and how its numbers, labels and categories are
 * written. Every mark starts here, so every mark reports a mistake the same way.
 */
import { z } from 'astro/zod';
import { accessor, conditions, pathAccessor, selectRows, tableNamed, type Accessor, type Tables } from '../../grammar/query.ts';
import { meets } from '../../grammar/filter.ts';
import { checkFormat, formatNumber, qualifierWords, withUnit } from '../../grammar/format.ts';
import { PropError, quoted } from '../../grammar/problem.ts';
import type { Column, Table, TableRow } from '../../grammar/tables.ts';
import { checkMarkProps, parseChartProps, type ChartProps } from './props.ts';
import type { Translate } from '../../i18n/messages.ts';
import { defaultNumberWords, type NumberWords } from '../../charts/config.ts';
import { columnUnit, wordsOf } from '../../grammar/words.ts';

/** Labels of coded values, by "<table>.<field>" then value: a text, a text per language, or either under `label`. */
const vocabulariesSchema = z.record(z.string(), z.record(z.string(), z.unknown()));
export type Vocabularies = z.infer<typeof vocabulariesSchema>;

/** The text of a vocabulary entry in `locale`: "Council of Europe", { en: …, ru: … }, or { label: …, means: … }. */
export function entryText(entry: unknown, locale: string): string | undefined {
  if (typeof entry === 'string') return entry;
  if (typeof entry !== 'object' || entry === null) return undefined;
  const map = entry as Record<string, unknown>;
  if ('label' in map) return entryText(map['label'], locale);
  const lang = locale.split('-')[0] ?? locale;
  const text = map[locale] ?? map[lang] ?? Object.values(map)[0];
  return typeof text === 'string' ? text : undefined;
}

export interface ChartContext {
  /** The report's tables in the chart's locale (tablesOf(report, locale)). */
  tables: Tables;
  locale: string;
  /** The locale's messages; the engine's catalogue of the locale without it. */
  t?: Translate | undefined;
  vocabularies?: Vocabularies | undefined;
}

/** The chart's words: its context's messages. */
export const chartWords = (enc: Encoding): Translate => wordsOf(enc.ctx);

/** How the chart's ticks write numbers in its locale; undefined when that is the charts' default (the model stays lean). */
export function numberWords(enc: Encoding): NumberWords | undefined {
  const t = chartWords(enc);
  const words: NumberWords = {
    locale: enc.ctx.locale,
    thousands: t('grammar.thousands', { n: '{n}' }),
    millions: t('grammar.millions', { n: '{n}' }),
    billions: t('grammar.billions', { n: '{n}' }),
  };
  const d = defaultNumberWords;
  const sameMarks = (['thousands', 'millions', 'billions'] as const).every((k) => words[k] === d[k]);
  const sample = (l: string): string => (1234567.5).toLocaleString(l);
  return sameMarks && sample(words.locale) === sample(d.locale) ? undefined : words;
}

/** The model's `numbers`, spread in only when the locale has its own. */
export function numbersOf(enc: Encoding): { numbers?: NumberWords } {
  const numbers = numberWords(enc);
  return numbers === undefined ? {} : { numbers };
}

/** The site's `vocabularies`, if it has any (read defensively: the section is optional). */
export function vocabulariesOf(site: object): Vocabularies | undefined {
  const parsed = vocabulariesSchema.safeParse((site as { vocabularies?: unknown }).vocabularies);
  return parsed.success ? parsed.data : undefined;
}

export interface Encoding {
  props: ChartProps;
  ctx: ChartContext;
  table: Table;
  rows: TableRow[];
  x?: Accessor | undefined;
  y?: Accessor | undefined;
  colour?: Accessor | undefined;
}

/** Fields a measure can read. */
export const isMeasure = (c: Column): boolean => c.type === 'number' || c.type === 'integer';

/** The props checked, the rows chosen and every channel resolved; throws a PropError at the first mistake. */
export function encode(raw: Readonly<Record<string, unknown>>, ctx: ChartContext): Encoding {
  const props = parseChartProps(raw);
  checkMarkProps(props);
  if (props.format !== undefined) checkFormat(props.format);
  const table = tableNamed(ctx.tables, props.dataset);
  const channel = (prop: 'x' | 'y' | 'colour'): Accessor | undefined => {
    const spec = props[prop];
    return spec === undefined ? undefined : accessor(ctx.tables, table, spec, prop);
  };
  const enc: Encoding = { props, ctx, table, rows: [], x: channel('x'), y: channel('y'), colour: channel('colour') };
  if (props.label !== undefined) labelTemplate(enc, props.label);
  if (props.hollow !== undefined) conditions(ctx.tables, table, props.hollow, 'hollow');
  enc.rows = selectRows(ctx.tables, table, props);
  return enc;
}

/** A channel the mark needs. */
export function required(enc: Encoding, prop: 'x' | 'y'): Accessor {
  const a = enc[prop];
  if (!a)
    throw new PropError(
      prop,
      `missing; a ${enc.props.mark} chart needs "${prop}": a field of dataset "${enc.table.name}": ${fieldList(enc.table)}`,
    );
  return a;
}

const fieldList = (t: Table, keep: (c: Column) => boolean = () => true): string => quoted(t.columns.filter(keep).map((c) => c.name));

/** A channel that must read numbers; the message lists the number fields there are. */
export function measure(enc: Encoding, prop: 'x' | 'y'): Accessor {
  const a = required(enc, prop);
  if (!isMeasure(a.column))
    throw new PropError(
      prop,
      `"${enc.props[prop] ?? ''}" is a ${a.column.type === 'string' ? 'text' : a.column.type} field; the ${enc.props.mark} chart's values come from a number field: ${fieldList(enc.table, isMeasure) || '(none)'}`,
    );
  if (enc.props.scale === 'log')
    for (const r of enc.rows) {
      const v = a.get(r);
      if (typeof v === 'number' && v <= 0)
        throw new PropError(
          'scale',
          `a logarithmic scale cannot show ${v} (row ${r.key}); use scale="linear", or a filter that leaves out values of 0 or less`,
        );
    }
  return a;
}

/** The number of `a` in `row`, as the chart prints it: qualifier, number in the figure's or field's format, the row's own unit. */
export function formatValue(enc: Encoding, a: Accessor, row: TableRow): string {
  const v = a.get(row);
  if (typeof v !== 'number') return '—';
  const at = a.rowOf(row);
  const col = a.column;
  const t = chartWords(enc);
  const number = formatNumber(v, { format: enc.props.format ?? col.numberFormat, exact: at?.exact[col.name], locale: enc.ctx.locale, t });
  const unit = col.unitField === undefined ? undefined : at?.values[col.unitField];
  const qualifier = col.qualifierField === undefined ? undefined : at?.values[col.qualifierField];
  const words = qualifierWords(typeof qualifier === 'string' ? qualifier : undefined, col.type === 'integer', t);
  const unitText = columnUnit(col, typeof unit === 'string' ? unit : undefined, enc.ctx.locale, v, words !== undefined);
  return [words, withUnit(number, unitText)].filter((s) => s !== undefined).join(' ');
}

/** A total with the column's unit in the locale's words: "870,200.5 thousand US dollars". */
export function withColumnUnit(enc: Encoding, a: Accessor, text: string, n: number): string {
  return withUnit(text, columnUnit(a.column, a.column.unit, enc.ctx.locale, n));
}

/** A share (0–1) as a percentage with one decimal. */
export const formatShare = (enc: Encoding, share: number): string => formatNumber(share, { format: '.1%', locale: enc.ctx.locale });

/** The generated description's note on a log scale, with its leading space; nothing on a linear one. */
export const logNote = (enc: Encoding): string => (enc.props.scale === 'log' ? ` ${chartWords(enc)('grammar.logNote')}` : '');

/** The label of a coded value: the site's vocabulary for "<table>.<field>" in the page's language, else the value itself. */
export function vocabularyLabel(enc: Encoding, spec: string | undefined, value: string): string {
  if (spec === undefined) return value;
  return entryText(enc.ctx.vocabularies?.[`${enc.table.name}.${spec}`]?.[value], enc.ctx.locale) ?? value;
}

/** A category's text: the channel's value, through the vocabulary when it is a plain field. */
export function categoryOf(enc: Encoding, prop: 'x' | 'y' | 'colour', row: TableRow): string {
  const a = enc[prop];
  if (!a) return '';
  const v = a.get(row);
  const text = v === null ? '—' : String(v);
  return a.template === true ? text : vocabularyLabel(enc, enc.props[prop], text);
}

type Part = string | { path: string; year: boolean; read?: Accessor };

/**
 * The heading of a column of label templates: the titles of the fields the
 * template reads, in the table's language ("{shortTitle} ({signed})" → "Instrument, Signed"),
 * not the template's field names.
 */
export function templateHeading(enc: Encoding, template: string): string {
  const titles = [...template.matchAll(/\{([^{}|]*)(?:\|[^{}]*)?\}/g)]
    .map((m) => (m[1] ?? '').trim())
    .filter((path) => path !== '' && path !== 'value' && path !== 'share')
    .map((path) => pathAccessor(enc.ctx.tables, enc.table, path, 'label').title);
  return [...new Set(titles)].join(', ');
}

/**
 * A `label` template: "{value} ({share})", "{number}. {city} {date|year}".
 * {value} is the formatted value, {share} its share of the total, {<field>}
 * a field as written, {<field>|year} the year of a date (as <Map> writes it). A missing field
 * drops itself and the text that follows it up to the next placeholder.
 */
export function labelTemplate(enc: Encoding, template: string): (row: TableRow, value: string, share: string) => string {
  const parts: Part[] = template
    .split(/(\{[^{}]*\})/)
    .filter((p) => p !== '')
    .map((p) => {
      if (!(p.startsWith('{') && p.endsWith('}'))) return p;
      const [path = '', fmt] = p
        .slice(1, -1)
        .trim()
        .split('|')
        .map((x) => x.trim());
      if (fmt !== undefined && fmt !== 'year') throw new PropError('label', `unknown format "|${fmt}" in "${p}"; expected "|year"`);
      if (path === 'value' || path === 'share') return { path, year: false };
      return { path, year: fmt === 'year', read: pathAccessor(enc.ctx.tables, enc.table, path, 'label') };
    });
  return (row, value, share) => {
    let out = '';
    let skip = false;
    for (const p of parts) {
      if (typeof p === 'string') {
        if (!skip) out += p;
        continue;
      }
      const v = p.path === 'value' ? value : p.path === 'share' ? share : p.read?.get(row);
      skip = v === null || v === undefined || v === '';
      if (!skip) out += p.year ? String(v).slice(0, 4) : String(v);
    }
    return out;
  };
}

/** The paths a channel spec reads: its field, or every field of a template. */
export function pathsOf(spec: string | undefined): string[] {
  if (spec === undefined) return [];
  if (!spec.includes('{')) return [spec];
  return [...spec.matchAll(/\{([^{}|]*)(?:\|[^{}]*)?\}/g)].map((m) => (m[1] ?? '').trim()).filter((p) => p !== 'value' && p !== 'share');
}

/** Whether a row meets the `hollow` condition. */
export function hollowTest(enc: Encoding): (row: TableRow) => boolean {
  if (enc.props.hollow === undefined) return () => false;
  const cs = conditions(enc.ctx.tables, enc.table, enc.props.hollow, 'hollow');
  return (row) => cs.every((c) => meets(c.accessor.get(row), c));
}

/** The CSV of a figure: the key and every field its channels read, raw values, one line per row drawn. */
export function csvOf(
  enc: Encoding,
  rows: readonly TableRow[] = enc.rows,
): { csvColumns: string[]; csvRows: Array<Array<string | number | boolean | null>> } {
  const p = enc.props;
  const key = enc.table.primaryKey;
  const paths = [
    ...new Set([
      ...key,
      ...[p.x, p.y, p.colour, p.label].flatMap(pathsOf),
      ...(p.hollow === undefined ? [] : conditions(enc.ctx.tables, enc.table, p.hollow, 'hollow').map((c) => c.path)),
    ]),
  ];
  const readers = paths.map((path) => pathAccessor(enc.ctx.tables, enc.table, path, 'x'));
  return { csvColumns: paths, csvRows: rows.map((r) => readers.map((a) => a.get(r))) };
}

/** An axis title: the prop, else the field's title and unit; "(logarithmic scale)" when it is one; in the locale's words. */
export function axisTitle(enc: Encoding, a: Accessor, override: string | undefined, log = false): string {
  const t = chartWords(enc);
  const unit = columnUnit(a.column, a.column.unit, enc.ctx.locale);
  const base = override ?? (unit === undefined ? a.title : t('grammar.axisUnit', { title: a.title, unit }));
  return log ? t('grammar.logScale', { title: base }) : base;
}

/** Wraps a long category label into lines of about `width` characters. */
export function wrap(text: string, width: number | undefined): string | string[] {
  if (width === undefined || text.length <= width) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.length === 1 ? (lines[0] ?? text) : lines;
}
