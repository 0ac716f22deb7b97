/**
 * Bad input stops the build with an error that names the file, the field (and
 * the line) and what was expected. Each case copies the second-report fixture,
 * adds one entry or chapter that is valid but for ONE thing, and loads the
 * copy. A control first loads the same addition without the fault, so each
 * case proves that the fault alone is what the validator rejects.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/load.ts';
import { copyFixture, escapeRegExp, expectIssue, lineOf, removeCopies, reportErrorOf, type ExpectedIssue } from '../helpers/report-copy.ts';
import { fixtureRoot, projectRoot } from '../helpers/paths.ts';
import { runBuild } from '../helpers/run-build.ts';
import { stagingDir } from '../../src/cli/build.ts';

afterAll(removeCopies);

// Ids that exist in the fixture, so the added entries point at real things.
const fixture = loadReport(fixtureRoot);
const first = <T,>(list: readonly T[], what: string): T => {
  const item = list[0];
  if (item === undefined) throw new Error(`the second-report fixture needs at least one ${what}`);
  return item;
};
const refId = first(fixture.data.references, 'reference').id;
const [regionA, regionB] = [first(fixture.data.regions, 'region').id, fixture.data.regions.at(-1)?.id ?? ''];
const keyFigures = fixture.datasets.find((d) => d.name === 'key-figures');
const figureId = String(first(keyFigures?.rows ?? [], 'key figure (dataset "key-figures")').values['id']);
const partyId = first(fixture.data.parties, 'party').id;
// A numbered table or figure the fixture's chapters place (id="tbl-…" or id="fig-…").
const tableId = first(fixture.chapters.flatMap((c) => [...c.body.matchAll(/\bid="((?:tbl|fig)-[a-z0-9-]+)"/g)].map((m) => m[1] ?? '')), 'numbered table or figure');
const usedOrder = first(fixture.chapters, 'chapter').data.order;
const usedSection = fixture.chapters.map((c) => c.data.section).find((s) => s !== undefined) ?? '';
const source = `source: { ref: ${refId}, locator: section 1, "locator@de": Abschnitt 1 }`;

/** Appends `text` to a file of a fresh copy; returns the copy's root. */
function withAppended(file: string, text: string): string {
  const root = copyFixture();
  fs.appendFileSync(path.join(root, file), `\n${text}`);
  return root;
}

/** A fresh copy with one more chapter, content/chapters/added.mdx, written as given. */
function withChapter(text: string): string {
  const root = copyFixture();
  fs.writeFileSync(path.join(root, 'content/chapters/added.mdx'), text);
  return root;
}

// The fixture declares a second locale (de): every translatable field an entry has needs its `@de` translation.
const party = ({ id = 'added-party', name = '  name: An added party\n', extra = '' } = {}): string =>
  `- id: ${id}\n${name}  name@de: Eine hinzugefügte Partei\n  kind: company\n  country: XA\n${extra}  ${source}\n`;

const partyIds = fixture.data.parties.map((p) => p.id);
const instrumentId = first(fixture.data.instruments, 'instrument').id;
const instrument = ({ signed = '2015-02-28', sections = `["${usedSection}"]`, parties = `[${partyIds.join(', ')}]`, extra = '', status = 'in-force' } = {}): string =>
  `- id: added-accord\n  title: An added accord\n  title@de: Ein hinzugefügtes Abkommen\n  shortTitle: Added accord\n  shortTitle@de: Hinzugefügtes Abkommen\n  kind: agreement\n  level: bilateral-interstate\n` +
  `  parties: ${parties}\n  signed: ${signed}\n  status: ${status}\n  statusAsOf: "2025"\n${extra}  sections: ${sections}\n  summary: Added for a test.\n  summary@de: Für einen Test hinzugefügt.\n  ${source}\n`;

const partyIn = (region: string): string => party({ extra: `  region: ${region}\n` });

const chapter = ({ title = 'title: An added chapter\n', order = '99', body = 'Some text.' } = {}): string =>
  `---\n${title}shortTitle: Added\norder: ${order}\nsummary: A chapter added by a test.\n---\n\n${body}\n`;

interface Case {
  name: string;
  /** The addition without its fault: must load. */
  valid: () => string;
  /** The same addition with the fault. */
  broken: () => string;
  /** What the error must say, given the broken copy's root (for line numbers). */
  expected: (root: string) => ExpectedIssue;
}

const dataCase = (name: string, file: string, valid: string, broken: string, field: string | undefined, needle: string, message: RegExp): Case => ({
  name,
  valid: () => withAppended(file, valid),
  broken: () => withAppended(file, broken),
  expected: (root) => ({ file, field, line: lineOf(root, file, needle), message }),
});

