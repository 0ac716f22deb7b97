/**
 * The grammar's words in the page's language: its messages (src/i18n/catalogues.ts,
 * `grammar.*`), small counts in words, and units in the locale's forms. A
 * context without a translator (an engine test) gets the engine's own catalogue.
 */
import { engineCatalogues, en } from '../i18n/catalogues.ts';
import { translator, type Translate } from '../i18n/messages.ts';
import { unitWords } from '../datasets/units.ts';
import type { Column } from './tables.ts';

/** The translator of a context: its own, else the engine catalogue of its language (English without one). */
export function wordsOf(ctx: { locale: string; t?: Translate | undefined }): Translate {
  if (ctx.t !== undefined) return ctx.t;
  const lang = ctx.locale.split('-')[0] ?? ctx.locale;
  return translator(ctx.locale, engineCatalogues[lang] ?? en);
}

/** The word for a small whole count ("seven"), from the message `grammar.countWords`; undefined: write digits. */
export function countWord(n: number, t: Translate): string | undefined {
  if (!Number.isInteger(n) || n < 0) return undefined;
  const word = t('grammar.countWords').split('|')[n]?.trim();
  return word === undefined || word === '' ? undefined : word;
}

/** A column's unit in the locale: after the number `n` (`qualified` after "about"), or for a heading without `n`. */
export function columnUnit(column: Column, unit: string | undefined, locale: string, n?: number, qualified = false): string | undefined {
  return unit === undefined || unit === '' ? undefined : unitWords(column.units, unit, locale, n, qualified);
}

/** "Population, people": a column heading with its unit, in the locale's words. */
export function headingOf(title: string, column: Column, locale: string, t: Translate): string {
  const unit = columnUnit(column, column.unit, locale);
  return unit === undefined ? title : t('grammar.headingUnit', { title, unit });
}
