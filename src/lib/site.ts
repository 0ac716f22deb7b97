/**
 * The report as the page chrome sees it: its validated site configuration and
 * reading order. The report is read through the shared cache (report-cache.ts),
 * so a build validates it once and `astro dev` picks up an edit to site.yaml.
 */
import type { ChapterFile, Report } from '../report/load.ts';
import { cachedReport } from './report-cache.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { citationLabels } from './bibliography.ts';
import { formatPartialDate } from './format.ts';
import { homeChapterId } from './url.ts';

/** The validated report (content/site.yaml, chapters, data). */
export function report(): Report {
  return cachedReport();
}

/** The site configuration (content/site.yaml). */
export function site(): SiteConfig {
  return report().site;
}

/** Chapters in reading order (frontmatter `order`), the home chapter included. */
export function readingOrder(): readonly ChapterFile[] {
  return report().chapters;
}

/** The chapters listed on the home page: every chapter but the home chapter itself. */
export function listedChapters(): readonly ChapterFile[] {
  return readingOrder().filter((c) => c.id !== homeChapterId);
}

/** A chapter of the report, by id. */
export function chapterById(id: string): ChapterFile | undefined {
  return readingOrder().find((c) => c.id === id);
}

/** The id of the chapter that holds the bibliography, if the report has one. */
export const referencesChapterId = 'references';

/** A link target for previous/next: a chapter id, or the home page when the report has no home chapter. */
export interface Neighbour {
  id: string;
  title: string;
  section: string | undefined;
}

const asNeighbour = (c: ChapterFile): Neighbour => ({ id: c.id, title: c.data.title, section: c.data.section });

/**
 * The chapters before and after `id` in reading order. Without a home chapter,
 * the first chapter's "previous" is the home page itself.
 */
export function neighbours(id: string): { prev: Neighbour | undefined; next: Neighbour | undefined } {
  const order = readingOrder();
  const i = order.findIndex((c) => c.id === id);
  const before = i > 0 ? order[i - 1] : undefined;
  const after = i >= 0 ? order[i + 1] : order[0];
  const homeFallback = i === 0 && id !== homeChapterId ? { id: homeChapterId, title: site().shortTitle, section: undefined } : undefined;
  return { prev: before ? asNeighbour(before) : homeFallback, next: after ? asNeighbour(after) : undefined };
}

/** Names joined as prose: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** The authors' names as prose. */
export function authorLine(config: SiteConfig = site()): string {
  return joinNames(config.authors.map((a) => a.name));
}

/** The affiliations the authors actually name, in order of first mention. */
export function usedAffiliations(config: SiteConfig = site()): SiteConfig['affiliations'] {
  const ids = [...new Set(config.authors.map((a) => a.affiliation).filter((a): a is string => a !== undefined))];
  return ids.flatMap((id) => config.affiliations.filter((a) => a.id === id));
}

/** The publication date in words ("November 2026"). */
export function publishedLabel(config: SiteConfig = site()): string {
  return formatPartialDate(config.published);
}

/** Open Graph wants a locale as language_TERRITORY ("en_GB"); a bare language is passed on as is. */
export function ogLocale(lang: string): string {
  const [language = lang, region] = lang.split('-');
  return region !== undefined && /^[A-Za-z]{2}$/.test(region) ? `${language}_${region.toUpperCase()}` : language;
}

/** How a kind of publication is named in prose, from its CSL type. */
const workNoun: Record<string, string> = {
  'article-journal': 'article',
  chapter: 'chapter',
  book: 'book',
  report: 'report',
  thesis: 'thesis',
  webpage: 'web page',
};

/** The publication the site retells (`sourceWork` in site.yaml), as the footer credits it. */
export interface SourceWork {
  id: string;
  /** "article", "report", "book"... */
  noun: string;
  title: string;
  /** Author-date label, such as "Nursultanova et al., 2016". */
  cite: string;
}

export function sourceWork(): SourceWork | undefined {
  const { site: config, data } = report();
  const ref = data.references.find((r) => r.id === config.sourceWork);
  if (ref === undefined) return undefined;
  const label = citationLabels(data.references, config.citationStyle).get(ref.id);
  return {
    id: ref.id,
    noun: workNoun[ref.type] ?? 'work',
    title: ref.title,
    cite: label ? `${label.name}, ${label.year}` : '',
  };
}
