/** The CSL styles a report can name in content/site.yaml (`citationStyle`); no dependencies, so schemas can import it. */
export const citationStyles = ['apa', 'gost-r-7.0.100-2018', 'harvard1', 'vancouver'] as const;
export type CitationStyle = (typeof citationStyles)[number];
