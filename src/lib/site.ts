/**
 * The report as the page chrome sees it: its validated site configuration and
 * reading order. The report is read through the shared cache (report-cache.ts),
 * so a build validates it once and `astro dev` picks up an edit to site.yaml.
 */
import type { ChapterFile, Report } from '../report/load.ts';
import { cachedReport } from './report-cache.ts';
import { editorIn, type SiteConfig } from '../schemas/site.ts';
import { citationLabels, formatReference, type Reference, type Segment } from './bibliography.ts';
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

/** The site's editors (the authors of its own text) as prose. */
export function editorLine(config: SiteConfig = site()): string {
  return joinNames(config.editors.map((e) => e.name));
}

/** The site's editors' names in the locale `code` (`name@<code>` in site.yaml), for a page in that language. */
export function editorNames(config: SiteConfig, code: string): string[] {
  return config.editors.map((e) => editorIn(e, code).name);
}

/** The date of this edition of the site in words ("November 2026"). */
export function dateLabel(config: SiteConfig = site()): string {
  return formatPartialDate(config.date);
}

/**
 * The site's public origin for this build ("https://owner.github.io"): Astro's
 * `site`, which astro.config.mjs takes from the deploy (src/report/site.ts).
 * Outside an Astro build (unit tests), the report's own `url`.
 */
export function siteOrigin(): string {
  const fromAstro: unknown = import.meta.env['SITE'];
  return typeof fromAstro === 'string' && fromAstro !== '' ? fromAstro : site().url;
}

/** The absolute URL of a site path that already carries the base ("/repo/chapters/x/"). */
export function absoluteUrl(href: string): string {
  return new URL(href, siteOrigin()).href;
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

/** The publication the site is based on (`sourceWork` in site.yaml), as the pages credit it. */
export interface SourceWork {
  id: string;
  /** "article", "report", "book"... */
  noun: string;
  title: string;
  /** Author-date label, such as "Nursultanova et al., n.d.". */
  cite: string;
  /** The reference itself (data/references.yaml): its authors and date are the source's, never the site's. */
  reference: Reference;
  /** Its full bibliography entry in the report's citation style. */
  entry: Segment[];
}

export function sourceWork(): SourceWork | undefined {
  const { site: config, data } = report();
  if (config.sourceWork === undefined) return undefined;
  const ref = data.references.find((r) => r.id === config.sourceWork);
  if (ref === undefined) {
    throw new Error(
      `content/site.yaml › sourceWork: unknown reference id "${config.sourceWork}"; expected an id in data/references.yaml (${data.references
        .map((r) => r.id)
        .slice(0, 5)
        .join(', ')}${data.references.length > 5 ? ', …' : ''})`,
    );
  }
  const label = citationLabels(data.references, config.citationStyle).get(ref.id);
  return {
    id: ref.id,
    noun: workNoun[ref.type] ?? 'work',
    title: ref.title,
    cite: label ? `${label.name}, ${label.year}` : '',
    reference: ref,
    entry: formatReference(data.references, ref.id, config.citationStyle),
  };
}
