/**
 * Vocabularies (`vocabularies` in content/site.yaml): labels by locale with a
 * fallback to the site's language, the meanings the engine acts on, the list
 * of missing translations, and the errors an editor sees for a value not in
 * its vocabulary, a malformed section, or data that needs a vocabulary the
 * site lacks. Broken copies of the fixture report, never the real one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/load.ts';
import { label, meaning, missingTranslations, values, valuesMeaning, type VocabularySite } from '../../src/report/vocabulary.ts';
import { copyFixture, edit, expectIssue, lineOf, removeCopies, reportErrorOf } from '../helpers/report-copy.ts';
import { fixtureRoot } from '../helpers/paths.ts';

afterAll(removeCopies);

const site: VocabularySite = {
  lang: 'en',
  vocabularies: {
    'instruments.status': {
      'in-force': { label: { en: 'In force', ru: 'Действует' }, means: 'in-force' },
      lapsed: { label: 'Lapsed', means: 'not-in-force' },
      replaced: { label: { en: 'Replaced', 'ru-RU': 'Заменён' }, means: 'not-in-force' },
      pending: { label: 'Pending' },
    },
  },
};

describe('the vocabulary resolver', () => {
  it('lists the values in the order site.yaml gives them', () => {
    expect(values(site, 'instruments.status')).toEqual(['in-force', 'lapsed', 'replaced', 'pending']);
    expect(values(site, 'instruments.level')).toEqual([]);
  });

  it("gives a label in the site's language by default, in a locale when asked, and falls back to the site's language", () => {
    expect(label(site, 'instruments.status', 'in-force')).toBe('In force');
    expect(label(site, 'instruments.status', 'in-force', 'ru')).toBe('Действует');
    expect(label(site, 'instruments.status', 'in-force', 'ru-KZ')).toBe('Действует');
    expect(label(site, 'instruments.status', 'lapsed', 'ru')).toBe('Lapsed');
    expect(label(site, 'instruments.status', 'replaced', 'ru-RU')).toBe('Заменён');
    expect(label(site, 'instruments.status', 'replaced', 'en-GB')).toBe('Replaced');
    expect(() => label(site, 'instruments.status', 'nope')).toThrow(/not in the vocabulary instruments\.status/);
  });

  it('tells what a value means to the engine, and which values carry a meaning', () => {
    expect(meaning(site, 'instruments.status', 'in-force')).toBe('in-force');
    expect(meaning(site, 'instruments.status', 'pending')).toBeUndefined();
    expect(valuesMeaning(site, 'instruments.status', 'not-in-force')).toEqual(['lapsed', 'replaced']);
    expect(valuesMeaning(site, 'instruments.status', 'draft')).toEqual([]);
  });

  it('lists the labels that have no text of their own in a locale', () => {
    expect(missingTranslations(site, ['ru'])).toEqual([
      { vocabulary: 'instruments.status', value: 'lapsed', locale: 'ru' },
      { vocabulary: 'instruments.status', value: 'replaced', locale: 'ru' },
      { vocabulary: 'instruments.status', value: 'pending', locale: 'ru' },
    ]);
    expect(missingTranslations(site, ['en'])).toEqual([]);
  });

  it("reads the fixture report's vocabularies from its site.yaml", () => {
    const fixture = loadReport(fixtureRoot).site;
    expect(label(fixture, 'instruments.level', 'bilateral-interstate')).toBe('Between the two valleys');
    expect(label(fixture, 'instruments.status', 'in-force', 'fr')).toBe('En vigueur');
    expect(meaning(fixture, 'parties.kind', 'state')).toBe('state');
    expect(missingTranslations(fixture, ['fr']).map((m) => `${m.vocabulary}:${m.value}`)).toContain('instruments.status:replaced');
  });
});

describe('a data value not in its vocabulary', () => {
  it('names the data file, line, entry and field, suggests the closest value and lists them all', () => {
    const root = copyFixture();
    edit(root, 'data/instruments.yaml', 'level: bilateral-interstate', 'level: bilateral-interstat');
    const issue = expectIssue(root, {
      file: 'data/instruments.yaml',
      field: 'level',
      line: lineOf(root, 'data/instruments.yaml', 'level: bilateral-interstat'),
      message:
        /"bilateral-interstat" is not a value of the vocabulary instruments\.level \(content\/site\.yaml\); did you mean "bilateral-interstate"\?; expected one of: bilateral-interstate, valley/,
    });
    expect(issue.entry).toBe('instruments[river-accord-2020]');
  });

  it("is reported for a party's kind and an editorial note's kind too", () => {
    const root = copyFixture();
    edit(root, 'data/editorial-notes.yaml', 'kind: scope', 'kind: opinion');
    expectIssue(root, { file: 'data/editorial-notes.yaml', field: 'kind', message: /"opinion" is not a value of the vocabulary editorialNotes\.kind.*expected one of: scope, error/ });
    const other = copyFixture();
    edit(other, 'data/parties.yaml', 'kind: region\n  country: XA', 'kind: province\n  country: XA');
    expectIssue(other, { file: 'data/parties.yaml', field: 'kind', line: lineOf(other, 'data/parties.yaml', 'kind: province'), message: /"province" is not a value of the vocabulary parties\.kind/ });
  });

  it('once topics have a vocabulary, each topic in a list is checked', () => {
    expect(Object.keys(loadReport(fixtureRoot).site.vocabularies['instruments.topics'] ?? {})).toEqual(['water']);
    const root = copyFixture();
    edit(root, 'content/site.yaml', 'water: { en: Water, de: Wasser }', 'irrigation: { en: Irrigation, de: Bewässerung }');
    expectIssue(root, {
      file: 'data/instruments.yaml',
      field: 'topics.0',
      line: lineOf(root, 'data/instruments.yaml', 'topics: [water]'),
      message: /"water" is not a value of the vocabulary instruments\.topics.*expected one of: irrigation/,
    });
  });

  it('a value nobody uses is fine', () => {
    const root = copyFixture();
    edit(root, 'content/site.yaml', '    valley: { en: Within one valley, de: Innerhalb eines Tals }\n', '    valley: { en: Within one valley, de: Innerhalb eines Tals }\n    unused-level: { en: Never used, de: Nie benutzt }\n');
    expect(() => loadReport(root)).not.toThrow();
  });
});

describe('a malformed vocabularies section', () => {
  const site = 'content/site.yaml';
  it('an unknown vocabulary (a typo) is named, with the one meant', () => {
    const root = copyFixture();
    edit(root, site, '  instruments.level:', '  instruments.levle:');
    expectIssue(root, { file: site, field: 'vocabularies.instruments.levle', line: lineOf(root, site, 'instruments.levle'), message: /unknown field "instruments\.levle"; did you mean "instruments\.level"\?/ });
  });

  it('a value that is not lower-case words joined by hyphens', () => {
    const root = copyFixture();
    edit(root, site, '    valley: { en: Within one valley, de: Innerhalb eines Tals }', '    Valley Floor: Within one valley');
    expectIssue(root, { file: site, line: lineOf(root, site, 'Valley Floor'), field: 'vocabularies.instruments.level.Valley Floor', message: /"Valley Floor" is not a value: expected lower-case words joined by hyphens/ });
  });

  it('a meaning the engine does not know, or on a vocabulary that has none', () => {
    const root = copyFixture();
    edit(root, site, 'pending: { en: Awaiting signature, de: Unterzeichnung ausstehend }', 'pending: { label: Awaiting signature, means: pending }');
    expectIssue(root, { file: site, line: lineOf(root, site, 'means: pending'), field: 'vocabularies.instruments.status.pending.means', message: /expected one of: in-force, not-in-force, draft/ });
    const other = copyFixture();
    edit(other, site, 'valley: { en: Within one valley, de: Innerhalb eines Tals }', 'valley: { label: Within one valley, means: in-force }');
    expectIssue(other, { file: site, field: 'vocabularies.instruments.level.valley.means', message: /gives the values of this vocabulary no meaning/ });
  });

  it("labels by language without the site's language, and a label that is not text", () => {
    const root = copyFixture();
    edit(root, site, 'replaced: { label: { en: Superseded, de: Ersetzt }, means: not-in-force }', 'replaced: { label: { fr: Remplacé }, means: not-in-force }');
    expectIssue(root, { file: site, line: lineOf(root, site, 'Remplacé'), field: 'vocabularies.instruments.status.replaced.label', message: /must include the site's language "en".*got fr/ });
    const other = copyFixture();
    edit(other, site, 'valley: { en: Within one valley, de: Innerhalb eines Tals }', 'valley: 12');
    expectIssue(other, { file: site, field: 'vocabularies.instruments.level.valley.label', message: /expected a label/ });
  });

  it('data whose vocabulary is missing: one error at site.yaml, listing the values in use', () => {
    const root = copyFixture();
    edit(root, site, '  instruments.level:\n    bilateral-interstate: { en: Between the two valleys, de: Zwischen den beiden Tälern }\n    valley: { en: Within one valley, de: Innerhalb eines Tals }\n', '');
    const error = reportErrorOf(root);
    const issues = error.issues.filter((i) => i.field === 'vocabularies.instruments.level');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.file).toBe(site);
    expect(issues[0]?.message).toMatch(/no vocabulary instruments\.level, but data\/instruments\.yaml uses these values of level: bilateral-interstate/);
    expect(error.issues.filter((i) => i.file === 'data/instruments.yaml')).toEqual([]);
  });
});

describe('meanings drive the engine, not values', () => {
  const replaced = (status: string): string =>
    `- id: old-accord\n  title: Old accord\n  title@de: Altes Abkommen\n  shortTitle: Old accord\n  shortTitle@de: Altes Abkommen\n  kind: agreement\n  level: valley\n  parties: [north-valley]\n` +
    `  status: ${status}\n  statusAsOf: 2021\n  replacedBy: river-accord-2020\n  sections: ["1"]\n  summary: Replaced.\n  summary@de: Ersetzt.\n  source: { ref: sample-2025, locator: section 1, "locator@de": Abschnitt 1 }\n`;
  const withReplaced = (status: string, siteFrom?: string, siteTo?: string): string => {
    const root = copyFixture();
    fs.appendFileSync(path.join(root, 'data/instruments.yaml'), replaced(status));
    if (siteFrom !== undefined && siteTo !== undefined) edit(root, 'content/site.yaml', siteFrom, siteTo);
    return root;
  };

  it('a replaced instrument may not have a status that means in force, whatever its name', () => {
    expectIssue(withReplaced('in-force'), { file: 'data/instruments.yaml', field: 'status', message: /status "in-force" means in force.*expected one of the statuses not in force: replaced, lapsed/ });
    const renamed = withReplaced('pending', 'pending: { en: Awaiting signature, de: Unterzeichnung ausstehend }', 'pending: { label: { en: Awaiting signature, de: Unterzeichnung ausstehend }, means: in-force }');
    expectIssue(renamed, { file: 'data/instruments.yaml', field: 'status', message: /status "pending" means in force/ });
  });

  it('a status that means nothing to the engine is allowed on a replaced instrument', () => {
    expect(() => loadReport(withReplaced('pending'))).not.toThrow();
    expect(() => loadReport(withReplaced('in-force', '{ en: In force, de: In Kraft, fr: En vigueur }, means: in-force }', '{ en: In force, de: In Kraft, fr: En vigueur } }'))).not.toThrow();
  });
});
