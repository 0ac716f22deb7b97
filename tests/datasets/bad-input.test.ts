import { describe, expect, it } from 'vitest';
import { problems } from './helpers.ts';

describe('bad input in declared datasets', () => {
  it('a text in a number column of a CSV: file, line, entry, field and expectation', () => {
    const { issues } = problems({ 'data/exports.csv': (t) => t.replace('2019,NO,12.50', '2019,NO,"12,5 t"') });
    expect(issues).toEqual([
      {
        file: 'data/exports.csv',
        line: 4,
        entry: 'exports[2019, NO]',
        field: 'value',
        message: `expected a number written with "." as decimal mark, got the text '12,5 t'`,
      },
    ]);
  });

  it('a text in a number field of a YAML dataset points at the line of the field', () => {
    const { issues } = problems({ 'data/countries.yaml': (t) => t.replace('population: 372520', 'population: about 372 thousand') });
    expect(issues).toEqual([
      {
        file: 'data/countries.yaml',
        line: 9,
        entry: 'countries[IS]',
        field: 'population',
        message: "expected a whole number, got the text 'about 372 thousand'",
      },
    ]);
  });

  it('a broken foreign key names the value and the target dataset', () => {
    const { issues } = problems({ 'data/places.csv': (t) => t.replace('reykjavik,Reykjavík,IS', 'reykjavik,Reykjavík,XX') });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'data/places.csv', line: 3, entry: 'places[reykjavik]', field: 'country' });
    expect(issues[0]?.message).toMatch(
      /^"XX" is not a code of dataset "countries" \(data\/countries\.yaml\); expected one of: NO; IS; FI$/,
    );
  });

  it('a broken foreign key in a YAML dataset points at the line of its field', () => {
    const { issues } = problems({ 'data/countries.yaml': (t) => t.replace('capital: helsinki', 'capital: helsingfors') });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'data/countries.yaml', line: 16, entry: 'countries[FI]', field: 'capital' });
    expect(issues[0]?.message).toContain('"helsingfors" is not a id of dataset "places"');
  });

  it("a schema that does not match the file's columns names the missing and the extra column", () => {
    const { issues } = problems({ 'data/exports.csv': (t) => t.replace('year,partner,value', 'year,partner,valeu') });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'data/exports.csv', line: 1, entry: 'exports' });
    expect(issues[0]?.message).toContain(
      `the schema's field "value" is not a column of the file; the file's column "valeu" is not declared in the schema. Did you mean "value"?`,
    );
  });

  it('an empty dataset', () => {
    const { issues } = problems({ 'data/places.csv': 'id,name,country,lat,lon,founded\n' });
    // The countries' capitals now point nowhere, which is reported too.
    expect(issues[0]).toEqual({
      file: 'data/places.csv',
      line: 1,
      entry: 'places',
      message: 'the dataset is empty: expected at least one row of data',
    });
    expect(issues.slice(1).every((i) => i.file === 'data/countries.yaml' && i.field === 'capital')).toBe(true);
  });

  it('an unknown field type, with "did you mean"', () => {
    const { issues } = problems({ 'data/countries.schema.yaml': (t) => t.replace('type: integer', 'type: integr') });
    expect(issues).toEqual([
      {
        file: 'data/countries.schema.yaml',
        line: 13,
        entry: 'datasets[countries]',
        field: 'fields.2.type',
        message:
          'unknown field type "integr"; expected one of "string", "number", "integer", "boolean", "date", "year", "yearmonth". Did you mean "integer"?',
      },
    ]);
  });

  it('a duplicate primary key names both lines', () => {
    const { issues } = problems({ 'data/exports.csv': (t) => t.replace('2020,IS,7', '2020,NO,7') });
    expect(issues).toEqual([
      {
        file: 'data/exports.csv',
        line: 7,
        entry: 'exports[2020, NO]',
        field: 'year, partner',
        message: 'duplicate primary key (year, partner): 2020, "NO" is already used on line 6; expected each value once',
      },
    ]);
  });

  it('a misspelt field name in foreignKeys, with "did you mean"', () => {
    const { issues } = problems({ 'data/places.resource.yaml': (t) => t.replace('fields: country', 'fields: contry') });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: 'data/places.resource.yaml',
      line: 14,
      entry: 'datasets[places]',
      field: 'foreignKeys.0.fields',
    });
    expect(issues[0]?.message).toBe(
      'unknown field "contry" in the schema of "places". Did you mean "country"? Expected one of: id, name, country, lat, lon, founded',
    );
  });

  it('a misspelt target dataset in foreignKeys, with "did you mean"', () => {
    const { issues } = problems({ 'data/exports.resource.yaml': (t) => t.replace('resource: countries', 'resource: countrys') });
    expect(issues[0]?.message).toBe(
      'unknown dataset "countrys". Did you mean "countries"? Expected one of the declared datasets: "countries", "exports", "places"',
    );
  });

  it('a misspelt descriptor property, a value out of range, a missing required value and an unknown reference, all at once', () => {
    const { issues, text } = problems({
      'data/places.resource.yaml': (t) =>
        t.replace('title: Capitals', 'titel: Capitals').replace('ref: gazetteer-2020', 'ref: gazeteer-2020'),
      'data/exports.resource.yaml': (t) => t.replace('ref: stat-office-2021', 'ref: stat-ofice-2021'),
      'data/countries.yaml': (t) => t.replace('name: Iceland', 'name: ""'),
      'data/exports.csv': (t) => t.replace('2020,IS,7', '2020,IS,-7'),
    });
    expect(text).toContain('data/places.resource.yaml:3  datasets[places] › titel\n    unknown property "titel". Did you mean "title"?');
    expect(text).toContain(
      'data/exports.resource.yaml  datasets[exports] › sources.0.ref\n    unknown reference "stat-ofice-2021"; expected the id of an entry in data/references.yaml. Did you mean "stat-office-2021"?',
    );
    expect(text).toContain("data/countries.yaml:8  countries[IS] › name\n    expected a value (the field is required), got the text ''");
    expect(text).toContain('data/exports.csv:7  exports[2020, IS] › value\n    expected a value of at least 0, got -7');
    // Five: the places descriptor also lacks its (misspelt) title; an invalid descriptor's sources are not checked further.
    expect(issues).toHaveLength(5);
    expect(text).toContain('missing required property');
  });

  it('a date that is not a date, and a CSV row with a cell too many', () => {
    const { issues } = problems({
      'data/places.resource.yaml': (t) => t.replace('{ name: founded, type: string }', '{ name: founded, type: date }'),
      'data/exports.csv': (t) => `${t}2021,NO,1,2\n`,
    });
    expect(issues).toContainEqual({
      file: 'data/places.csv',
      line: 2,
      entry: 'places[oslo]',
      field: 'founded',
      message: "expected a date such as 2015-06-28 (YYYY-MM-DD), got the text '1040'",
    });
    expect(issues).toContainEqual({
      file: 'data/exports.csv',
      line: 8,
      entry: 'row 7',
      message: 'expected 3 cells like the header, got 4',
    });
  });
});
