/**
 * The numbers a chapter writes in its prose, each with its line and a
 * canonical form that is the same in every language's way of writing it:
 * "7 500", "7,500" and "7500" are all 7500; "870 200,5" (ru) and "870,200.5"
 * (en) are both 870200.5. Years, days, section numbers ("4.3") and ordinals
 * ("9th", "9-е") count as written numbers, and so do Roman numerals of two or
 * more letters I, V, X ("XXI век" is 21). Not prose: the frontmatter (but
 * its title, short title, summary and section), components and their props
 * (a <Value> writes no digit in the text), code, comments, link targets,
 * citation keys, cross-references, footnote labels, URLs and HTML entities.
 * Numbers written in words ("seven") are not read.
 */
import { proseOf } from '../remark/pandoc.ts';

export interface ProseNumber {
  /** Canonical form: digits, "." before a fraction ("7500", "870200.5", "4.3", "25.05.1992"). */
  value: string;
  /** As written ("7 500"). */
  text: string;
  /** 1-based line in the file. */
  line: number;
  /** The power of ten a scale word after it multiplies it by ("21 billion", "21 млрд": 1e9). */
  scale?: number;
}

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');
/** Frontmatter keys whose values a reader sees as text. */
const shownKeys = /^(\s*(?:title|shortTitle|summary|section)\s*:)(.*)$/;
/** A component tag with its props (a quoted prop may hold "<" or ">"), on one line or several. */
const tag = /<\/?[A-Za-z][A-Za-z0-9.]*\b(?:[^<>"']|"[^"]*"|'[^']*')*\/?>/g;

/** The chapter's text with everything but prose blanked (lines and columns kept). */
export function proseText(mdx: string): string {
  let text = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (fm) =>
    fm
      .split('\n')
      .map((l) => (shownKeys.test(l) ? l.replace(shownKeys, (_m, k: string, v: string) => blank(k) + v) : blank(l)))
      .join('\n'),
  );
  text = text.replace(tag, blank).replace(/^(?:import|export)\s.*$/gm, blank);
  return proseOf(text)
    .replace(/\{[^{}\n]*\}/g, blank) // expressions and heading ids {#x}
    .replace(/\[\^[^\]\s]+\]/g, blank) // footnote labels
    .replace(/(?<![\w@.])-?@[A-Za-z0-9_](?:[\w-]|[:.#$%&+?<>~/](?=\w))*/g, blank) // citation keys, cross-references
    .replace(/\b(?:https?|mailto|ftp):[^\s<>)\]]+/g, blank)
    .replace(/&#?[A-Za-z0-9]+;/g, blank);
}

/** Separators of `locale` (from Intl): its grouping and decimal marks; a space of any width also groups. */
function marks(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const spaces = ' \u00a0\u202f\u2009';
const patterns = new Map<string, RegExp>();

/** The number pattern of a locale: grouped digits with an optional fraction, or digits with dots ("4.3", "25.05.1992"). */
function numberPattern(locale: string): RegExp {
  let re = patterns.get(locale);
  if (!re) {
    const { group, decimal } = marks(locale);
    const fraction = `(?:${escape(decimal)}\\d+)`;
    const grouped = `\\d{1,3}(?:[${escape(spaces + group)}]\\d{3})+(?!\\d)${fraction}?`;
    const plain = decimal === '.' ? `\\d+(?:\\.\\d+)*` : `\\d+${fraction}?(?:\\.\\d+)*`;
    re = new RegExp(`(?<![\\d${escape(decimal)}])(?:(?<grouped>${grouped})|${plain})`, 'g');
    patterns.set(locale, re);
  }
  return re;
}

/** The canonical form of a number written in `locale`; `grouped`: written with grouping marks ("7 500", "7,500"). */
export function canonicalNumber(text: string, locale: string, grouped: boolean): string {
  const { group, decimal } = marks(locale);
  let t = text;
  if (grouped) for (const g of spaces + group) t = t.split(g).join('');
  return decimal === '.' ? t : t.replace(decimal, '.');
}

/** Roman numerals as prose writes centuries and parts ("XXI век", "Part II"): two or more of I, V, X. */
const roman = /(?<![\p{L}\d])[IVX]{2,}(?![\p{L}\d])/gu;
const romanDigits: Record<string, number> = { I: 1, V: 5, X: 10 };

/** The value of a well-formed Roman numeral (I, V, X only), else undefined ("IIV", "VV"). */
export function romanValue(text: string): number | undefined {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = romanDigits[text.charAt(i)] ?? 0;
    total += v < (romanDigits[text.charAt(i + 1)] ?? 0) ? -v : v;
  }
  const units = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
  const tens = ['', 'X', 'XX', 'XXX'];
  const written = (tens[Math.floor(total / 10)] ?? '?') + (units[total % 10] ?? '');
  return total > 0 && written === text ? total : undefined;
}

const scales = new Map<string, Array<[string, number]>>();

/** The scale words of `locale` from Intl's compact notation ("thousand", "млн", "Mrd."), longest first; one-letter ones ("K") left out. */
function scaleWords(locale: string): Array<[string, number]> {
  let words = scales.get(locale);
  if (!words) {
    const found = new Map<string, number>();
    for (const display of ['short', 'long'] as const)
      for (const power of [1e3, 1e6, 1e9, 1e12])
        for (const n of [1, 2, 5]) {
          const parts = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: display }).formatToParts(n * power);
          const word = parts.find((p) => p.type === 'compact')?.value.toLowerCase();
          if (word !== undefined && word.length > 1 && !found.has(word)) found.set(word, power);
        }
    words = [...found].sort((a, b) => b[0].length - a[0].length);
    scales.set(locale, words);
  }
  return words;
}

/** The scale a word right after a number gives it, if any. */
function scaleAfter(text: string, locale: string): number | undefined {
  const next = /^[ \u00a0\u202f]?([^\s\d,;:()]+)/u.exec(text)?.[1]?.toLowerCase();
  if (next === undefined) return undefined;
  return scaleWords(locale).find(([w]) => next === w || next === w.replace(/\.$/, '') || (w.endsWith('.') && next.startsWith(w)))?.[1];
}

/** Every number the prose of a chapter (MDX, frontmatter included) writes, in order; Roman numerals as their value. */
export function proseNumbers(mdx: string, locale: string): ProseNumber[] {
  const prose = proseText(mdx);
  const found: Array<{ index: number; value: string; text: string; scale?: number | undefined }> = [];
  for (const m of prose.matchAll(numberPattern(locale))) {
    const value = canonicalNumber(m[0], locale, m.groups?.['grouped'] !== undefined);
    found.push({
      index: m.index,
      value,
      text: m[0],
      scale: scaleAfter(prose.slice(m.index + m[0].length, m.index + m[0].length + 24), locale),
    });
  }
  for (const m of prose.matchAll(roman)) {
    const v = romanValue(m[0]);
    if (v !== undefined) found.push({ index: m.index, value: String(v), text: m[0] });
  }
  found.sort((a, b) => a.index - b.index);
  const out: ProseNumber[] = [];
  let line = 1;
  let at = 0;
  for (const f of found) {
    for (; at < f.index; at++) if (prose.charCodeAt(at) === 10) line++;
    out.push({ value: f.value, text: f.text, line, ...(f.scale === undefined ? {} : { scale: f.scale }) });
  }
  return out;
}
