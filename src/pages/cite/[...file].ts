/**
 * The "Cite this" downloads, for every edition: /cite/<work>.bib, .ris and .<style>.txt for each
 * style the edition offers (its own first: .apa.txt and .gost.txt by default) for the publication
 * the site is based on (source-<id>.*), the site (report.*), every chapter, every instrument and
 * the whole bibliography (references.*), written at build time. Another edition's files live under
 * /cite/<code>/ and cite its titles, URLs and language (src/components/cite/edition.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bibliographyFile, bibliographyText, citableWorks, citeThisText, inEdition, offeredStyles, styleKey } from '../../lib/cite-this.ts';
import { instrumentWork } from '../../components/catalogue/cite.ts';
import { citeEdition } from '../../components/cite/edition.ts';
import { siteLocales } from '../../i18n/locales.ts';
import { translatedChapters } from '../../i18n/page.ts';
import { absoluteUrl, readingOrder, report, site, sourceWork } from '../../lib/site.ts';
import { chapterHref, homeChapterId } from '../../lib/url.ts';

const fixed = { bib: 'application/x-bibtex', ris: 'application/x-research-info-systems' } as const;

export const getStaticPaths = (async () => {
  const config = site();
  const works = citableWorks(config, readingOrder(), (id) => absoluteUrl(chapterHref(id)), homeChapterId, sourceWork()?.reference);
  works.push(...report().data.instruments.map((inst) => instrumentWork(config, inst)));
  const refs = report().data.references;
  const paths = [];
  for (const { code } of siteLocales(config)) {
    const edition = citeEdition(code);
    const styles = offeredStyles(edition.style);
    const titles = await translatedChapters(code);
    const types: Record<string, string> = { ...fixed, ...Object.fromEntries(styles.map((s) => [`${styleKey[s]}.txt`, 'text/plain'])) };
    const keyOf = (ext: string): string => (ext === 'bib' ? 'bibtex' : ext === 'ris' ? 'ris' : ext.slice(0, -'.txt'.length));
    const files = works.map((w) => {
      const title = w.file.startsWith('chapter-') ? titles.get(w.file.slice('chapter-'.length))?.title : undefined;
      const work = inEdition(w, edition, title);
      return { file: work.file, text: citeThisText(work, styles, code) };
    });
    // The whole bibliography too, for reference managers.
    if (refs.length > 0) files.push({ file: `${edition.filePrefix}${bibliographyFile}`, text: bibliographyText(refs, styles, code) });
    for (const { file, text } of files)
      for (const [ext, type] of Object.entries(types))
        paths.push({ params: { file: `${file}.${ext}` }, props: { body: `${text[keyOf(ext)] ?? ''}\n`, type } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { body, type } = props as { body: string; type: string };
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
