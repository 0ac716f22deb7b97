/**
 * Each edition cites in its own style and words, without a build: the style is config (a locale's
 * `citationStyle`, else the site's), a Russian page's citation in GOST R 7.0.100-2018 names the
 * page's Russian title, the Russian site title, the /ru/ URL and the Russian cataloguer's note,
 * and its RIS and BibTeX records carry the page's language. The references are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { styleOf } from '../../src/csl/styles.ts';
import { bibliography, segmentsText } from '../../src/lib/bibliography.ts';
import { chapterWork, citeThisText, inEdition, offeredStyles, recordWork, type Edition } from '../../src/lib/cite-this.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { fixture } from '../unit/data.ts';
import { ru } from '../../src/i18n/catalogues.ts';
import { translator } from '../../src/i18n/messages.ts';

const site = siteSchema.parse({
  title: 'Two Valleys',
  shortTitle: 'Valleys',
  description: 'A site.',
  lang: 'en',
  locales: [
    { code: 'en', name: 'English' },
    { code: 'ru', name: 'Русский', title: 'Две долины', citationStyle: 'gost-r-7.0.100-2018' },
  ],
  editors: [{ name: 'Mira Fixture' }],
  date: '2026-01-15',
  licence: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
});

const russian: Edition = {
  code: 'ru',
  style: styleOf(site, 'ru'),
  siteTitle: 'Две долины',
  filePrefix: 'ru/',
  url: (u) => u.replace('https://example.com/', 'https://example.com/ru/'),
  t: translator('ru', ru),
};

describe('the citation style of each edition', () => {
  it('is the locale’s own style, else the site’s', () => {
    expect(styleOf(site, 'ru')).toBe('gost-r-7.0.100-2018');
    expect(styleOf(site, 'en')).toBe('apa');
    expect(styleOf({ ...site, citationStyle: 'harvard1' }, 'en')).toBe('harvard1');
    expect(offeredStyles(styleOf(site, 'ru'))).toEqual(['gost-r-7.0.100-2018', 'apa']);
    expect(offeredStyles(styleOf(site, 'en'))).toEqual(['apa', 'gost-r-7.0.100-2018']);
  });

  it('refuses a style it does not know, naming the ones it does', () => {
    const bad = siteSchema.safeParse({
      ...site,
      locales: [
        { code: 'en', name: 'English' },
        { code: 'ru', name: 'Русский', citationStyle: 'gost' },
      ],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/expected one of "apa", "gost-r-7\.0\.100-2018"/);
  });
});

describe('a Russian page’s citation in GOST R 7.0.100-2018', { timeout: 60_000 }, () => {
  const chapter = { id: 'rivers', data: { title: 'Rivers' } } as Parameters<typeof chapterWork>[1];
  const source = fixture.references[0];
  if (source === undefined) throw new Error('the fixture has references');
  const work = inEdition(chapterWork(site, chapter, 'https://example.com/chapters/rivers/', source), russian, 'Общая река');

  it('names the Russian title, the Russian site title and the /ru/ URL', () => {
    const text = citeThisText(work, offeredStyles(russian.style), 'ru');
    expect(work.file).toBe('ru/chapter-rivers');
    expect(text['gost']).toBe('Fixture, M. Общая река / M. Fixture // Две долины. – 2026. – URL: https://example.com/ru/chapters/rivers/.');
    expect(Object.keys(text)).toEqual(['gost', 'apa', 'bibtex', 'ris']);
  });

  it('gives the page’s language to RIS (LA) and BibTeX (language)', () => {
    const text = citeThisText(work, offeredStyles(russian.style), 'ru');
    expect(text['ris']).toMatch(/^LA {2}- ru$/m);
    expect(text['ris']).toMatch(/^TI {2}- Общая река$/m);
    expect(text['bibtex']).toMatch(/language = \{ru\}/);
    expect(text['bibtex']).toMatch(/^@misc\{chapterrivers,$/m);
    expect(text['ris']).toMatch(
      /^N1 {2}- По материалам: Example, A\. River trade between the North and South valleys \/ A\. Example\. – Sample Research Lab, 2025\.$/m,
    );
    const english = citeThisText(chapterWork(site, chapter, 'https://example.com/chapters/rivers/'));
    expect(english['ris']).toMatch(/^LA {2}- en$/m);
  });

  it('cites a record by its translated title where the data give one', () => {
    const record = recordWork(site, { file: 'treaty-x', title: 'Accord', titles: { ru: 'Соглашение' } }, 'https://example.com/treaties/x/');
    expect(inEdition(record, russian).item.title).toBe('Соглашение');
    expect(inEdition(record, { ...russian, code: 'de', filePrefix: 'de/' }).item.title).toBe('Accord');
  });

  it('adds the cataloguer’s note in Russian: «(дата обращения: …)»', () => {
    const entries = bibliography(fixture.references, 'gost-r-7.0.100-2018', 'ru').map((e) => segmentsText(e.segments));
    expect(entries).toContain(
      'Valley Statistics Office. Valley statistics yearbook / Valley Statistics Office. – 2024. – URL: https://example.com/yearbook (дата обращения: 01.02.2025).',
    );
    const english = bibliography(fixture.references, 'gost-r-7.0.100-2018', 'en').map((e) => segmentsText(e.segments));
    expect(english.join('\n')).toContain('(accessed: 01.02.2025)');
  });
});
