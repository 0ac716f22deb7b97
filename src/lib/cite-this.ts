/**
 * "Cite this": how to cite the site, one of its chapters, or anything else
 * a page presents (an instrument, a figure), in APA, GOST R 7.0.100-2018,
 * BibTeX and RIS, all formatted by citation-js. The site's own works name the
 * site's editors and date (content/site.yaml); the publication the site is
 * based on is cited as its reference describes it (sourceCitable), never
 * mixed with them. To make something citable, build a CSL item for it (see
 * chapterWork) and give it to <CiteThis>; add it to `citableWorks` so its .bib
 * and .ris files are written at build time.
 */
import type { ChapterFile } from '../report/load.ts';
import type { Editor, SiteConfig } from '../schemas/site.ts';
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

/** A CSL name for one of the site's editors: a person as family and given names, a group by its name. */
export function editorName(editor: Editor): Record<string, string> {
  if (editor.kind === 'group') return { literal: editor.name };
  if (editor.family === undefined) return personName(editor.name);
  const given = editor.name.replace(editor.family, '').trim();
  return given === '' ? { family: editor.family } : { family: editor.family, given };
}

const dateParts = (date: string): { 'date-parts': number[][] } => ({ 'date-parts': [date.split('-').map(Number)] });

/** What every item of the site shares: its editors as authors, its own date, its language. Never the source's authors. */
const byTheEditors = (site: SiteConfig): Partial<CslJsonItem> => ({
  author: site.editors.map(editorName),
  issued: dateParts(site.date),
  language: site.lang,
});

/** The source's entry in APA, as plain text. */
const sourceEntryText = (source: Reference): string => segmentsText(htmlToSegments(cslBibliography([toCsl(source)], 'apa')[0]?.html ?? ''));

/** "Based on: <the source's entry>", kept in the BibTeX and RIS records of the site's own works. */
const basedOnNote = (source: Reference | undefined): Partial<CslJsonItem> =>
  source === undefined ? {} : { note: `Based on: ${sourceEntryText(source)}` };

/** The site as a whole (its home page), as a CSL item: a web resource by the site's editors, dated by the site. */
export function reportWork(site: SiteConfig, url: string, source?: Reference): CitableWork {
  return {
    file: 'report',
    item: {
      id: 'report',
      type: 'webpage',
      title: site.title,
      ...byTheEditors(site),
      URL: url,
      ...(site.keywords.length > 0 ? { keyword: site.keywords.join(',') } : {}),
      ...basedOnNote(source),
    },
  };
}

/** A chapter of the site, as a CSL item: a web page of the site, by the site's editors. */
export function chapterWork(site: SiteConfig, chapter: Pick<ChapterFile, 'id' | 'data'>, url: string, source?: Reference): CitableWork {
  return {
    file: `chapter-${chapter.id}`,
    item: {
      id: `chapter-${chapter.id}`,
      type: 'webpage',
      title: chapter.data.title,
      'container-title': site.title,
      ...byTheEditors(site),
      URL: url,
      ...basedOnNote(source),
    },
  };
}

/** A record page of the site (an instrument, a forum…), as a CSL item: a web page of the site, by the site's editors. */
export function recordWork(site: SiteConfig, record: { file: string; title: string }, url: string): CitableWork {
  return {
    file: record.file,
    item: {
      id: record.file,
      type: 'webpage',
      title: record.title,
      'container-title': site.title,
      ...byTheEditors(site),
      URL: url,
    },
  };
}

/** The publication the site is based on, as its own reference describes it (its authors, its date or none). */
export function sourceCitable(source: Reference): CitableWork {
  const notes = [
    ...(source.issued === undefined ? ['Date of publication unknown (n.d.).'] : []),
    ...(source.note === undefined ? [] : [source.note]),
  ];
  return { file: `source-${source.id}`, item: { ...toCsl(source), ...(notes.length > 0 ? { note: notes.join(' ') } : {}) } };
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

/** The publication the site is based on (when it names one), the site itself, and every chapter but the home chapter (which is the site). */
export function citableWorks(
  site: SiteConfig,
  chapters: readonly ChapterFile[],
  urlOf: (chapterId: string) => string,
  homeId: string,
  source?: Reference,
): CitableWork[] {
  return [
    ...(source === undefined ? [] : [sourceCitable(source)]),
    reportWork(site, urlOf(homeId), source),
    ...chapters.filter((c) => c.id !== homeId).map((c) => chapterWork(site, c, urlOf(c.id), source)),
  ];
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

/** What the "Cite this" panel says about the source: its label and notes (why it is undated, what its reference notes). */
export function sourcePanel(source: Reference, noun: string, thing: string): { work: CitableWork; label: string; notes: string[] } {
  return {
    work: sourceCitable(source),
    label: `The original ${noun}, which this ${thing} is based on (primary source)`,
    notes: [
      ...(source.issued === undefined ? [`No date of publication is known for the ${noun}, so it is cited as “n.d.” (no date).`] : []),
      ...(source.note === undefined ? [] : [source.note]),
    ],
  };
}

/** How the panel introduces the page's own work, after the source. */
export function pageWorkLabel(site: SiteConfig, thing: string, editors: string, date: string): string {
  return `This ${thing} itself, as a web page by ${editors} (${date}), part of ${site.shortTitle}`;
}
