/**
 * The components chapter MDX can use, passed to `<Content components={mdxComponents} />`.
 * CitationLink and CrossRef are not written by authors: src/remark/citations.ts emits them for [@key] and @tbl-….
 */
import CitationLink from './CitationLink.astro';
import Chart from '../figures/Chart.astro';
import MapFigure from '../figures/Map.astro';
import CrossRef from '../cite/CrossRef.astro';
import EditorialNote from './EditorialNote.astro';
import KeyFigures from './KeyFigures.astro';
import ReferenceList from './ReferenceList.astro';
import Table from './Table.astro';
import Value from './Value.astro';

export const mdxComponents = {
  Value,
  EditorialNote,
  Table,
  KeyFigures,
  ReferenceList,
  CitationLink,
  CrossRef,
  Chart,
  Map: MapFigure,
};
