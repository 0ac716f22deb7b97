/**
 * Translatable record fields (`city@de` beside `city`) and vocabulary labels
 * in every declared locale: the fixture declares en and de, so every
 * translatable field needs its German text. Broken copies of the fixture,
 * each with ONE fault, give one error naming file, line, record, field and locale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadReport } from '../../src/report/load.ts';
import { formatIssue } from '../../src/report/errors.ts';
import { gatherTranslations, localized } from '../../src/i18n/fields.ts';
import { copyFixture, edit, expectIssue, lineOf, removeCopies, reportErrorOf } from '../helpers/report-copy.ts';
import { fixtureRoot } from '../helpers/paths.ts';
import { editorNames } from '../../src/lib/site.ts';

afterAll(removeCopies);

/** A data file with every text of one locale taken out: `x@de` keys and columns, and `de:` unit words. */
function withoutLocale(file: string, code: string): void {
  const suffix = `@${code}`;
  if (file.endsWith('.csv')) {
    const rows = fs.readFileSync(file, 'utf8').split('\n').map((line) => line.split(','));
    const keep = (rows[0] ?? []).map((name) => !name.endsWith(suffix));
    fs.writeFileSync(file, rows.map((cells) => cells.filter((_, i) => keep[i] !== false).join(',')).join('\n'));
    return;
  }
  if (!file.endsWith('.yaml')) return;
  const strip = (v: unknown, inUnits = false): unknown => {
    if (Array.isArray(v)) return v.map((x) => strip(x));
    if (v === null || typeof v !== 'object') return v;
    const entries = Object.entries(v).filter(([k]) => !k.endsWith(suffix) && !(inUnits && k === code));
    return Object.fromEntries(entries.map(([k, x]) => [k, k === 'units' ? Object.fromEntries(Object.entries(x as object).map(([u, w]) => [u, strip(w, true)])) : strip(x)]));
  };
  fs.writeFileSync(file, stringify(strip(parse(fs.readFileSync(file, 'utf8')))));
}

const forums = 'data/forums.yaml';
const withEdit = (file: string, from: string, to: string): string => {
  const root = copyFixture();
  edit(root, file, from, to);
  return root;
};

describe('translations as read', () => {
  it('moves "field@code" keys into translations, and localized reads them by locale', () => {
    const report = loadReport(fixtureRoot);
    const forum = report.data.forums.find((f) => f.id === 'valley-forum-1');
    expect(forum?.translations).toEqual({ de: { city: 'Nordstadt', outcomes: ['Ein gemeinsamer Bootsdienst'] } });
    if (!forum) return;
    expect(localized(forum, 'city', 'de')).toBe('Nordstadt');
    expect(localized(forum, 'city', 'en')).toBe('Northtown');
    expect(localized(forum, 'outcomes', 'de')).toEqual(['Ein gemeinsamer Bootsdienst']);
  });

  it('leaves an entry without translations as it is, and names every key that cannot be one', () => {
    expect(gatherTranslations({ id: 'a', name: 'A' }, ['name'])).toEqual({ value: { id: 'a', name: 'A' }, issues: [] });
    const { issues } = gatherTranslations({ id: 'a', 'name@': 'x', 'kind@de': 'y', 'name@de': 'z' }, ['name']);
    expect(issues.map((i) => i.key)).toEqual(['name@', 'kind@de']);
  });

  it('accepts a source for a translated field', () => {
    const root = withEdit('data/regions.yaml', '  name@de: Nordtal\n', '  name@de: Nordtal\n  sources: { "name@de": { ref: sample-2025, locator: p. 3, "locator@de": S. 3 } }\n');
    const region = loadReport(root).data.regions.find((r) => r.id === 'XA-NOR');
    expect(region?.sources?.['name@de']).toEqual([{ ref: 'sample-2025', locator: 'p. 3', translations: { de: { locator: 'S. 3' } } }]);
  });

  it("reads a source's locator@code into the source's translations", () => {
    const forum = loadReport(fixtureRoot).data.forums.find((f) => f.id === 'valley-forum-1');
    expect(forum?.source).toEqual({ ref: 'sample-2025', locator: 'section 2', translations: { de: { locator: 'Abschnitt 2' } } });
    if (!forum) return;
    expect(localized(forum.source, 'locator', 'de')).toBe('Abschnitt 2');
    expect(localized(forum.source, 'locator', 'en')).toBe('section 2');
  });
});

