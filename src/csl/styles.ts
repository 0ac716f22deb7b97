/** The CSL styles a report can name in content/site.yaml (`citationStyle`); no dependencies, so schemas can import it. */
export const citationStyles = ['apa', 'gost-r-7.0.100-2018', 'harvard1', 'vancouver'] as const;
export type CitationStyle = (typeof citationStyles)[number];

/** What `styleOf` reads of the site config: its style, and each locale's own (site.yaml `locales[].citationStyle`). */
export interface StyleConfig {
  citationStyle: CitationStyle;
  locales?: ReadonlyArray<{ code: string; citationStyle?: CitationStyle | undefined }> | undefined;
}

/** The citation style of an edition: its locale's `citationStyle`, else the site's (config, not code, decides). */
export function styleOf(site: StyleConfig, code: string): CitationStyle {
  return site.locales?.find((l) => l.code === code)?.citationStyle ?? site.citationStyle;
}

/**
 * The CSL locale citeproc formats an edition in: the language's tag with a region when
 * @citation-js/plugin-csl ships only that form ("ru" → "ru-RU"). A language it lacks falls back
 * to en-US for CSL's own terms; the styles here carry their own terms per language.
 */
export function cslLocale(code: string): string {
  if (code.includes('-')) return code;
  const regions: Readonly<Record<string, string>> = {
    en: 'en-US',
    ru: 'ru-RU',
    de: 'de-DE',
    fr: 'fr-FR',
    es: 'es-ES',
    nl: 'nl-NL',
    kk: 'kk-KZ',
  };
  return regions[code] ?? code;
}
