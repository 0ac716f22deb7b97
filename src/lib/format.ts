/**
 * Number formatting for English prose. Pure and locale-fixed (en-GB: "7,500",
 * "85.5%") so the text readers see and the tests assert never depend on the
 * machine that builds the site.
 */

const locale = 'en-GB';

/** A number with thousands grouping and every decimal the data holds: numbers are never silently rounded. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }).format(n);
}

/** A number with at least `min` decimals (source tables print "2,461.0"), but never fewer than the data holds. */
export function formatDecimal(n: number, min: number): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: 20 }).format(n);
}

/** A number rounded to exactly `digits` decimals: for computed shares, which have no "true" precision. */
export function formatFixed(n: number, digits: number): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

/** A percentage of 100 as prose writes it: "20%", "85.5%". */
export function formatPercent(n: number, digits?: number): string {
  return `${digits === undefined ? formatNumber(n) : formatFixed(n, digits)}%`;
}

const scales = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
] as const;

/**
 * Large round numbers in words ("21 billion", "9.5 billion"); anything that
 * would need rounding to be written so ("5,638,263") keeps all its digits.
 */
export function formatCompact(n: number): string {
  for (const [scale, word] of scales) {
    if (Math.abs(n) < scale) continue;
    const tenths = (n / scale) * 10;
    if (Math.abs(tenths - Math.round(tenths)) > 1e-9) break;
    return `${formatNumber(Math.round(tenths) / 10)} ${word}`;
  }
  return formatNumber(n);
}

const ordinalRules = new Intl.PluralRules(locale, { type: 'ordinal' });
const ordinalSuffix: Record<Intl.LDMLPluralRule, string> = { zero: 'th', one: 'st', two: 'nd', few: 'rd', many: 'th', other: 'th' };

/** Rank as an ordinal: "1st", "22nd", "111th". */
export function formatOrdinal(n: number): string {
  if (!Number.isInteger(n)) throw new Error(`formatOrdinal: expected a whole number, got ${n}`);
  return `${formatNumber(n)}${ordinalSuffix[ordinalRules.select(n)]}`;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A partial date ("2016", "2016-08", "2016-08-15") in words: "2016", "August 2016", "August 15, 2016". */
export function formatPartialDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) throw new Error(`formatPartialDate: expected "YYYY", "YYYY-MM" or "YYYY-MM-DD", got "${date}"`);
  const [, year = '', month, day] = m;
  if (month === undefined) return year;
  const name = months[Number(month) - 1] ?? month;
  return day === undefined ? `${name} ${year}` : `${name} ${Number(day)}, ${year}`;
}

/** Roman numerals, as series of events are numbered ("XII"). */
export function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, numeral] of table) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}