describe('a translation that is missing or wrong stops the build', () => {
  it('a missing translation names file, line, record, field and locale', () => {
    const root = withEdit(forums, '  city@de: Nordstadt\n', '');
    const issue = expectIssue(root, {
      file: forums,
      field: 'city@de',
      line: lineOf(root, forums, 'city: Northtown'),
      message: /missing the de translation of "city" \(locale de is declared in content\/site\.yaml\)/,
    });
    expect(issue.entry).toBe('forums[valley-forum-1]');
    expect(formatIssue(issue)).toMatch(/data\/forums\.yaml:\d+:\d+ {2}forums\[valley-forum-1\] › city@de\n {4}missing the de translation of "city"/);
    expect(reportErrorOf(root).issues).toHaveLength(1);
  });

  it("a source's locator without a declared locale's translation names file, line, record, field and locale", () => {
    const root = withEdit(forums, ', "locator@de": "Abschnitt 2"', '');
    const issue = expectIssue(root, {
      file: forums,
      field: 'source.locator@de',
      line: lineOf(root, forums, 'source: { ref: sample-2025'),
      message: /missing the de translation of the source's locator "section 2" \(locale de is declared in content\/site\.yaml\); add "locator@de:" beside "locator:"/,
    });
    expect(issue.entry).toBe('forums[valley-forum-1]');
    expect(reportErrorOf(root).issues).toHaveLength(1);
  });

  it("a locator in a record's field sources, an original title's source or a note's checkedAgainst needs its translation too", () => {
    const regions = 'data/regions.yaml';
    const root = withEdit(regions, '  name@de: Nordtal\n', '  name@de: Nordtal\n  sources: { "name@de": [{ ref: sample-2025, locator: p. 3, "locator@de": S. 3 }, { ref: sample-2025, locator: p. 4 }] }\n');
    expectIssue(root, { file: regions, field: 'sources.name@de[1].locator@de', line: lineOf(root, regions, 'locator: p. 4'), message: /missing the de translation of the source's locator "p\. 4"/ });
    expect(reportErrorOf(root).issues).toHaveLength(1);
  });

  it('a locator translated into a locale site.yaml does not declare, or into the default language', () => {
    const undeclared = withEdit(forums, '"locator@de": "Abschnitt 2"', '"locator@de": "Abschnitt 2", "locator@fr": "section 2"');
    expectIssue(undeclared, { file: forums, field: 'source.locator@fr', message: /a translation into fr, a locale content\/site\.yaml does not declare/ });
    const asDefault = withEdit(forums, '"locator@de": "Abschnitt 2"', '"locator@de": "Abschnitt 2", "locator@en": "section 2"');
    expectIssue(asDefault, { file: forums, field: 'source.locator@en', message: /"locator@en" translates into the default language \(en\); write it as "locator"/ });
  });

  it("an editor without a declared locale's name names site.yaml, its line, the editor and the locale", () => {
    const site = 'content/site.yaml';
    const root = withEdit(site, '{ name: Mira Fixture, "name@de": Mira Fixture }', '{ name: Mira Fixture }');
    const issue = expectIssue(root, {
      file: site,
      field: 'editors[0].name@de',
      line: lineOf(root, site, '{ name: Mira Fixture }'),
      message: /missing the de name of the editor "Mira Fixture" \(locale de is declared in content\/site\.yaml\); add "name@de:" beside "name:"/,
    });
    expect(issue.entry).toBe('site');
    expect(reportErrorOf(root).issues).toHaveLength(1);
  });

  it('a site in several languages that names no editors must name them, in each language', () => {
    const root = withEdit('content/site.yaml', 'editors:\n  - { name: Mira Fixture, "name@de": Mira Fixture }\n', '');
    expectIssue(root, { file: 'content/site.yaml', field: 'editors', message: /the site is published in en, de, so its editors need a name in each/ });
  });

  it("reads an editor's translated name, and a page names the editors in its language", () => {
    const root = withEdit('content/site.yaml', '"name@de": Mira Fixture }', '"name@de": Mira Beispiel, kind: group }');
    const { site } = loadReport(root);
    expect(editorNames(site, 'de')).toEqual(['Mira Beispiel']);
    expect(editorNames(site, 'en')).toEqual(['Mira Fixture']);
  });

  it('a list translated with a different number of items', () => {
    const root = withEdit(forums, 'outcomes@de: [Ein gemeinsamer Bootsdienst]', 'outcomes@de: [Ein gemeinsamer Bootsdienst, Noch einer]');
    expectIssue(root, { file: forums, field: 'outcomes@de', line: lineOf(root, forums, 'outcomes@de'), message: /"outcomes@de" has 2 items but "outcomes" has 1/ });
  });

  it('a translation into a locale site.yaml does not declare', () => {
    const root = withEdit(forums, '  city@de: Nordstadt\n', '  city@de: Nordstadt\n  city@fr: Villenord\n');
    expectIssue(root, { file: forums, field: 'city@fr', line: lineOf(root, forums, 'city@fr'), message: /a translation into fr, a locale content\/site\.yaml does not declare \(locales: en, de\)/ });
  });

  it('a translation into the default language', () => {
    const root = withEdit(forums, '  city@de: Nordstadt\n', '  city@de: Nordstadt\n  city@en: Northtown\n');
    expectIssue(root, { file: forums, field: 'city@en', line: lineOf(root, forums, 'city@en'), message: /translates into the default language \(en\); write it as "city"/ });
  });

  it('a translation of a field that is not translatable, naming the ones that are', () => {
    const root = withEdit('data/regions.yaml', '  name@de: Nordtal\n', '  name@de: Nordtal\n  country@de: XA\n');
    expectIssue(root, {
      file: 'data/regions.yaml',
      field: 'country@de',
      line: lineOf(root, 'data/regions.yaml', 'country@de'),
      message: /"country" has no translations, so "country@de" is not allowed; the translatable fields here are: name, shortName, capital/,
    });
  });

  it('a malformed key', () => {
    const root = withEdit('data/regions.yaml', '  name@de: Nordtal\n', '  name@de: Nordtal\n  name@: Nordtal\n');
    expectIssue(root, { file: 'data/regions.yaml', field: 'name@', line: lineOf(root, 'data/regions.yaml', 'name@: '), message: /"name@" is not a field or a translation of one/ });
  });

  it('a translation is checked like its field', () => {
    const root = withEdit(forums, '  city@de: Nordstadt\n', '  city@de: ""\n');
    expectIssue(root, { file: forums, field: 'city@de', line: lineOf(root, forums, 'city@de'), message: /./ });
  });

  it('a vocabulary label without the text of a declared locale', () => {
    const site = 'content/site.yaml';
    const root = withEdit(site, 'accord: { en: Accord, de: Abkommen }', 'accord: Accord');
    expectIssue(root, {
      file: site,
      field: 'vocabularies.instruments.kind.accord',
      line: lineOf(root, site, 'accord: Accord'),
      message: /the label of "accord" has no de text \(locale de is declared in content\/site\.yaml\)/,
    });
  });

  it('topics a site in two languages uses need their vocabulary, labelled in both', () => {
    const site = 'content/site.yaml';
    const root = withEdit(site, '  instruments.topics:\n    water: { en: Water, de: Wasser }\n', '');
    expectIssue(root, {
      file: site,
      field: 'vocabularies.instruments.topics',
      message: /data\/instruments\.yaml uses these values of topics: water, but there is no vocabulary instruments\.topics to label them in each of the site's languages \(en, de\)/,
    });
  });

  it('a report with one locale needs no translations, and topics may go without a vocabulary', () => {
    const root = copyFixture();
    const file = path.join(root, 'content/site.yaml');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace(/^ {2}- \{ code: de,.*\}\n/m, '').replace('  instruments.topics:\n    water: { en: Water, de: Wasser }\n', ''),
    );
    for (const f of fs.readdirSync(path.join(root, 'data'))) withoutLocale(path.join(root, 'data', f), 'de');
    // The editors' German names go too.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/, "name@de": [^,}]*/g, ''));
    fs.rmSync(path.join(root, 'content/de'), { recursive: true });
    expect(() => loadReport(root)).not.toThrow();
    expect(loadReport(root).site.vocabularies['instruments.topics']).toBeUndefined();
  });
});
