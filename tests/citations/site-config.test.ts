/**
 * The site configuration's authorship fields and the citations made from them,
 * without a build: editors default to a neutral group, a person is cited by
 * family name, the site's works carry the site's date and never the source's
 * authors, and the source keeps its own (or no) date.
 */
import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../src/schemas/site.ts';
import { chapterWork, editorName, reportWork, sourceCitable, sourcePanel, citeThisText } from '../../src/lib/cite-this.ts';
import { pageLd, sourceWorkLd } from '../../src/lib/json-ld.ts';
import type { Reference } from '../../src/lib/bibliography.ts';

const minimal = {
  title: 'A Site',
  shortTitle: 'Site',
  description: 'A site.',
  date: '2030-02',
  licence: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
};
const source: Reference = {
  id: 'doe-paper',
  type: 'article-journal',
  title: 'A paper on rivers',
  author: [
    { family: 'Doe', given: 'Jane Quinn' },
    { family: 'Roe', given: 'Richard' },
  ],
  editor: [],
  note: 'Printed without a year.',
} as unknown as Reference;

describe('site configuration: editors and date', () => {
  it('names the neutral group "Report site editors" until a person is set', () => {
    expect(siteSchema.parse(minimal).editors).toEqual([{ name: 'Report site editors', kind: 'group' }]);
  });

  it('takes people and groups, and refuses an empty list, a bad kind or the old authors field', () => {
    const site = siteSchema.parse({
      ...minimal,
      editors: [
        { name: 'Ana de la Cruz', family: 'de la Cruz' },
        { name: 'Lab', kind: 'group' },
      ],
    });
    expect(site.editors.map(editorName)).toEqual([{ family: 'de la Cruz', given: 'Ana' }, { literal: 'Lab' }]);
    expect(editorName({ name: 'Jane Q. Doe', kind: 'person' })).toEqual({ family: 'Doe', given: 'Jane Q.' });
    expect(siteSchema.safeParse({ ...minimal, editors: [] }).success).toBe(false);
    expect(siteSchema.safeParse({ ...minimal, editors: [{ name: 'X', kind: 'team' }] }).success).toBe(false);
    expect(siteSchema.safeParse({ ...minimal, authors: [{ name: 'Jane Doe' }] }).success).toBe(false);
    expect(siteSchema.safeParse({ ...minimal, date: 'last week' }).success).toBe(false);
  });
});

describe('the two works', () => {
  const site = siteSchema.parse({ ...minimal, editors: [{ name: 'Mira Fixture' }] });
  const chapter = { id: 'rivers', data: { title: 'Rivers' } } as Parameters<typeof chapterWork>[1];

  // The first citation warms citation-js up: seconds on a busy machine.
  it('cites a chapter and the site by the editors, with the site’s date, and the source by its own authors', { timeout: 60_000 }, () => {
    const own = citeThisText(chapterWork(site, chapter, 'https://a.github.io/s/chapters/rivers/', source));
    expect(own.apa).toBe('Fixture, M. (2030, February). Rivers. A Site. https://a.github.io/s/chapters/rivers/');
    expect(own.apa).not.toMatch(/Doe|Roe/);
    expect(own.ris).toMatch(/^AU {2}- Fixture, Mira$/m);
    expect(own.ris).toMatch(/^N1 {2}- Based on: Doe, J\. Q\., & Roe, R\. \(n\.d\.\)\. A paper on rivers\.$/m);
    expect(citeThisText(reportWork(site, 'https://a.github.io/s/')).apa).toBe(
      'Fixture, M. (2030, February). A Site. https://a.github.io/s/',
    );
    const theirs = citeThisText(sourceCitable(source));
    expect(theirs.apa).toBe('Doe, J. Q., & Roe, R. (n.d.). A paper on rivers.');
    expect(theirs.ris).toMatch(/^N1 {2}- Date of publication unknown \(n\.d\.\)\. Printed without a year\.$/m);
  });

  it('says why an undated source is n.d., and not when it has a year', () => {
    expect(sourcePanel(source, 'article', 'chapter').notes.map((n) => n.text)).toEqual([
      'No date of publication is known for the article, so it is cited as “n.d.” (no date).',
      'Printed without a year.',
    ]);
    const dated = { ...source, issued: '2016', note: undefined } as unknown as Reference;
    expect(sourcePanel(dated, 'article', 'chapter').notes).toEqual([]);
    expect(citeThisText(sourceCitable(dated)).apa).toContain('(2016)');
  });

  it('describes a page in JSON-LD as the editors’ work based on the source, with the source’s authors', () => {
    const ld = pageLd(
      site,
      { title: 'Rivers', description: 'd', url: 'https://a.github.io/s/chapters/rivers/', siteUrl: 'https://a.github.io/s/' },
      source,
    );
    expect(ld['author']).toEqual([{ '@type': 'Person', name: 'Mira Fixture' }]);
    expect(ld['datePublished']).toBe('2030-02');
    expect(ld['isBasedOn']).toEqual(sourceWorkLd(source));
    expect(sourceWorkLd(source)).toMatchObject({
      '@type': 'ScholarlyArticle',
      author: [
        { '@type': 'Person', name: 'Jane Quinn Doe' },
        { '@type': 'Person', name: 'Richard Roe' },
      ],
    });
    expect(sourceWorkLd(source)).not.toHaveProperty('datePublished');
  });

  it('describes a page of another edition in its language, part of the site under its title there', () => {
    const edition = { lang: 'de', title: 'Flüsse des Beispiels', description: 'Ein Bericht' };
    const page = {
      title: 'Flüsse',
      description: 'd',
      url: 'https://a.github.io/s/de/chapters/rivers/',
      siteUrl: 'https://a.github.io/s/de/',
    };
    const ld = pageLd(site, page, source, edition);
    expect(ld['inLanguage']).toBe('de');
    expect(ld['isPartOf']).toEqual({ '@type': 'WebSite', name: 'Flüsse des Beispiels', url: 'https://a.github.io/s/de/' });
    expect(pageLd(site, page, source)['inLanguage']).toBe(site.lang);
  });
});