const cases: Case[] = [
  dataCase('an impossible day (2015-02-30)', 'data/instruments.yaml', instrument(), instrument({ signed: '2015-02-30' }), 'signed', 'signed: 2015-02-30', /"2015-02-30" is not a real calendar date/),
  dataCase('a date in words', 'data/instruments.yaml', instrument(), instrument({ signed: 'March 2015' }), 'signed', 'signed: March 2015', /expected a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD", got "March 2015"/),
  dataCase('an impossible month (2015-13)', 'data/instruments.yaml', instrument({ signed: '2015-12' }), instrument({ signed: '2015-13' }), 'signed', 'signed: 2015-13', /"2015-13" is not a real calendar date/),
  dataCase('an unknown region id in a party', 'data/parties.yaml', partyIn(regionB), partyIn('XB-ZZZ'), 'region', 'region: XB-ZZZ', new RegExp(`unknown regions id "XB-ZZZ": no entry of data/regions\\.yaml has it; expected one of: .*${escapeRegExp(regionA)}`)),
  dataCase('an unknown reference id in a source', 'data/parties.yaml', party(), party().replace(`ref: ${refId}`, 'ref: nope-2000'), 'source.ref', 'ref: nope-2000', new RegExp(`unknown references id "nope-2000": no entry of data/references\\.yaml has it; expected one of: .*${escapeRegExp(refId)}`)),
  dataCase('a missing required field', 'data/parties.yaml', party(), party({ name: '' }), 'name', '- id: added-party', /missing required field; expected a value of type string/),
  dataCase('a missing required field with a fixed list of values', 'data/parties.yaml', party(), party().replace('  kind: company\n', ''), 'kind', '- id: added-party', /missing required field; expected a value of the vocabulary parties\.kind/),
  dataCase('an unknown field (a typo: "naem")', 'data/parties.yaml', party(), party().replace('  name: An added party', '  naem: An added party'), 'naem', 'naem: An added party', /unknown field "naem"; did you mean "name"\?/),
  dataCase('an unknown field with no close match', 'data/parties.yaml', party(), party().replace('  kind: company', '  kind: company\n  colour: red'), 'colour', 'colour: red', /unknown field "colour"; expected one of: id, .*name/),
  dataCase('an unknown id one letter off', 'data/parties.yaml', partyIn(regionB), partyIn(`${regionB}X`), 'region', `region: ${regionB}X`, new RegExp(`unknown regions id "${escapeRegExp(regionB)}X": no entry of data/regions\\.yaml has it; did you mean "${escapeRegExp(regionB)}"\\?`)),
  dataCase('an unknown instrument section', 'data/instruments.yaml', instrument(), instrument({ sections: '["99"]' }), 'sections.0', 'sections: ["99"]', new RegExp(`unknown section "99"; expected one of the chapters' sections: .*${escapeRegExp(usedSection)}`)),
  dataCase('an unknown party of an instrument', 'data/instruments.yaml', instrument(), instrument({ parties: '[nobody-land]' }), 'parties.0', 'parties: [nobody-land]', new RegExp(`unknown parties id "nobody-land": no entry of data/parties\\.yaml has it; expected one of: .*${escapeRegExp(partyIds[0] ?? '')}`)),
  dataCase('an unknown relation target (replacedBy)', 'data/instruments.yaml', instrument({ status: 'replaced', extra: `  replacedBy: ${instrumentId}\n` }), instrument({ status: 'replaced', extra: '  replacedBy: no-such-accord\n' }), 'replacedBy', 'replacedBy: no-such-accord', /unknown instruments id "no-such-accord"/),
  {
    name: 'a replaced instrument said to be in force',
    valid: () => withAppended('data/instruments.yaml', instrument({ status: 'replaced', extra: `  replacedBy: ${instrumentId}\n` })),
    broken: () => withAppended('data/instruments.yaml', instrument({ status: 'in-force', extra: `  replacedBy: ${instrumentId}\n` })),
    // The added entry's status line is the one just before its (quoted) statusAsOf.
    expected: (root) => ({ file: 'data/instruments.yaml', field: 'status', line: lineOf(root, 'data/instruments.yaml', 'statusAsOf: "2025"') - 1, message: /status "in-force" means in force, but the instrument is replaced by "[^"]+"; expected one of the statuses not in force: replaced, lapsed/ }),
  },
  dataCase('a level its vocabulary does not list (a typo)', 'data/instruments.yaml', instrument(), instrument().replace('level: bilateral-interstate', 'level: bilateral-intrestate'), 'level', 'level: bilateral-intrestate', /"bilateral-intrestate" is not a value of the vocabulary instruments\.level \(content\/site\.yaml\); did you mean "bilateral-interstate"\?; expected one of: /),
  {
    name: 'data that needs a vocabulary site.yaml does not have',
    valid: () => withAppended('data/instruments.yaml', instrument()),
    broken: () => {
      const root = withAppended('data/instruments.yaml', instrument());
      const site = path.join(root, 'content/site.yaml');
      fs.writeFileSync(site, fs.readFileSync(site, 'utf8').replace(/ {2}instruments\.level:\n(?: {4}.*\n)+/, ''));
      return root;
    },
    expected: (root) => ({ file: 'content/site.yaml', field: 'vocabularies.instruments.level', line: lineOf(root, 'content/site.yaml', 'vocabularies:'), message: /no vocabulary instruments\.level, but data\/instruments\.yaml uses these values of level: bilateral-interstate/ }),
  },
  dataCase('an instrument that replaces itself', 'data/instruments.yaml', instrument({ extra: `  replaces: ${instrumentId}\n` }), instrument({ extra: '  replaces: added-accord\n' }), 'replaces', 'replaces: added-accord', /cannot name itself in replaces/),
  dataCase('an unknown relation target (implements)', 'data/instruments.yaml', instrument({ extra: `  implements: [${instrumentId}]\n` }), instrument({ extra: '  implements: [no-such-accord]\n' }), 'implements.0', 'implements: [no-such-accord]', /unknown instruments id "no-such-accord"/),
  dataCase('an unknown region of an instrument', 'data/instruments.yaml', instrument({ extra: `  regions: [${regionA}]\n` }), instrument({ extra: '  regions: [XB-ZZZ]\n' }), 'regions.0', 'regions: [XB-ZZZ]', /unknown regions id "XB-ZZZ"/),
  dataCase('an unknown party in a ratification', 'data/instruments.yaml', instrument({ extra: `  actions: [{ party: ${partyIds[0] ?? ''}, action: ratification, date: "2016" }]\n` }), instrument({ extra: '  actions: [{ party: nobody-land, action: ratification, date: "2016" }]\n' }), 'actions.0.party', 'party: nobody-land', /unknown parties id "nobody-land"/),
  dataCase('an unknown instrument linked from a forum', 'data/forums.yaml', `- id: added-forum\n  date: 2024\n  city: Northtown\n  city@de: Nordstadt\n  region: ${regionB}\n  instruments: [${instrumentId}]\n  ${source}\n`, `- id: added-forum\n  date: 2024\n  city: Northtown\n  city@de: Nordstadt\n  region: ${regionB}\n  instruments: [no-such-accord]\n  ${source}\n`, 'instruments.0', 'instruments: [no-such-accord]', /unknown instruments id "no-such-accord"/),
  dataCase('an unknown field in a record\'s field sources (sources.nmae)', 'data/parties.yaml', party({ extra: `  sources: { name: { ref: ${refId}, locator: p. 2, "locator@de": S. 2 } }\n` }), party({ extra: `  sources: { nmae: { ref: ${refId}, locator: p. 2, "locator@de": S. 2 } }\n` }), 'sources.nmae', 'sources: { nmae', /unknown field "nmae"/),
  dataCase('an unknown reference in a field source', 'data/parties.yaml', party({ extra: `  sources: { name: [{ ref: ${refId}, locator: p. 2, "locator@de": S. 2 }] }\n` }), party({ extra: '  sources: { name: [{ ref: nope-2000, locator: p. 2, "locator@de": S. 2 }] }\n' }), 'sources.name.0.ref', 'ref: nope-2000', /unknown references id "nope-2000"/),
  dataCase('an unknown reference in an editorial note\'s checkedAgainst', 'data/editorial-notes.yaml', `- id: added-note\n  title: A note\n  title@de: Eine Anmerkung\n  claim: A claim.\n  claim@de: Eine Behauptung.\n  note: A note.\n  note@de: Eine Anmerkung.\n  kind: error\n  ${source}\n  checkedAgainst: [{ ref: ${refId}, locator: art. 1, "locator@de": Art. 1 }]\n`, `- id: added-note\n  title: A note\n  title@de: Eine Anmerkung\n  claim: A claim.\n  claim@de: Eine Behauptung.\n  note: A note.\n  note@de: Eine Anmerkung.\n  kind: error\n  ${source}\n  checkedAgainst: [{ ref: nope-2000, locator: art. 1, "locator@de": Art. 1 }]\n`, 'checkedAgainst.0.ref', 'ref: nope-2000', /unknown references id "nope-2000"/),
  dataCase('a YAML syntax error in a data file', 'data/parties.yaml', party(), party({ name: '  name: An added party: with a colon\n' }), undefined, 'name: An added party: with a colon', /not valid YAML: this value contains ": " .*put the whole value in double quotes/),
  dataCase('a YAML line indented too deep (reported on that line, not the one above)', 'data/parties.yaml', party(), party().replace('  kind: company', '     kind: company'), undefined, '     kind: company', /not valid YAML: this line is indented by 5 spaces, deeper than the field above it.*indent it by 2 spaces/),
  dataCase('a YAML value with an unclosed quote', 'data/parties.yaml', party(), party({ name: '  name: "An added party\n' }), undefined, 'name: "An added party', /not valid YAML: a quoted value is not closed/),
  dataCase('a YAML entry without a space after its dash', 'data/parties.yaml', party(), party().replace('- id: added-party', '-id: added-party'), undefined, '-id: added-party', /not valid YAML: an entry starts with "- " \(a dash, then a space\)/),
  dataCase('a YAML list in brackets left open', 'data/instruments.yaml', instrument(), instrument({ parties: `[ ${partyIds.join(', ')}` }), undefined, `parties: [ ${partyIds.join(', ')}`, /not valid YAML: a list in brackets \[ … \] .* is not closed/),
  {
    name: 'a chapter without a title',
    valid: () => withChapter(chapter()),
    broken: () => withChapter(chapter({ title: '' })),
    expected: () => ({ file: 'content/chapters/added.mdx', field: 'title', line: 2, message: /expected the chapter title/ }),
  },
  {
    name: 'a chapter whose order is not a number',
    valid: () => withChapter(chapter()),
    broken: () => withChapter(chapter({ order: 'first' })),
    expected: (root) => ({ file: 'content/chapters/added.mdx', field: 'order', line: lineOf(root, 'content/chapters/added.mdx', 'order: first'), message: /expected a number for the reading order, such as 3 or 8\.5/ }),
  },
  {
    name: 'a YAML syntax error in chapter frontmatter',
    valid: () => withChapter(chapter()),
    broken: () => withChapter(chapter({ title: 'title: An added chapter: with a colon\n' })),
    expected: () => ({ file: 'content/chapters/added.mdx', line: 2, message: /not valid YAML/ }),
  },
  {
    name: 'an MDX component with an unknown row (<Value dataset="key-figures" row="nope" />)',
    valid: () => withChapter(chapter({ body: `Intro.\n\nIt is <Value dataset="key-figures" row="${figureId}" field="value" /> long.` })),
    broken: () => withChapter(chapter({ body: 'Intro.\n\nIt is <Value dataset="key-figures" row="nope" field="value" /> long.' })),
    expected: (root) => ({ file: 'content/chapters/added.mdx', field: 'row', line: lineOf(root, 'content/chapters/added.mdx', 'row="nope"'), message: /prop "row": dataset "key-figures" has no row "nope"/ }),
  },
  {
    name: 'an unknown row inside rows (<KeyFigures rows={[…]} />) suggests the near one',
    valid: () => withChapter(chapter({ body: `Intro.\n\n<KeyFigures dataset="key-figures" rows={["${figureId}"]} label="label" />` })),
    broken: () => withChapter(chapter({ body: `Intro.\n\n<KeyFigures dataset="key-figures" rows={["${figureId}", "${figureId}x"]} label="label" />` })),
    expected: (root) => ({
      file: 'content/chapters/added.mdx',
      field: 'rows',
      line: lineOf(root, 'content/chapters/added.mdx', '<KeyFigures'),
      message: new RegExp(`dataset "key-figures" has no row "${escapeRegExp(figureId)}x".*Did you mean "${escapeRegExp(figureId)}"\\?`),
    }),
  },
  {
    name: 'an unknown row key in a chart (<Chart rows={[…]} />) names the dataset and the key',
    valid: () => withChapter(chapter({ body: `Intro.\n\n<Chart id="fig-added" caption="Added" dataset="key-figures" mark="bar" x="value" y="label" rows={["${figureId}"]} />` })),
    broken: () => withChapter(chapter({ body: 'Intro.\n\n<Chart id="fig-added" caption="Added" dataset="key-figures" mark="bar" x="value" y="label" rows={["zzz-unknown"]} />' })),
    expected: (root) => ({
      file: 'content/chapters/added.mdx',
      field: 'rows',
      line: lineOf(root, 'content/chapters/added.mdx', '<Chart'),
      message: /prop "rows": dataset "key-figures" has no row "zzz-unknown"/,
    }),
  },
  {
    name: 'a misspelt chart prop (color) gets a "did you mean"',
    valid: () => withChapter(chapter({ body: 'Intro.\n\n<Chart id="fig-added" caption="Added" dataset="population" mark="bar" x="value" y="region.shortName" filter="year = 2024" />' })),
    broken: () => withChapter(chapter({ body: 'Intro.\n\n<Chart id="fig-added" caption="Added" dataset="population" mark="bar" x="value" y="region.shortName" filter="year = 2024" />'.replace(' />', ' color="country" />') })),
    expected: (root) => ({ file: 'content/chapters/added.mdx', field: 'color', line: lineOf(root, 'content/chapters/added.mdx', '<Chart'), message: /prop "color": unknown prop of <Chart>; did you mean "colour"\?/ }),
  },
  {
    name: 'a misspelt chart mark (bra) gets a "did you mean"',
    valid: () => withChapter(chapter({ body: 'Intro.\n\n<Chart id="fig-added" caption="Added" dataset="population" mark="bar" x="value" y="region.shortName" filter="year = 2024" />' })),
    broken: () => withChapter(chapter({ body: 'Intro.\n\n<Chart id="fig-added" caption="Added" dataset="population" mark="bar" x="value" y="region.shortName" filter="year = 2024" />'.replace('mark="bar"', 'mark="bra"') })),
    expected: (root) => ({ file: 'content/chapters/added.mdx', field: 'mark', line: lineOf(root, 'content/chapters/added.mdx', '<Chart'), message: /prop "mark": unknown mark "bra"; did you mean "bar"\?/ }),
  },
  {
    name: 'a misspelt chart dataset (populaton) gets a "did you mean"',
    valid: () => withChapter(chapter({ body: 'Intro.\n\n<Chart id="fig-added" caption="Added" dataset="population" mark="bar" x="value" y="region.shortName" filter="year = 2024" />' })),
    broken: () => withChapter(chapter({ body: 'Intro.\n\n<Chart id="fig-added" caption="Added" dataset="population" mark="bar" x="value" y="region.shortName" filter="year = 2024" />'.replace('dataset="population"', 'dataset="populaton"') })),
    expected: (root) => ({ file: 'content/chapters/added.mdx', field: 'dataset', line: lineOf(root, 'content/chapters/added.mdx', '<Chart'), message: /prop "dataset": unknown dataset "populaton"; .*Did you mean "population"\?/ }),
  },
  {
    name: 'a table or figure id used twice (on the second use, naming the first)',
    valid: () => withChapter(chapter({ body: 'Intro.\n\n<Chart id="fig-added" caption="Added" dataset="population" mark="bar" x="value" y="region.shortName" filter="year = 2024" />' })),
    broken: () => withChapter(chapter({ body: `Intro.\n\n<Chart id="fig-added" caption="Added" dataset="population" mark="bar" x="value" y="region.shortName" filter="year = 2024" />`.replace('fig-added', tableId) })),
    expected: (root) => ({
      file: 'content/chapters/added.mdx',
      field: 'id',
      line: lineOf(root, 'content/chapters/added.mdx', '<Chart'),
      message: new RegExp(`duplicate table or figure id "${escapeRegExp(tableId)}": content/chapters/[a-z-]+\\.mdx:\\d+ already uses it`),
    }),
  },
  {
    name: 'a link to an unknown record ([the accord](instrument:nope))',
    valid: () => withChapter(chapter({ body: `Intro.\n\nSee [the accord](instrument:${instrumentId}).` })),
    broken: () => withChapter(chapter({ body: 'Intro.\n\nSee [the accord](instrument:nope).' })),
    expected: (root) => ({ file: 'content/chapters/added.mdx', field: 'link', line: lineOf(root, 'content/chapters/added.mdx', '(instrument:nope)'), message: /in a link to a record \(instrument:…\): unknown instruments id "nope": no entry of data\/instruments\.yaml has it/ }),
  },
  {
    name: 'a link to an unknown region ([the valley](region:XB-ZZZ))',
    valid: () => withChapter(chapter({ body: `Intro.\n\nSee [the valley](region:${regionB}).` })),
    broken: () => withChapter(chapter({ body: 'Intro.\n\nSee [the valley](region:XB-ZZZ).' })),
    expected: (root) => ({ file: 'content/chapters/added.mdx', field: 'link', line: lineOf(root, 'content/chapters/added.mdx', '(region:XB-ZZZ)'), message: /unknown regions id "XB-ZZZ"/ }),
  },
  {
    name: 'an unknown citation key ([@nope])',
    valid: () => withChapter(chapter({ body: `Intro.\n\nAs reported [@${refId}].` })),
    broken: () => withChapter(chapter({ body: 'Intro.\n\nAs reported [@nope].' })),
    expected: (root) => ({ file: 'content/chapters/added.mdx', field: 'citation', line: lineOf(root, 'content/chapters/added.mdx', '[@nope]'), message: /unknown reference key "@nope"/ }),
  },
  {
    name: 'an unknown table or figure in a cross-reference (@tbl-nope)',
    valid: () => withChapter(chapter({ body: `Intro.\n\nSee @${tableId}.` })),
    broken: () => withChapter(chapter({ body: 'Intro.\n\nSee @tbl-nope.' })),
    expected: (root) => ({ file: 'content/chapters/added.mdx', field: 'cross-reference', line: lineOf(root, 'content/chapters/added.mdx', '@tbl-nope'), message: /unknown table or figure "@tbl-nope"/ }),
  },
  // Translations: the fixture declares a second locale (de), so every translatable field needs its `@de`.
  dataCase('a missing translation', 'data/parties.yaml', party(), party().replace('  name@de: Eine hinzugefügte Partei\n', ''), 'name@de', '  name: An added party', /missing the de translation of "name" \(locale de is declared in content\/site\.yaml\)/),
  dataCase('a translation of a field that has none', 'data/parties.yaml', party(), party({ extra: '  kind@de: company\n' }), 'kind@de', 'kind@de', /"kind" has no translations, so "kind@de" is not allowed; the translatable fields here are: name/),
  dataCase('a translation into a locale site.yaml does not declare', 'data/parties.yaml', party(), party({ extra: '  name@fr: Une partie ajoutée\n' }), 'name@fr', 'name@fr', /a translation into fr, a locale content\/site\.yaml does not declare/),
  dataCase('a source whose locator has no translation', 'data/parties.yaml', party(), party().replace(', "locator@de": Abschnitt 1', ''), 'source.locator@de', 'locator: section 1 }', /missing the de translation of the source's locator "section 1"/),
  {
    name: 'an editor without a name in a declared locale',
    valid: () => copyFixture(),
    broken: () => {
      const root = copyFixture();
      const file = path.join(root, 'content/site.yaml');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('{ name: Mira Fixture, "name@de": Mira Fixture }', '{ name: Mira Fixture }'));
      return root;
    },
    expected: (root) => ({ file: 'content/site.yaml', field: 'editors[0].name@de', line: lineOf(root, 'content/site.yaml', '{ name: Mira Fixture }'), message: /missing the de name of the editor "Mira Fixture"/ }),
  },
  {
    name: 'a vocabulary label without the text of a declared locale',
    valid: () => copyFixture(),
    broken: () => {
      const root = copyFixture();
      const file = path.join(root, 'content/site.yaml');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('accord: { en: Accord, de: Abkommen }', 'accord: Accord'));
      return root;
    },
    expected: (root) => ({ file: 'content/site.yaml', field: 'vocabularies.instruments.kind.accord', line: lineOf(root, 'content/site.yaml', 'accord: Accord'), message: /the label of "accord" has no de text/ }),
  },
];

/** Every message the cases below produced, for the check of the editor guide. */
const seen: string[] = [];

describe('bad input: the error names the file, the field, the line and what was expected', () => {
  it('the unchanged fixture is valid', () => {
    expect(() => loadReport(copyFixture())).not.toThrow();
  });

  for (const c of cases) {
    it(c.name, () => {
      expect(() => loadReport(c.valid()), 'the addition without its fault should be valid').not.toThrow();
      const root = c.broken();
      expectIssue(root, c.expected(root));
      seen.push(...reportErrorOf(root).issues.map((i) => i.message));
    });
  }

  // More YAML slips, each reported once, in plain words, at its own line.
  const yamlSlips: Array<[string, (entry: string) => string, string, RegExp]> = [
    ['a tab for indentation', (e) => e.replace('  kind: company', '\tkind: state'), '\tkind: state', /this line is indented with a tab/],
    ['a field twice', (e) => e.replace('  kind: company', '  kind: company\n  kind: state'), 'kind: state', /the field "kind" appears twice in this entry/],
    ['a field indented less than its entry', (e) => e.replace('  kind: company', ' kind: state'), ' kind: state', /this line is indented less than the other fields of its entry/],
    ['no space after a colon', (e) => e.replace('  kind: company', '  kind:state'), 'kind:state', /a field name must be followed by a colon and a space/],
  ];
  for (const [name, slip, needle, message] of yamlSlips) {
    it(`a YAML slip: ${name}`, () => {
      const root = withAppended('data/parties.yaml', slip(party()));
      const issues = reportErrorOf(root).issues;
      expect(issues.map((i) => i.message), 'one message for the file').toHaveLength(1);
      expect(issues[0]?.message).toMatch(message);
      expect(issues[0]?.line).toBe(lineOf(root, 'data/parties.yaml', needle));
      expect(issues[0]?.entry).toBe('parties[added-party]');
      seen.push(...issues.map((i) => i.message));
    });
  }

  it('a duplicate id (pointing at the second use and naming the first)', () => {
    expect(() => loadReport(withAppended('data/parties.yaml', party()))).not.toThrow();
    const root = withAppended('data/parties.yaml', party({ id: partyId }));
    const lines = fs.readFileSync(path.join(root, 'data/parties.yaml'), 'utf8').split('\n');
    const uses = lines.flatMap((l, i) => (l.trim() === `- id: ${partyId}` ? [i + 1] : []));
    expect(uses).toHaveLength(2);
    seen.push(...reportErrorOf(root).issues.map((i) => i.message));
    expectIssue(root, { file: 'data/parties.yaml', field: 'id', line: uses[1], message: new RegExp(`duplicate id "${escapeRegExp(partyId)}": it is already used on line ${uses[0]};`) });
  });

  it('a misspelt field is one message, not also a missing field', () => {
    const root = withAppended('data/parties.yaml', party().replace('  kind: company', '  knid: company'));
    const issues = reportErrorOf(root).issues.filter((i) => i.entry === 'parties[added-party]');
    expect(issues.map((i) => `${i.field ?? ''}: ${i.message}`)).toEqual([expect.stringMatching(/^knid: unknown field "knid"; did you mean "kind"\?/)]);
  });

  it('a YAML syntax error names the entry it is in', () => {
    const root = withAppended('data/parties.yaml', party().replace('  kind: company', '     kind: company'));
    const issues = reportErrorOf(root).issues;
    seen.push(...issues.map((i) => i.message));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.entry).toBe('parties[added-party]');
    expect(reportErrorOf(root).message).toContain('parties[added-party]');
    expect(reportErrorOf(root).message, 'no parser jargon').not.toMatch(/implicit|compact mapping|map-value-ind/i);
  });

  it('chapter orders may have gaps and fractions: 8.5 fits between two chapters without renumbering', () => {
    const orders = fixture.chapters.map((c) => c.data.order).sort((a, b) => a - b);
    const [low = 0, high = low + 2] = orders;
    const between = (low + high) / 2 === Math.round((low + high) / 2) ? low + 0.5 : (low + high) / 2;
    const report = loadReport(withChapter(chapter({ order: String(between) })));
    const ids = report.chapters.map((c) => c.id);
    expect(ids.indexOf('added'), 'placed right after the chapter it follows').toBe(ids.indexOf(report.chapters.find((c) => c.data.order === low)?.id ?? '') + 1);
    expect(() => loadReport(withChapter(chapter({ order: '1000' }))), 'a gap is fine').not.toThrow();
  });

  it('a duplicate chapter order (on one of the two chapters, naming the other)', () => {
    expect(() => loadReport(withChapter(chapter()))).not.toThrow();
    const root = withChapter(chapter({ order: String(usedOrder) }));
    const clash = reportErrorOf(root).issues.filter((i) => i.field === 'order');
    seen.push(...clash.map((i) => i.message));
    expect(clash, 'one issue for the clash').toHaveLength(1);
    const issue = clash[0];
    if (!issue) throw new Error('unreachable');
    const other = fixture.chapters.find((c) => c.data.order === usedOrder)?.file ?? '';
    const pair = ['content/chapters/added.mdx', other];
    expect(pair).toContain(issue.file);
    const otherFile = pair.find((f) => f !== issue.file) ?? '';
    expectIssue(root, { file: issue.file, field: 'order', line: lineOf(root, issue.file, `order: ${usedOrder}`), message: new RegExp(`order ${usedOrder} is already used by ${escapeRegExp(otherFile)}`) });
  });

  it('every problem is reported at once', () => {
    const root = withAppended('data/parties.yaml', party().replace('  kind: company', '  kind: nonsense'));
    fs.writeFileSync(path.join(root, 'content/chapters/added.mdx'), chapter({ order: 'first' }));
    const files = new Set(reportErrorOf(root).issues.map((i) => i.file));
    expect(files).toEqual(new Set(['data/parties.yaml', 'content/chapters/added.mdx']));
  });

  it('a chapter with broken frontmatter is reported alone, without knock-on errors about the section it holds', () => {
    const added = (title: string): string => {
      const root = withChapter(chapter({ title }).replace('order: 99', 'section: "77"\norder: 99'));
      fs.appendFileSync(path.join(root, 'data/instruments.yaml'), `\n${instrument({ sections: '["77"]' })}`);
      return root;
    };
    expect(() => loadReport(added('title: An added chapter\n'))).not.toThrow();
    const issues = reportErrorOf(added('')).issues;
    expect(issues.map((i) => `${i.file} ${i.field ?? ''}`)).toEqual(['content/chapters/added.mdx title']);
  });

  it('a YAML syntax error is reported alone, without knock-on errors from the entries it hid', () => {
    const root = withAppended('data/regions.yaml', `- id: XA-ADD\n  name: Added: Valley\n`);
    const issues = reportErrorOf(root).issues;
    expect(issues.map((i) => `${i.file}: ${i.message}`)).toEqual([expect.stringMatching(/^data\/regions\.yaml: not valid YAML/)]);
  });
});

