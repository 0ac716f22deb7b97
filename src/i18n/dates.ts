/**
 * Dates as precise as the source ("1992", "1992-05", "1992-05-25"), written
 * for the page's locale through Intl: "25 May 1992" / "25 мая 1992 г.",
 * "May 1992" / "май 1992 г.". Always in UTC, so no machine's time zone shifts a day.
 */
const partial = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function formatDate(date: string, locale: string): string {
  const m = partial.exec(date);
  if (!m) throw new Error(`formatDate: expected "YYYY", "YYYY-MM" or "YYYY-MM-DD", got "${date}"`);
  const [, year = '', month, day] = m;
  if (month === undefined) return year;
  const when = new Date(Date.UTC(Number(year), Number(month) - 1, day === undefined ? 1 : Number(day)));
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  // A month alone is in the nominative where a language has cases ("май 1992 г.", not "мая").
  return new Intl.DateTimeFormat(locale, options).format(when);
}
