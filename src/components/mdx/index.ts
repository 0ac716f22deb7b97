/**
 * The components chapter MDX can use, passed to `<Content components={mdxComponents} />`.
 * CitationLink and CrossRef are not written by authors: src/remark/citations.ts emits them for [@key] and @tbl-….
 */
import CitationLink from './CitationLink.astro';
import Chart from '../figures/Chart.astro';
import MapFigure from '../figures/Map.astro';
import CrossRef from '../cite/CrossRef.astro';
import EditorialNote from './EditorialNote.astro';
import FlowTable from './FlowTable.astro';
import KeyFigures from './KeyFigures.astro';
import PopulationTable from './PopulationTable.astro';
import ReferenceList from './ReferenceList.astro';
import RegionName from './RegionName.astro';
import Value from './Value.astro';

export const mdxComponents = {
  Value,
  EditorialNote,
  PopulationTable,
  FlowTable,
  KeyFigures,
  ReferenceList,
  RegionName,
  CitationLink,
  CrossRef,
  Chart,
  Map: MapFigure,
};
