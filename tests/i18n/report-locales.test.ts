/** A report's languages are checked with the rest of it: each problem an issue in the one error list, with file and line. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../src/report/load.ts';
import { copyFixture, edit, expectIssue, lineOf, removeCopies } from '../helpers/report-copy.ts';

afterAll(removeCopies);
const site = 'content/site.yaml';
const german = 'content/i18n/de.yaml';

describe('the locales of a report', () => {
  it('load with their messages, the report’s own over the engine’s', () => {
    const report = loadReport(copyFixture());
    expect([...report.catalogues.keys()]).toEqual(['en', 'de']);
    expect(report.catalogues.get('de')?.['nav.next']).toBe('Weiter');
  });

  it('name a language without messages, and the file to write', () => {
    const root = copyFixture();
    edit(
      root,
      site,
      '  - { code: de, name: Deutsch, citationStyle: harvard1 }',
      '  - { code: de, name: Deutsch }\n  - { code: fr, name: Français }',
    );
    expectIssue(root, { file: 'content/i18n/fr.yaml', message: /the locale "fr" has no messages: add content\/i18n\/fr\.yaml/ });
  });

  it('name a missing message', () => {
    const root = copyFixture();
    edit(root, german, 'nav.next: Weiter\n', '');
    expectIssue(root, { file: german, message: /the locale "de" lacks 1 message: "nav\.next"/ });
  });

  it('name a misspelt key at its line, with the nearest right one', () => {
    const root = copyFixture();
    edit(root, german, 'nav.next: Weiter', 'nav.nxet: Weiter');
    expectIssue(root, { file: german, field: 'nav.nxet', line: lineOf(root, german, 'nav.nxet'), message: /did you mean "nav\.next"/ });
  });

  it('must begin with the site’s language', () => {
    const root = copyFixture();
    edit(
      root,
      site,
      '  - { code: en, name: English }\n  - { code: de, name: Deutsch, citationStyle: harvard1 }',
      '  - { code: de, name: Deutsch }\n  - { code: en, name: English }',
    );
    expectIssue(root, {
      file: site,
      field: 'locales.0.code',
      line: 9,
      message: /the first locale is the default and must be the site's language "en"/,
    });
  });

  it('the fixture’s German edition is content only: no engine catalogue for it', async () => {
    const { engineCatalogues } = await import('../../src/i18n/catalogues.ts');
    expect(engineCatalogues['de']).toBeUndefined();
    expect(fs.existsSync(path.join(copyFixture(), german))).toBe(true);
  });
});
