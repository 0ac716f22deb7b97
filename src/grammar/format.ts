/**
 * How the grammar writes a number: with the precision its source text has
 * (743,897.5 stays 743,897.5; a total gets the most decimals of its parts),
 * or as a figure asks with `format`: a d3-format specifier (",.1f", ".1%"),
 * "compact" ("21 billion", only when exact to a tenth) or "ordinal" ("9th").
 * Grouping and decimal marks come from the page's locale through `Intl`, so
 * the same data reads "870,200.5" in English and "870 200,5" in Russian.
 */
import { formatLocale, type FormatLocaleObject } from 'd3-format';
import { PropError } from './problem.ts';
import type { Translate } from '../i18n/messages.ts';

/** Decimals in a number's source text: "743897.5" → 1. */
export const decimalsOf = (exact: string | undefined): number => (exact === undefined ? 0 : (/\.(\d+)$/.exec(exact)?.[1]?.length ?? 0));

const d3Locales = new Map<string, FormatLocaleObject>();
/** d3-format's locale, its marks read from Intl. */
function d3Locale(locale: string): FormatLocaleObject {
  let l = d3Locales.get(locale);
  if (!l) {
    const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
    const part = (type: string, fallback: string): string => parts.find((p) => p.type === type)?.value ?? fallback;
    l = formatLocale({
      decimal: part('decimal', '.'),
      thousands: part('group', ','),
      grouping: [3],
      currency: ['', ''],
      minus: '-',
      percent: '%',
    });
    d3Locales.set(locale, l);
  }
  return l;
}

/** Whether a `format` prop is one the grammar reads; the message says what is expected. */
export function checkFormat(spec: string, prop = 'format'): void {
  if (spec === 'compact' || spec === 'ordinal' || spec === 'number') return;
  try {
    d3Locale('en').format(spec);
  } catch {
    throw new PropError(
      prop,
      `cannot read the number format "${spec}"; expected "number", "compact", "ordinal" or a d3-format specifier such as ",.1f" or ".1%"`,
    );
  }
}

const scales = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
] as const;

/** Whether `n` is exact to a tenth of a million, billion or trillion, so "compact" loses nothing. */
function compactable(n: number): boolean {
  for (const [scale] of scales) {
    if (Math.abs(n) < scale) continue;
    const tenths = (n / scale) * 10;
    return Math.abs(tenths - Math.round(tenths)) <= 1e-9;
  }
  return false;
}

const ordinalSuffixes: Record<string, Partial<Record<Intl.LDMLPluralRule, string>>> = {
  en: { one: 'st', two: 'nd', few: 'rd', other: 'th' },
};

export interface NumberStyle {
  /** The figure's `format`, or the column's `numberFormat`. */
  format?: string | undefined;
  /** The exact source text, for its precision. */
  exact?: string | undefined;
  /** At least this many decimals (a total of parts with decimals). */
  minDecimals?: number | undefined;
  locale: string;
  /** The locale's words: "compact" is written long ("21 billion") or short ("21 млрд") as `grammar.compactDisplay` says. */
  t?: Translate | undefined;
}

/** A number as the page prints it. */
export function formatNumber(n: number, style: NumberStyle): string {
  const { format, locale } = style;
  if (format === 'compact' && compactable(n))
    return new Intl.NumberFormat(locale, {
      notation: 'compact',
      compactDisplay: style.t?.('grammar.compactDisplay') === 'short' ? 'short' : 'long',
      maximumFractionDigits: 1,
    }).format(n);
  if (format === 'ordinal' && Number.isInteger(n)) {
    const lang = locale.split('-')[0] ?? locale;
    const suffixes = ordinalSuffixes[lang];
    const plain = new Intl.NumberFormat(locale).format(n);
    if (!suffixes) return plain;
    const rule = new Intl.PluralRules(locale, { type: 'ordinal' }).select(n);
    return `${plain}${suffixes[rule] ?? suffixes.other ?? ''}`;
  }
  if (format !== undefined && format !== 'compact' && format !== 'ordinal' && format !== 'number')
    return d3Locale(locale).format(format)(n);
  const decimals = Math.max(decimalsOf(style.exact), style.minDecimals ?? 0);
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: style.exact === undefined ? Math.max(decimals, 20) : decimals,
  }).format(n);
}

/** Qualifier words before a number, by the qualifier a row gives, in the locale's words (`number.*`); "under" says "fewer than" for counted units. */
export function qualifierWords(qualifier: string | null | undefined, counted: boolean, t: Translate): string | undefined {
  switch (qualifier) {
    case 'about':
      return t('number.about');
    case 'over':
      return t('number.over');
    case 'under':
      return t(counted ? 'number.underCounted' : 'number.under');
    default:
      return undefined;
  }
}

/** "7,500 km", "85%": a number and its unit; units that are signs ("%", "‰", "°") follow without a space. */
export function withUnit(number: string, unit: string | null | undefined): string {
  if (unit === undefined || unit === null || unit === '') return number;
  return /^[%‰°]/.test(unit) ? `${number}${unit}` : `${number} ${unit}`;
}
