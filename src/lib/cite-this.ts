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
import { cslLocale, type CitationStyle } from '../csl/styles.ts';
import { en } from '../i18n/catalogues.ts';
import { translator, type Translate } from '../i18n/messages.ts';
import { bibliography, citationLabels, htmlToSegments, segmentsText, toCsl, type Reference, type Segment } from './bibliography.ts';

/** A citable work: a CSL item and the base name of its download files ("chapter-methods"). */
export interface CitableWork {
  file: string;
  item: CslJsonItem;
  /**
   * Set on the site's own works, which each edition cites anew (its title, the site's title, URL
   * and language): `site` for the site itself, `page` for one of its pages, with the page's title
   * by locale code where known. A source (sourceCitable) has none: it is cited as it is.
   */
  own?: { kind: 'site' | 'page'; titles?: Readonly<Record<string, string>> };
  /** The publication an own work is based on (its BibTeX and RIS note), or that a source work is. */
  basedOn?: Reference;
  reference?: Reference;
}

/** One formatted citation: the style and its text runs. */
export interface StyledCitation {
  style: CitationStyle;
  segments: Segment[];
}

export interface CiteThisFormats {
  /** The edition's own style first, then the others offered (APA, GOST R 7.0.100-2018). */
  styles: StyledCitation[];
  bibtex: string;
  ris: string;
}

/** A style's short name in download files (".gost.txt") and message keys ("cite.style.gost"). */
export const styleKey: Readonly<Record<CitationStyle, string>> = {
  apa: 'apa',
  [gostStyleId]: 'gost',
  harvard1: 'harvard',
  vancouver: 'vancouver',
};

/** The styles "Cite this" offers in an edition: its own first, then APA and GOST R 7.0.100-2018. */
export function offeredStyles(first: CitationStyle = 'apa'): CitationStyle[] {
  return [first, ...(['apa', gostStyleId] as const).filter((s) => s !== first)];
}

/** What an edition of the site changes in the citation of its own works. */
export interface Edition {
  /** The edition's language code: the item's `language` (RIS LA, BibTeX language) and its CSL terms. */
  code: string;
  /** Its citation style: the locale's `citationStyle`, else the site's. */
  style: CitationStyle;
  /** The site's title in the edition's language. */
  siteTitle: string;
  /** A URL of one of the site's pages, in any edition, as the same page in this edition. */
  url: (url: string) => string;
  /** Where its download files live under /cite/: "" for the default edition, "ru/" for another. */
  filePrefix: string;
  /** Its messages: the notes of the BibTeX and RIS records ("Based on: …"). */
  t: Translate;
  /** The site's editors as CSL names in the edition's language (`name@<code>` in site.yaml); the items' own when absent. */
  authors?: ReadonlyArray<Record<string, string>> | undefined;
}

/** The English messages, for callers (tests, scripts) that give no page translator. */
const english: Translate = translator('en', en);

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
    own: { kind: 'site' },
    ...(source === undefined ? {} : { basedOn: source }),
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
    own: { kind: 'page' },
    ...(source === undefined ? {} : { basedOn: source }),
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

