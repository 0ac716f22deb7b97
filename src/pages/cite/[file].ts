/**
 * The "Cite this" downloads: /cite/<work>.bib, .ris, .apa.txt and .gost.txt for the publication the
 * site is based on (source-<id>.*), the site (report.*), every chapter, every instrument and the whole
 * bibliography (references.*), written at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bibliographyFile, bibliographyText, citableWorks, citeThisText } from '../../lib/cite-this.ts';
import { instrumentWork } from '../../components/catalogue/cite.ts';
import { absoluteUrl, readingOrder, report, site, sourceWork } from '../../lib/site.ts';
import { chapterHref, homeChapterId } from '../../lib/url.ts';

const types = {
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  'apa.txt': 'text/plain',
  'gost.txt': 'text/plain',
} as const;
const keyOf = { bib: 'bibtex', ris: 'ris', 'apa.txt': 'apa', 'gost.txt': 'gost' } as const;

export const getStaticPaths = (() => {
  const config = site();
  const works = citableWorks(config, readingOrder(), (id) => absoluteUrl(chapterHref(id)), homeChapterId, sourceWork()?.reference);
  works.push(...report().data.instruments.map((inst) => instrumentWork(config, inst)));
  const files = works.map((work) => ({ file: work.file, text: citeThisText(work) }));
  // The whole bibliography too, for reference managers.
  const refs = report().data.references;
  if (refs.length > 0) files.push({ file: bibliographyFile, text: bibliographyText(refs) });
  return files.flatMap(({ file, text }) =>
    (Object.keys(types) as Array<keyof typeof types>).map((ext) => ({
      params: { file: `${file}.${ext}` },
      props: { body: `${text[keyOf[ext]]}\n`, type: types[ext] },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { body, type } = props as { body: string; type: string };
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