describe('the editor guide explains the real messages', () => {
  it('every message the guide\'s "What the errors mean" lists is one the validator gives', () => {
    const guide = fs.readFileSync(path.join(projectRoot, 'docs/editor-guide.md'), 'utf8');
    const section = guide.slice(guide.indexOf('## What the errors mean'), guide.indexOf('\n## ', guide.indexOf('## What the errors mean') + 5));
    // The first cell of each table row: one or more `message` spans, "…", N and <file> standing for any text.
    const rows = section
      .split('\n')
      .filter((l) => /^\| `/.test(l))
      .map((l) => (l.split('|')[1] ?? '').trim());
    expect(rows.length).toBeGreaterThan(15);
    const unmatched: string[] = [];
    for (const row of rows) {
      for (const span of [...row.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '')) {
        const pattern = new RegExp(
          escapeRegExp(span)
            .replace(/ ?…/g, '.*')
            .replace(/\bN\b/g, '.*')
            .replace(/<file>|<line>/g, '.*'),
        );
        // The YAML table lists what follows "not valid YAML: ".
        if (!seen.some((m) => pattern.test(m) || pattern.test(m.replace(/^not valid YAML: /, '')))) unmatched.push(span);
      }
    }
    expect(unmatched, `messages in the guide that no bad input produced:\n${unmatched.join('\n')}`).toEqual([]);
  });
});

describe('bad input stops `npm run build`', () => {
  it('exits non-zero, names the file and field, and leaves no output folder behind', async () => {
    const root = withAppended('data/parties.yaml', party().replace('  kind: company', '  kind: nonsense'));
    const work = path.dirname(root);
    const outDir = path.join(work, 'dist');
    const run = await runBuild({ reportRoot: root, outDir, cacheDir: path.join(work, 'cache') });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`data/parties.yaml:${lineOf(root, 'data/parties.yaml', 'kind: nonsense')}`);
    expect(run.stderr).toContain('parties[added-party] › kind');
    expect(run.stderr).toMatch(/expected one of: .*state/);
    expect(run.stderr, 'no stack trace for a content error').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(fs.existsSync(outDir)).toBe(false);
    expect(fs.readdirSync(work).filter((name) => name.includes('dist')), 'nothing beside the output folder').toEqual([]);
    expect(fs.existsSync(stagingDir(run.pid)), 'no staging folder left').toBe(false);
  }, 120_000);

  it('prints a duplicate figure id once, at its file and line, as `npm run validate` does, not as a broken Astro config', async () => {
    const root = withChapter(chapter({ body: `Intro.\n\n<Chart id="fig-added" caption="Added" dataset="population" mark="bar" x="value" y="region.shortName" filter="year = 2024" />`.replace('fig-added', tableId) }));
    const work = path.dirname(root);
    const run = await runBuild({ reportRoot: root, outDir: path.join(work, 'dist'), cacheDir: path.join(work, 'cache') });
    expect(run.code).toBe(1);
    const where = `content/chapters/added.mdx:${lineOf(root, 'content/chapters/added.mdx', '<Chart')}`;
    expect(run.stderr.split(where).length - 1, `printed once:\n${run.stderr}`).toBe(1);
    expect(run.stderr).toContain(`duplicate table or figure id "${tableId}"`);
    expect(run.stderr).not.toMatch(/Unable to load your Astro config|undefined:undefined|^\s+at .+:\d+:\d+\)?$/m);
    expect(run.stderr.trim()).toBe(reportErrorOf(root).message.trim());
  }, 120_000);
});