/** A record page of the site (an instrument, a forum…), as a CSL item: a web page of the site, by the site's editors; `titles` by locale code. */
export function recordWork(
  site: SiteConfig,
  record: { file: string; title: string; titles?: Readonly<Record<string, string>> | undefined },
  url: string,
): CitableWork {
  return {
    file: record.file,
    own: record.titles === undefined ? { kind: 'page' } : { kind: 'page', titles: record.titles },
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
  return {
    file: `source-${source.id}`,
    reference: source,
    item: { ...toCsl(source), ...(notes.length > 0 ? { note: notes.join(' ') } : {}) },
  };
}

/** citation-js wraps long RIS values onto continuation lines, which RIS readers take for new tags: join them. */
const joinRis = (ris: string): string => ris.replace(/\n(?![A-Z][A-Z0-9] {2}-|\n|$)/g, '');

/**
 * One of the site's own works as an edition cites it: the page's title in the edition's language
 * (`title`, else the work's `titles`), the site's title there, the page's URL in the edition and
 * its language. A source comes back as it is but for the file prefix (its files are the edition's: its CSL terms).
 */
export function inEdition(work: CitableWork, edition: Edition, title?: string): CitableWork {
  const { t, style, code } = edition;
  if (work.own === undefined) {
    const ref = work.reference;
    if (ref === undefined) return { ...work, file: `${edition.filePrefix}${work.file}` };
    const nd = citationLabels([ref], style, code).get(ref.id)?.year ?? '';
    const notes = [...(ref.issued === undefined ? [t('cite.undatedNote', { nd })] : []), ...(ref.note === undefined ? [] : [ref.note])];
    const { note: _note, ...rest } = work.item;
    return {
      ...work,
      file: `${edition.filePrefix}${work.file}`,
      item: { ...rest, ...(notes.length > 0 ? { note: notes.join(' ') } : {}) },
    };
  }
  const item: CslJsonItem = { ...work.item, language: code, ...(edition.authors === undefined ? {} : { author: [...edition.authors] }) };
  if (work.basedOn !== undefined) {
    const entry = segmentsText(htmlToSegments(cslBibliography([toCsl(work.basedOn)], style, cslLocale(code))[0]?.html ?? ''));
    item['note'] = t('cite.basedOnNote', { entry });
  }
  if (typeof work.item['URL'] === 'string') item['URL'] = edition.url(work.item['URL']);
  if (work.own.kind === 'site') item.title = edition.siteTitle;
  else {
    item['container-title'] = edition.siteTitle;
    const own = title ?? work.own.titles?.[edition.code];
    if (own !== undefined) item.title = own;
  }
  return { ...work, file: `${edition.filePrefix}${work.file}`, item };
}

/** The work in each of `styles` (citeproc in the edition's language `lang`), BibTeX and RIS. */
export function citeThis(work: CitableWork, styles: readonly CitationStyle[] = offeredStyles(), lang = 'en'): CiteThisFormats {
  const one = (style: CitationStyle): Segment[] => htmlToSegments(cslBibliography([work.item], style, cslLocale(lang))[0]?.html ?? '');
  const ris = joinRis(exportRecords([work.item], 'ris'));
  return { styles: styles.map((style) => ({ style, segments: one(style) })), bibtex: exportRecords([work.item], 'bibtex'), ris };
}

/** Plain-text forms, for download files and copy buttons: by style key ("apa", "gost"), and "bibtex", "ris". */
export function citeThisText(work: CitableWork, styles: readonly CitationStyle[] = offeredStyles(), lang = 'en'): Record<string, string> {
  const f = citeThis(work, styles, lang);
  return { ...Object.fromEntries(f.styles.map((x) => [styleKey[x.style], segmentsText(x.segments)])), bibtex: f.bibtex, ris: f.ris };
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

/** The report's whole bibliography in every format, one entry per line (each style) or record (BibTeX, RIS). */
export function bibliographyText(
  refs: readonly Reference[],
  styles: readonly CitationStyle[] = offeredStyles(),
  lang = 'en',
): Record<string, string> {
  const lines = (style: CitationStyle): string =>
    bibliography(refs, style, lang)
      .map((e) => segmentsText(e.segments))
      .join('\n');
  const items = refs.map(toCsl);
  return {
    ...Object.fromEntries(styles.map((s) => [styleKey[s], lines(s)])),
    bibtex: exportRecords(items, 'bibtex'),
    ris: joinRis(exportRecords(items, 'ris')),
  };
}

/** A note of the "Cite this" panel, with its language when it is not the page's (a reference's note is in the default language). */
export interface PanelNote {
  text: string;
  lang?: string | undefined;
}

/**
 * What the "Cite this" panel says about the source: its label and notes (why it is undated, what
 * its reference notes), in the page's messages `t`; `style` and `lang` give the "no date" label the
 * panel's first citation prints ("n.d.", "[s. a.]"); `noteLang` marks the reference's own note.
 */
export function sourcePanel(
  source: Reference,
  noun: string,
  thing: 'site' | 'chapter',
  t: Translate = english,
  style: CitationStyle = 'apa',
  lang = 'en',
  noteLang?: string,
): { work: CitableWork; label: string; notes: PanelNote[] } {
  const nd = citationLabels([source], style, lang).get(source.id)?.year ?? 'n.d.';
  return {
    work: sourceCitable(source),
    label: t(`cite.sourceLabel.${thing}`, { noun }),
    notes: [
      ...(source.issued === undefined ? [{ text: t('cite.undated', { noun, nd }) }] : []),
      ...(source.note === undefined ? [] : [{ text: source.note, lang: noteLang }]),
    ],
  };
}

/** How the panel introduces the page's own work, after the source. */
export function pageWorkLabel(siteName: string, thing: 'site' | 'chapter', editors: string, date: string, t: Translate = english): string {
  return t(`cite.pageLabel.${thing}`, { editors, date, site: siteName });
}
