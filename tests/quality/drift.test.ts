/**
 * Numbers must not drift between languages (src/report/drift.ts, run by the
 * validator on every build): the numbers a chapter's prose writes, read alike
 * in every locale's way of writing them; a translation that writes more or
 * fewer of them than its source; a chapter in any language that types a
 * dataset's measured value instead of placing it with <Value>. On inline texts
 * and on broken copies of the fixture report, never on the real report's words.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/datasets/dataset.ts';
import { measuredValues, quotedMeasures, translationDrift } from '../../src/report/drift.ts';
import { proseNumbers, romanValue } from '../../src/report/prose-numbers.ts';
import { copyFixture, edit, expectIssue, lineOf, removeCopies } from '../helpers/report-copy.ts';

afterAll(removeCopies);

const values = (text: string, locale: string): string[] => proseNumbers(text, locale).map((n) => n.value);

describe('the numbers a chapter writes', () => {
  it('are read alike in every locale: grouping by comma, space or none; decimal point or comma', () => {
    expect(values('7,500 and 7 500 and 7500; 870,200.5', 'en')).toEqual(['7500', '7500', '7500', '870200.5']);
    expect(values('7 500, 7\u00a0500 и 7500; 870\u202f200,5', 'ru')).toEqual(['7500', '7500', '7500', '870200.5']);
    expect(values('7.500 und 870.200,5', 'de')).toEqual(['7500', '870200.5']);
  });

  it('count years, days, section numbers, ordinals and Roman numerals as written numbers', () => {
    expect(values('On 25 May 1992, section 4.3 (see 25.05.1992), the 9th of them, in the XXI century', 'en')).toEqual([
      '25',
      '1992',
      '4.3',
      '25.05.1992',
      '9',
      '21',
    ]);
    expect(values('25 мая 1992 г., разделы 3, 4 и 4.3; 9-е место; XXI век; 3,4 %', 'ru')).toEqual([
      '25',
      '1992',
      '3',
      '4',
      '4.3',
      '9',
      '21',
      '3.4',
    ]);
    expect(romanValue('XIX')).toBe(19);
    expect(romanValue('IIV')).toBeUndefined();
  });

  it('leave out what is not prose: props, code, citation keys, cross-references, link targets, footnote labels, URLs, other frontmatter', () => {
    const mdx = [
      '---',
      'title: "Part 2"',
      'order: 7',
      '---',
      '<Value dataset="d" row="r-1990" filter="year >= 2020" /> `code 5` [@smith-2016, p. 12] @tbl-t3',
      '[a link](region:KZ-1) [^n4] https://example.org/a/55 &#160; {#h6}',
      '<Chart',
      '  id="fig-x" caption="2014" />',
    ].join('\n');
    const found = proseNumbers(mdx, 'en');
    expect(found.map((n) => [n.value, n.line])).toEqual([
      ['2', 2],
      ['12', 5],
    ]);
  });

  it('read a scale word after a number in the locale (from Intl)', () => {
    expect(proseNumbers('21 billion, 7.5 thousand', 'en').map((n) => n.scale)).toEqual([1e9, 1e3]);
    expect(proseNumbers('21 млрд, 32 миллиона', 'ru').map((n) => n.scale)).toEqual([1e9, 1e6]);
  });
});

const source = { file: 'content/chapters/x.mdx', locale: 'en' };
const translation = { file: 'content/ru/chapters/x.mdx', locale: 'ru' };

describe('a translation that drifts from its source', () => {
  it('passes with the same numbers in its own formats, in another order within the text', () => {
    const en = 'A border of 7,500 km.\nIn 2014 and 2015, 870,200.5 tonnes; the 21st century.';
    const ru = 'Граница протяжённостью 7 500 км.\n870 200,5 т в 2015 и 2014 гг.; XXI век.';
    expect(translationDrift({ ...source, text: en }, { ...translation, text: ru })).toEqual([]);
  });

  it('fails on a missing number, naming the translation, the line where it belongs, the number and the source line', () => {
    const en = 'In 1992.\nA border of 7,500 km.\nSigned in 2013.';
    const ru = 'В 1992 г.\nГраница.\nПодписан в 2013 г.';
    const issues = translationDrift({ ...source, text: en }, { ...translation, text: ru });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: translation.file, line: 1, entry: 'number 7500', field: 'prose' });
    expect(issues[0]?.message).toMatch(/writes 7,500 at content\/chapters\/x\.mdx:2, and this translation does not/);
  });

  it('fails on an extra or mistyped number at its own line, naming the place in the source', () => {
    const en = 'In 1992.\nA border of 7,500 km.';
    const ru = 'В 1992 г.\nГраница 7 550 км.';
    const issues = translationDrift({ ...source, text: en }, { ...translation, text: ru });
    expect(issues.map((i) => [i.line, i.entry])).toEqual([
      [1, 'number 7500'],
      [2, 'number 7550'],
    ]);
    expect(issues[1]?.message).toMatch(
      /writes 7 550, which the source chapter does not write \(its place in the source: content\/chapters\/x\.mdx:1\)/,
    );
  });
});

/** A dataset with only what measuredValues reads. */
function dataset(
  name: string,
  fields: Array<[string, string]>,
  rows: Array<Record<string, number | string>>,
  primaryKey?: string[],
): Dataset {
  return {
    name,
    title: name,
    file: `data/${name}.csv`,
    descriptorFile: `data/${name}.resource.yaml`,
    format: 'csv',
    schema: { fields: fields.map(([n, type]) => ({ name: n, type })), ...(primaryKey ? { primaryKey } : {}) } as Dataset['schema'],
    sources: [],
    licenses: [],
    translations: {},
    rows: rows.map((values, i) => ({ line: i + 2, key: `row ${i + 1}`, values, fieldLines: {}, exact: {}, translations: {} })),
  };
}

