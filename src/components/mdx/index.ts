/**
 * The components chapter MDX can use, passed to `<Content components={mdxComponents} />`.
 * CitationLink is not written by authors: src/remark/citations.ts emits it for [@key].
 */
import CitationLink from './CitationLink.astro';
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
};
