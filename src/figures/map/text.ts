/** Text a map prints: labels from a field, a path or a template, wrapped at spaces; short numbers for labels and legends. */
import { formatNumber } from '../../grammar/format.ts';
import { toRoman } from '../../lib/format.ts';
import { PropError } from '../../grammar/problem.ts';
import { pathAccessor, type Tables } from '../../grammar/query.ts';
import type { Table, TableRow, Value } from '../../grammar/tables.ts';
import type { Translate } from '../../i18n/messages.ts';

/** How a template's `{field|fn}` writes a value: "year" keeps a date's year, "roman" writes a whole number in Roman numerals. */
const textFns: Record<string, (v: Value) => string> = {
  year: (v) => String(v).slice(0, 4),
  roman: (v) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? toRoman(v) : String(v)),
};

/** A text channel: a field, a path, or a template "{number|roman} {city} {date|year}"; a missing value prints nothing. */
export function textChannel(tables: Tables, table: Table, spec: string, prop: string): (row: TableRow) => string {
  const parts = spec.split(/(\{[^{}]*\})/).filter((p) => p !== '');
  const readers = (spec.includes('{') ? parts : [`{${spec}}`]).map((p) => {
    if (!(p.startsWith('{') && p.endsWith('}'))) return (): string => p;
    const [path = '', fn] = p
      .slice(1, -1)
      .split('|')
      .map((s) => s.trim());
    const a = pathAccessor(tables, table, path, prop);
    const write = fn === undefined ? String : textFns[fn];
    if (!write) throw new PropError(prop, `unknown function "${fn ?? ''}" in "${p}"; expected "year" or "roman"`);
    return (r: TableRow): string => {
      const v = a.get(r);
      return v === null ? '' : write(v);
    };
  });
  return (r) =>
    readers
      .map((read) => read(r))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
}

/** Wraps a label at spaces into lines of about `width` characters; a single long word stays whole. */
export function wrapLabel(text: string, width = 9): string {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/** A short number for labels and legends, in the locale's words: "1.4 m", "581.5k"; "1,4 млн", "581,5 тыс.". */
export function compact(n: number, locale: string, t: Translate): string {
  const f = (v: number): string => formatNumber(v, { locale });
  return n >= 1e6
    ? t('grammar.millions', { n: f(Math.round(n / 1e5) / 10) })
    : n >= 1e3
      ? t('grammar.thousands', { n: f(Math.round(n / 1e2) / 10) })
      : f(n);
}
