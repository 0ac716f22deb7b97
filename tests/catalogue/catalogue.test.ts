/**
 * The catalogue on the built real site: every instrument, forum, region and
 * institution has its page and is listed; instrument pages carry their record,
 * the Russian title, valid JSON-LD and links to the exact chapter sections;
 * chapters link to the records they mention; the header search works without
 * JavaScript (it leads to the catalogue) and reading pages stay light.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/load.ts';
import { recordPath, recordTargetsIn, type RecordKind } from '../../src/components/catalogue/record-targets.ts';
import { projectRoot } from '../helpers/paths.ts';
import { useSite } from '../helpers/sites.ts';
import { attr, bodyText, byTag, findAll, pageLookup, readPages, textOf, type Page } from '../helpers/html.ts';

const real = useSite('real');
const underBase = useSite('fixtureUnderBase');
const report = loadReport(projectRoot);
const data = report.data;

let cache: Page[] | undefined;
const pages = (): Page[] => (cache ??= readPages(real.outDir));
const page = pageLookup(pages);
const hrefs = (p: Page): string[] => findAll(p.document, byTag('a')).map((a) => attr(a, 'href') ?? '');

const records: Array<[RecordKind, string[]]> = [
  ['instrument', data.instruments.map((i) => i.id)],
  ['forum', data.forums.map((f) => f.id)],
  ['region', data.regions.map((r) => r.id)],
  ['institution', data.institutions.map((i) => i.id)],
];

describe('every record has a page, listed in its index', () => {
  for (const [kind, ids] of records) {
    it(`${kind}: ${ids.length} pages, each linked from the index`, () => {
      expect(ids.length).toBeGreaterThan(0);
      const index = page(`/${recordPath(kind, ids[0] ?? '').split('/')[1]}/`);
      const links = hrefs(index);
      for (const id of ids) {
        const p = page(recordPath(kind, id));
        expect(findAll(p.document, byTag('h1')).length, `${p.url} has one h1`).toBe(1);
        expect(links, `${index.url} links to ${id}`).toContain(recordPath(kind, id));
      }
    });
  }

  // Counts come from the data, so an editor's new record cannot turn this red; the
  // article's own totals are checked by the fact tests (tests/build/facts.ts).
  it('each index lists exactly the records of its data file, no more', () => {
    for (const [kind, ids] of records) {
      const folder = recordPath(kind, ids[0] ?? '').split('/')[1] ?? '';
      const listed = new Set(hrefs(page(`/${folder}/`)).filter((h) => h.startsWith(`/${folder}/`) && h !== `/${folder}/`));
      expect([...listed].sort(), `${folder} index`).toEqual(ids.map((id) => recordPath(kind, id)).sort());
    }
  });

  it('the catalogue has a timeline by year of every dated instrument', () => {
    const timeline = findAll(page('/treaties/').document, (el) => el.tagName === 'ol' && (attr(el, 'class') ?? '').includes('timeline'))[0];
    expect(timeline).toBeDefined();
    const links = timeline ? findAll(timeline, byTag('a')).map((a) => attr(a, 'href')) : [];
    for (const i of data.instruments.filter((x) => x.signed ?? x.inForce)) expect(links).toContain(recordPath('instrument', i.id));
  });
});

describe('instrument pages', () => {
  it('carry their record: kind, level, parties, dates, status with its date', () => {
    const p = page(recordPath('instrument', 'treaty-good-neighbourliness-2013'));
    const text = bodyText(p);
    for (const s of [
      'Treaty',
      'Bilateral, between states',
      'Kazakhstan',
      'Russia',
      'November 11, 2013',
      'December 22, 2014',
      'In force',
      'as of 2016',
    ])
      expect(text).toContain(s);
  });

  it('show the Russian original title, marked lang="ru"', () => {
    for (const inst of data.instruments.filter((i) => i.originalTitle)) {
      const p = page(recordPath('instrument', inst.id));
      const ru = findAll(p.document, (el) => attr(el, 'lang') === 'ru').map(textOf);
      expect(ru, inst.id).toContain(inst.originalTitle?.text);
    }
  });

  it('dates stay as precise as the source: "1995" and "April 2015" are not given a day', () => {
    expect(bodyText(page(recordPath('instrument', 'cross-border-programme-1995')))).toMatch(/Signed or adopted 1995\b/);
    expect(bodyText(page(recordPath('instrument', 'cis-concept-2020-draft')))).toContain('April 2015');
  });

  it('have schema.org Legislation JSON-LD that parses and cannot break out of its script', () => {
    for (const inst of data.instruments) {
      const p = page(recordPath('instrument', inst.id));
      const scripts = findAll(p.document, (el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json');
      expect(scripts.length, inst.id).toBe(1);
      const raw = scripts[0]?.childNodes.map((n) => ('value' in n ? String(n.value) : '')).join('') ?? '';
      expect(raw).not.toMatch(/[<>]/);
      const json = JSON.parse(raw) as Record<string, unknown>;
      expect(json['@type']).toBe('Legislation');
      expect(json['name']).toBe(inst.title);
    }
  });

  it('show relations both ways (the 1992 water agreement is replaced by the 2010 one)', () => {
    expect(hrefs(page(recordPath('instrument', 'water-agreement-1992')))).toContain(recordPath('instrument', 'water-agreement-2010'));
    expect(hrefs(page(recordPath('instrument', 'water-agreement-2010')))).toContain(recordPath('instrument', 'water-agreement-1992'));
  });

  it('link to the exact chapter sections that discuss them', () => {
    for (const inst of data.instruments) {
      const links = hrefs(page(recordPath('instrument', inst.id))).filter(
        (h) => h.startsWith('/chapters/') && !h.startsWith('/chapters/references/'),
      );
      expect(links.length, `${inst.id} links to a chapter`).toBeGreaterThan(0);
    }
    expect(hrefs(page(recordPath('instrument', 'water-agreement-2010')))).toContain(
      '/chapters/legal-framework/#agreements-on-specific-fields',
    );
  });
});

describe('chapters link to the records they mention', () => {
  it("every record a chapter links to ([text](kind:id)) is linked from that chapter's page", () => {
    const linked = report.chapters.flatMap((c) =>
      [...recordTargetsIn(c.body)].map((t) => ({ chapter: c.id, path: recordPath(t.kind, t.id) })),
    );
    expect(linked.length, 'the report links chapters to records').toBeGreaterThan(0);
    const missing = linked.filter((l) => !hrefs(page(l.chapter === 'index' ? '/' : `/chapters/${l.chapter}/`)).includes(l.path));
    expect(missing).toEqual([]);
  });
});

describe('region pages', () => {
  it('give population and trade where the source has them, forums hosted and instruments', () => {
    const kus = bodyText(page(recordPath('region', 'KZ-KUS')));
    expect(kus).toContain('881,456');
    expect(kus).toContain('743,897.5');
    expect(kus).toContain('Chelyabinsk Oblast');
    expect(hrefs(page(recordPath('region', 'KZ-ATY')))).toContain(recordPath('instrument', 'bashkortostan-atyrau-agreement'));
    expect(hrefs(page(recordPath('region', 'KZ-ATY')))).toContain(recordPath('forum', 'forum-11-atyrau-2014'));
  });
});

describe('header search', () => {
  it('is on every page, and without JavaScript its form leads to the catalogue of its edition', () => {
    for (const p of pages()) {
      const form = findAll(p.document, (el) => el.tagName === 'form' && (attr(el, 'class') ?? '').includes('site-search'))[0];
      expect(form, p.url).toBeDefined();
      if (form) expect(attr(form, 'action'), p.url).toBe(p.url.startsWith('/ru/') ? '/ru/treaties/' : '/treaties/');
    }
  });

  it('under a base path, the form, the search page and Pagefind are all under the base', () => {
    const home = readPages(underBase.outDir).find((p) => p.url === '/') ?? expect.unreachable('no home page');
    const form = findAll(home.document, (el) => el.tagName === 'form' && (attr(el, 'class') ?? '').includes('site-search'))[0];
    expect(form && attr(form, 'action')).toBe('/two-valleys/treaties/');
    expect(form && attr(form, 'data-search-page')).toBe('/two-valleys/search/');
    expect(form && attr(form, 'data-base')).toBe('/two-valleys/');
    expect(fs.existsSync(path.join(underBase.outDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('reading pages load under 15 KB of JavaScript before interaction (Pagefind is not among it)', () => {
    const p = page('/chapters/legal-framework/');
    let bytes = 0;
    for (const s of findAll(p.document, byTag('script'))) {
      if (attr(s, 'type') === 'application/ld+json') continue;
      const src = attr(s, 'src');
      if (src) bytes += fs.statSync(path.join(real.outDir, src)).size;
      else bytes += Buffer.byteLength(s.childNodes.map((n) => ('value' in n ? String(n.value) : '')).join(''));
    }
    expect(p.html).not.toContain('pagefind.js');
    expect(bytes).toBeLessThan(15_000);
  });
});

describe('an instrument page can be cited', () => {
  for (const inst of data.instruments) {
    it(`${inst.id}: a cite-this panel naming its title, with BibTeX and GOST downloads`, () => {
      const p = page(recordPath('instrument', inst.id));
      const panel = findAll(p.document, (el) => (attr(el, 'class') ?? '').split(/\s+/).includes('cite-this'))[0];
      expect(panel, 'a cite-this panel').toBeDefined();
      if (!panel) return;
      expect(textOf(panel)).toContain(inst.title);
      // Both name the record page's URL; the GOST text also its title (BibTeX protects words with braces).
      const read = (ext: string): string => fs.readFileSync(path.join(real.outDir, 'cite', `treaty-${inst.id}.${ext}`), 'utf8');
      expect(read('bib')).toContain(`${recordPath('instrument', inst.id)}`);
      // citeproc typesets straight quotes and apostrophes as curly ones.
      expect(read('gost.txt').replace(/[“”]/g, '"').replace(/[‘’]/g, "'")).toContain(inst.title);
      expect(read('gost.txt')).toContain(recordPath('instrument', inst.id));
    });
  }
});

describe('forum and region pages describe themselves in schema.org JSON-LD', () => {
  const jsonLdOf = (p: Page): Record<string, unknown> => {
    const scripts = findAll(p.document, (el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json');
    expect(scripts.length, p.url).toBe(1);
    const raw = scripts[0]?.childNodes.map((n) => ('value' in n ? String(n.value) : '')).join('') ?? '';
    expect(raw).not.toMatch(/[<>]/);
    return JSON.parse(raw) as Record<string, unknown>;
  };
  it('every forum is an Event with its date and city', () => {
    for (const forum of data.forums) {
      const json = jsonLdOf(page(recordPath('forum', forum.id)));
      expect(json['@type']).toBe('Event');
      expect(json['startDate']).toBe(forum.date);
      expect(JSON.stringify(json['location'])).toContain(forum.city);
    }
  });
  it('every region is an AdministrativeArea with its ISO code and Russian name', () => {
    for (const region of data.regions) {
      const json = jsonLdOf(page(recordPath('region', region.id)));
      expect(json['@type']).toBe('AdministrativeArea');
      expect(json['identifier']).toBe(region.id);
      expect(json['alternateName']).toEqual(Object.values(region.translations ?? {}).map((t) => t['name']));
    }
  });
});
