/** The catalogue's pure helpers: record links, JSON-LD and excerpt escaping, lifecycles, labels. */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import remarkRecordLinks from '../../src/components/catalogue/record-links.ts';
import { joinBase, parseRecordTarget, recordPath, recordTargetsIn } from '../../src/components/catalogue/record-targets.ts';
import { safeJsonLd } from '../../src/lib/json-ld.ts';
import { safeExcerpt } from '../../src/lib/search/client.ts';
import { byDate, decadeOf, lifecycle, relations, sortableDate, toRoman, topicLabel } from '../../src/components/catalogue/catalogue.ts';
import { loadReport } from '../../src/report/load.ts';
import { wordsFor } from '../../src/components/catalogue/words.ts';
import { en, ru } from '../../src/i18n/catalogues.ts';
import { fixtureRoot, projectRoot } from '../helpers/paths.ts';

const linksOf = (md: string, base: string, root = fixtureRoot): string[] => {
  const processor = unified().use(remarkParse).use(remarkRecordLinks, { root, base });
  const tree = processor.runSync(processor.parse(md), { path: 'chapter.mdx' }) as Root;
  const out: string[] = [];
  visit(tree, 'link', (l: Link) => void out.push(l.url));
  return out;
};

describe('record links', () => {
  it('parse kind:id targets and leave other URLs alone', () => {
    expect(parseRecordTarget('instrument:treaty-friendship-1992')).toEqual({ kind: 'instrument', id: 'treaty-friendship-1992' });
    expect(parseRecordTarget('region:KZ-KUS')).toEqual({ kind: 'region', id: 'KZ-KUS' });
    expect(parseRecordTarget('https://example.org/')).toBeUndefined();
    expect(parseRecordTarget('mailto:a@b.org')).toBeUndefined();
    expect([...recordTargetsIn('See [a](instrument:x-1) and [b](https://e.org) and [c](forum:f)')].map((t) => t.id)).toEqual(['x-1', 'f']);
  });

  it('resolve to the record page under the base path', () => {
    expect(recordPath('region', 'KZ-KUS')).toBe('/regions/kz-kus/');
    expect(joinBase('/report', '/treaties/x/')).toBe('/report/treaties/x/');
    expect(linksOf('[the accord](instrument:river-accord-2020) and [north](region:XA-NOR)', '/two-valleys/')).toEqual([
      '/two-valleys/treaties/river-accord-2020/',
      '/two-valleys/regions/xa-nor/',
    ]);
    expect(linksOf('[web](https://example.org/)', '/')).toEqual(['https://example.org/']);
  });

  it('stop on an unknown id, naming the file and line', () => {
    expect(() => linksOf('Intro.\n\n[x](instrument:nope)', '/')).toThrow(/chapter\.mdx:3: unknown instruments id "nope"/);
  });
});

describe('escaping', () => {
  it('JSON-LD cannot close its script or open markup, and parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> & \u2028' };
    const text = safeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });

  it("excerpts keep only Pagefind's <mark> tags as markup, without escaping twice", () => {
    expect(safeExcerpt('a <mark>b</mark> <img src=x onerror=alert(1)> &amp; c')).toBe(
      'a <mark>b</mark> &lt;img src=x onerror=alert(1)&gt; &amp; c',
    );
  });
});

describe('catalogue helpers', () => {
  const { data, site } = loadReport(projectRoot);
  it('labels, decades, sortable partial dates, numerals', () => {
    const topics = { lang: 'en', vocabularies: { 'instruments.topics': { 'cross-border': { label: 'Cross-border cooperation' } } } };
    expect(topicLabel(topics, 'cross-border')).toBe('Cross-border cooperation');
    expect(topicLabel(topics, 'science-and-technology')).toBe('Science and technology');
    expect(decadeOf('1999-09-24')).toBe('1990s');
    expect(decadeOf('1999-09-24', wordsFor('ru', ru))).toBe('1990-е');
    expect(sortableDate('1995')).toBe('1995-00-00');
    expect(sortableDate('2015-04')).toBe('2015-04-00');
    expect(toRoman(12)).toBe('XII');
  });

  it("a lifecycle keeps the source's precision and ends with the status and its date", () => {
    const cis = data.instruments.find((i) => i.id === 'cis-convention-2008') ?? expect.unreachable();
    const events = lifecycle(cis, data, site, wordsFor('en', en));
    expect(events.map((e) => e.date)).toEqual(['2008-10-10', '2010-02-17', '2016']);
    expect(events.at(-1)?.label).toBe('Status: in force');
    expect(lifecycle(cis, data, site, wordsFor('ru', ru)).at(-1)?.label).toMatch(/^Статус: /);
  });

  it('relations read both ways', () => {
    const old = data.instruments.find((i) => i.id === 'water-agreement-1992') ?? expect.unreachable();
    expect(relations(old, data)).toEqual([{ relation: 'replacedBy', id: 'water-agreement-2010' }]);
    const treaty = data.instruments.find((i) => i.id === 'treaty-good-neighbourliness-2013') ?? expect.unreachable();
    expect(relations(treaty, data)).toContainEqual({ relation: 'implementedBy', id: 'kz-foreign-policy-concept-2014-2020' });
  });

  it('byDate puts undated instruments last', () => {
    const sorted = byDate(data.instruments);
    expect(sorted[0]?.id).toBe('coe-outline-convention-1980');
    expect(sorted.at(-1)?.signed).toBeUndefined();
  });
});
