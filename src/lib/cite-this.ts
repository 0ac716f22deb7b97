/**
 * "Cite this": how to cite the report, one of its chapters, or anything else
 * a page presents (an instrument, a figure), in APA, GOST R 7.0.100-2018,
 * BibTeX and RIS, all formatted by citation-js. To make something citable,
 * build a CSL item for it (see chapterWork) and give it to <CiteThis>; add it
 * to `citableWorks` so its .bib and .ris files are written at build time.
 */
import type { ChapterFile } from '../report/load.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { cslBibliography, exportRecords, type CslJsonItem } from '../csl/engine.ts';
import { gostStyleId } from '../csl/gost-r-7.0.100-2018.ts';
import { bibliography, htmlToSegments, segmentsText, toCsl, type Reference, type Segment } from './bibliography.ts';

/** A citable work: a CSL item and the base name of its download files ("chapter-methods"). */
export interface CitableWork {
  file: string;
  item: CslJsonItem;
}

export interface CiteThisFormats {
  apa: Segment[];
  gost: Segment[];
  bibtex: string;
  ris: string;
}

/** "Lazat Nurbayevna Nursultanova" → family "Nursultanova", given "Lazat Nurbayevna" (the last word is the family name). */
export function personName(name: string): { family: string; given?: string } {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop() ?? name;
  return parts.length === 0 ? { family } : { family, given: parts.join(' ') };
}

const dateParts = (date: string): { 'date-parts': number[][] } => ({ 'date-parts': [date.split('-').map(Number)] });

/** The report itself, as a CSL item (a report published on the web). */
export function reportWork(site: SiteConfig, url: string): CitableWork {
  const publisher = site.affiliations[0]?.name;
  return {
    file: 'report',
    item: {
      id: 'report',
      type: 'report',
      title: site.title,
      author: site.authors.map((a) => personName(a.name)),
      issued: dateParts(site.published),
      URL: url,
      ...(publisher === undefined ? {} : { publisher }),
      ...(site.keywords.length > 0 ? { keyword: site.keywords.join(',') } : {}),
      language: site.lang,
    },
  };
}

/** A chapter of the report, as a CSL item (a chapter of the report as a book). */
export function chapterWork(site: SiteConfig, chapter: Pick<ChapterFile, 'id' | 'data'>, url: string): CitableWork {
  const publisher = site.affiliations[0]?.name;
  return {
    file: `chapter-${chapter.id}`,
    item: {
      id: `chapter-${chapter.id}`,
      type: 'chapter',
      title: chapter.data.title,
      author: site.authors.map((a) => personName(a.name)),
      'container-title': site.title,
      issued: dateParts(site.published),
      URL: url,
      ...(publisher === undefined ? {} : { publisher }),
      language: site.lang,
    },
  };
}

/** A record page of the report (an instrument, a forum…), as a CSL item: a web page inside the report. */
export function recordWork(site: SiteConfig, record: { file: string; title: string }, url: string): CitableWork {
  return {
    file: record.file,
    item: {
      id: record.file,
      type: 'webpage',
      title: record.title,
      author: site.authors.map((a) => personName(a.name)),
      'container-title': site.title,
      issued: dateParts(site.published),
      URL: url,
      language: site.lang,
    },
  };
}

/** citation-js wraps long RIS values onto continuation lines, which RIS readers take for new tags: join them. */
const joinRis = (ris: string): string => ris.replace(/\n(?![A-Z][A-Z0-9] {2}-|\n|$)/g, '');

/** The work in every format the panel offers. */
export function citeThis(work: CitableWork): CiteThisFormats {
  const one = (style: 'apa' | typeof gostStyleId): Segment[] => htmlToSegments(cslBibliography([work.item], style)[0]?.html ?? '');
  const ris = joinRis(exportRecords([work.item], 'ris'));
  return { apa: one('apa'), gost: one(gostStyleId), bibtex: exportRecords([work.item], 'bibtex'), ris };
}

/** Plain-text forms, for download files and copy buttons. */
export function citeThisText(work: CitableWork): Record<keyof CiteThisFormats, string> {
  const f = citeThis(work);
  return { apa: segmentsText(f.apa), gost: segmentsText(f.gost), bibtex: f.bibtex, ris: f.ris };
}

/** The report and every chapter but the home chapter (which is the report). */
export function citableWorks(
  site: SiteConfig,
  chapters: readonly ChapterFile[],
  urlOf: (chapterId: string) => string,
  homeId: string,
): CitableWork[] {
  return [reportWork(site, urlOf(homeId)), ...chapters.filter((c) => c.id !== homeId).map((c) => chapterWork(site, c, urlOf(c.id)))];
}

/** Serialises JSON-LD for a <script> element (one implementation, shared with the catalogue pages). */
export { safeJsonLd as jsonLd } from './json-ld.ts';

/** The base name of the whole bibliography's download files: /cite/references.bib, .ris, .apa.txt, .gost.txt. */
export const bibliographyFile = 'references';

/** The report's whole bibliography in every format, one entry per line (APA, GOST) or record (BibTeX, RIS). */
export function bibliographyText(refs: readonly Reference[]): Record<keyof CiteThisFormats, string> {
  const lines = (style: 'apa' | typeof gostStyleId): string =>
    bibliography(refs, style)
      .map((e) => segmentsText(e.segments))
      .join('\n');
  const items = refs.map(toCsl);
  return { apa: lines('apa'), gost: lines(gostStyleId), bibtex: exportRecords(items, 'bibtex'), ris: joinRis(exportRecords(items, 'ris')) };
}
