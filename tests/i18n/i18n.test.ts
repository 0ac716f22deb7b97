/** The engine's i18n core: locale paths, dates and plurals through Intl, catalogues checked key by key. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/catalogues.ts';
import { formatDate } from '../../src/i18n/dates.ts';
import { loadCatalogues } from '../../src/i18n/load.ts';
import { alternates, localizedPath, splitLocale } from '../../src/i18n/locales.ts';
import { translator } from '../../src/i18n/messages.ts';
import { formatIssue } from '../../src/report/errors.ts';

const locales = [
  { code: 'en', name: 'English' },
  { code: 'ru', name: 'Русский' },
  { code: 'kk', name: 'Қазақша' },
];

describe('locale paths', () => {
  it('keeps the default locale at the root and prefixes the others', () => {
    expect(localizedPath(locales, 'en', '/chapters/x/')).toBe('/chapters/x/');
    expect(localizedPath(locales, 'ru', '/chapters/x/')).toBe('/ru/chapters/x/');
    expect(splitLocale(locales, '/ru/treaties/a/')).toEqual({ code: 'ru', path: '/treaties/a/' });
    expect(splitLocale(locales, '/ru')).toEqual({ code: 'ru', path: '/' });
    expect(splitLocale(locales, '/rules/')).toEqual({ code: 'en', path: '/rules/' });
    expect(() => localizedPath(locales, 'de', '/')).toThrow(/unknown locale "de"/);
  });
  it('lists the same page in every locale', () => {
    expect(alternates(locales, '/kk/data/').map((a) => a.path)).toEqual(['/data/', '/ru/data/', '/kk/data/']);
  });
});

describe('dates', () => {
  it('writes a date only as precisely as the source, in the locale, in UTC', () => {
    expect(formatDate('1992-05-25', 'ru')).toBe('25 мая 1992 г.');
    expect(formatDate('1992-05', 'ru')).toBe('май 1992 г.');
    expect(formatDate('1992-05-25', 'en')).toBe('May 25, 1992');
    expect(formatDate('1992', 'ru')).toBe('1992');
    expect(() => formatDate('25.05.1992', 'ru')).toThrow(/expected "YYYY"/);
  });
});

describe('messages', () => {
  it('chooses plural forms by the locale and fills placeholders with its numbers', () => {
    const t = translator('ru', {
      n: { one: '{count} договор', few: '{count} договора', many: '{count} договоров', other: '{count} договора' },
    });
    expect([1, 2, 5, 21, 1000].map((count) => t('n', { count }))).toEqual([
      '1 договор',
      '2 договора',
      '5 договоров',
      '21 договор',
      '1\u00a0000 договоров',
    ]);
    expect(() => t('n')).toThrow(/needs a number "count"/);
    expect(() => t('missing')).toThrow(/no message "missing"/);
  });

  const report = (files: Record<string, string>): string => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'i18n-'));
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    }
    return root;
  };

  it('adds a locale with a messages file and no code', () => {
    const kk = Object.entries(en)
      .map(([k, v]) => `${k}: ${JSON.stringify(typeof v === 'string' ? `kk ${v}` : { other: `kk ${v.other ?? ''}` })}`)
      .join('\n');
    const { catalogues, issues } = loadCatalogues(report({ 'content/i18n/kk.yaml': kk }), locales);
    expect(issues).toEqual([]);
    expect(translator('kk', catalogues.get('kk') ?? {})('search.label')).toBe('kk Search');
  });

  it('names the file, line and key of a misspelt key, and the keys a locale lacks', () => {
    const { issues } = loadCatalogues(report({ 'content/i18n/ru.yaml': 'search.lable: Найти\n' }), locales);
    const text = issues.map(formatIssue).join('\n');
    expect(text).toContain(
      'content/i18n/ru.yaml:1  messages[ru] › search.lable\n    unknown message key "search.lable"; did you mean "search.label"?',
    );
    expect(text).toContain('the locale "kk" has no messages: add content/i18n/kk.yaml');
  });

  it('refuses plural forms without "other"', () => {
    const { issues } = loadCatalogues(
      report({ 'content/i18n/ru.yaml': 'search.results:\n  one: "{count} результат"\n' }),
      locales.slice(0, 2),
    );
    expect(issues.map(formatIssue).join('\n')).toMatch(/content\/i18n\/ru\.yaml:2 {2}messages\[ru\] › search\.results\n {4}.*"other"/);
  });
});
