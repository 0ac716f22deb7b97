/**
 * The Russian stemming workaround (inflection.ts) and the faint-match test of
 * highlights (find.ts `answers`): what a reader types is searched in a form
 * the stemmer knows, and a typo matched to an unrelated word counts as faint.
 */
import { describe, expect, it } from 'vitest';
import { refolded, withRefolded } from '../../../src/lib/search/inflection.ts';
import { answers } from '../../../src/lib/search/find.ts';

describe('refolded Russian endings', () => {
  it('puts -ой, -ый, -ий, -ей in a form the stemmer removes, each word of the query', () => {
    expect(refolded('приграничной торговли', 'ru')).toBe('приграничного торговли');
    expect(refolded('Костанайской области', 'ru')).toBe('Костанайского области');
    expect(refolded('Заключительный акт', 'ru')).toBe('Заключительного акт');
    expect(refolded('Генеральный и синий', 'ru')).toBe('Генерального и синего');
    expect(refolded('областей', 'ru-RU')).toBe('областего');
  });

  it('keeps the case the reader typed', () => {
    expect(refolded('ПРИГРАНИЧНОЙ', 'ru')).toBe('ПРИГРАНИЧНОГО');
  });

  it('leaves short words, other endings and other languages alone', () => {
    expect(refolded('мой договор', 'ru')).toBeUndefined();
    expect(refolded('договор о дружбе', 'ru')).toBeUndefined();
    expect(refolded('приграничной торговли', 'en')).toBeUndefined();
    expect(refolded('Treaty of Friendship', 'ru')).toBeUndefined();
  });

  it('adds each refolded query after its own, without duplicates', () => {
    expect(withRefolded(['приграничной торговли', 'договор'], 'ru')).toEqual([
      'приграничной торговли',
      'приграничного торговли',
      'договор',
    ]);
    expect(withRefolded(['приграничной'], 'de')).toEqual(['приграничной']);
  });
});

describe('highlights that answer the query', () => {
  it('a highlight equal to a searched word, or sharing its stem, answers it', () => {
    expect(answers('the <mark>Treaty</mark> of', ['treaty'])).toBe(true);
    expect(answers('<mark>договора</mark> о', ['договор'])).toBe(true);
    expect(answers('<mark>Bashkortostan</mark>', ['Bashkortstan'])).toBe(true);
  });

  it('a long misspelt word matched to an unrelated short one does not', () => {
    expect(answers('B. <mark>K.</mark> Sultanov', ['Kostanai'])).toBe(false);
  });

  it('the words of every query searched count (a synonym found the page)', () => {
    expect(answers('the <mark>Russian</mark> Federation', ['RF', 'Russian Federation'])).toBe(true);
  });

  it('an excerpt without highlights is not judged', () => {
    expect(answers('no marks here', ['anything'])).toBe(true);
  });
});
