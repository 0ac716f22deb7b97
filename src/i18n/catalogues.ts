/**
 * The engine's own catalogues, for the languages it ships. A report adds a
 * language, or rewords a message, in content/i18n/<code>.yaml (see messages.ts).
 * English is the reference: its keys are the keys every language must have.
 */
import type { Catalogue } from './messages.ts';

export const en: Catalogue = {
  'site.skipToContent': 'Skip to content',
  'site.language': 'Language',
  'site.otherLanguage': 'This page in {language}',
  'site.fallbackNotice': 'This page is not yet available in {language}; it is shown in {original}.',
  'search.label': 'Search',
  'search.placeholder': 'Search the report',
  'search.noResults': 'No results for “{query}”.',
  'search.didYouMean': 'Did you mean {suggestion}?',
  'search.results': { one: '{count} result', other: '{count} results' },
  'figure.figure': 'Figure',
  'figure.table': 'Table',
  'figure.source': 'Source:',
  'figure.sources': 'Sources:',
  'figure.regionsOnMap': 'Regions on the map:',
  'figure.dataOf': 'The data of {label}',
  'figure.downloadCsv': 'Data (CSV)',
  'figure.downloadSvg': 'Figure (SVG)',
  'number.about': 'about',
  'number.over': 'more than',
  'number.under': 'less than',
  'number.underCounted': 'fewer than',
  'catalogue.treaties': { one: '{count} instrument', other: '{count} instruments' },
};

export const ru: Catalogue = {
  'site.skipToContent': 'Перейти к содержанию',
  'site.language': 'Язык',
  'site.otherLanguage': 'Эта страница: {language}',
  'site.fallbackNotice': 'Эта страница ещё не переведена на язык «{language}»; она показана на языке «{original}».',
  'search.label': 'Поиск',
  'search.placeholder': 'Поиск по докладу',
  'search.noResults': 'По запросу «{query}» ничего не найдено.',
  'search.didYouMean': 'Возможно, вы имели в виду: {suggestion}?',
  'search.results': { one: '{count} результат', few: '{count} результата', many: '{count} результатов', other: '{count} результата' },
  'figure.figure': 'Рисунок',
  'figure.table': 'Таблица',
  'figure.source': 'Источник:',
  'figure.sources': 'Источники:',
  'figure.regionsOnMap': 'Регионы на карте:',
  'figure.dataOf': 'Данные: {label}',
  'figure.downloadCsv': 'Данные (CSV)',
  'figure.downloadSvg': 'Рисунок (SVG)',
  'number.about': 'около',
  'number.over': 'более',
  'number.under': 'менее',
  'number.underCounted': 'менее',
  'catalogue.treaties': { one: '{count} документ', few: '{count} документа', many: '{count} документов', other: '{count} документа' },
};

/** The engine's catalogues by language code. */
export const engineCatalogues: Readonly<Record<string, Catalogue>> = { en, ru };