describe('a measured value typed by hand', () => {
  const d = dataset(
    'freight',
    [
      ['id', 'integer'],
      ['year', 'year'],
      ['tonnes', 'number'],
      ['rank', 'integer'],
    ],
    [
      { id: 501, year: 2015, tonnes: 45422.5, rank: 3 },
      { id: 502, year: 2016, tonnes: 12.5, rank: 4 },
      { id: 503, year: 2017, tonnes: 7500, rank: 1 },
    ],
    ['id'],
  );
  const measured = measuredValues([d]);

  it('counts number fields that are not keys or years, 100 or more, or 10 or more with a fraction', () => {
    expect([...measured.keys()].sort((a, b) => a - b)).toEqual([12.5, 7500, 45422.5]);
  });

  it('is an error in any language, named by file, line and the dataset row', () => {
    const chapter = {
      file: 'content/ru/chapters/x.mdx',
      locale: 'ru',
      text: 'Строка.\nПеревезено 45 422,5 т и 7,5 тыс. т; ранг 3; в 2015 г.; ключ 501; 7500 т',
    };
    const issues = quotedMeasures(chapter, measured);
    expect(issues.map((i) => [i.line, i.entry])).toEqual([
      [2, 'number 45422.5'],
      [2, 'number 7.5'],
      [2, 'number 7500'],
    ]);
    expect(issues[0]?.message).toMatch(
      /dataset "freight" holds \(data\/freight\.csv:2, row row 1, field tonnes\); place it with <Value dataset="freight"/,
    );
  });
});

describe('the validator runs both checks on every build', () => {
  it('stops on a translated chapter that drops a number of its source', () => {
    const root = copyFixture();
    const file = 'content/de/chapters/rivers.mdx';
    const en = 'content/chapters/rivers.mdx';
    edit(root, en, '## Geography', '## Geography\n\nMapped in 1890.');
    const line = lineOf(root, en, 'in 1890');
    expectIssue(root, {
      file,
      field: 'prose',
      message: new RegExp(`writes 1890 at content/chapters/rivers\\.mdx:${line}, and this translation does not`),
    });
  });

  it('stops on a chapter, in either language, that types a value of a dataset', () => {
    const root = copyFixture();
    const de = 'content/de/chapters/rivers.mdx';
    edit(root, de, '## Geographie', '## Geographie\n\nIm Norden leben 1 200 Menschen.');
    expectIssue(root, { file: de, field: 'prose', line: lineOf(root, de, 'leben 1 200'), message: /dataset "population" holds/ });
    const en = 'content/chapters/rivers.mdx';
    edit(root, en, '## Geography', '## Geography\n\nThe north has 1,200 people.');
    expectIssue(root, { file: en, field: 'prose', line: lineOf(root, en, 'has 1,200'), message: /dataset "population" holds/ });
  });
});
