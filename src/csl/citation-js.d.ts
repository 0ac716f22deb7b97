/**
 * Types for the parts of citation-js (0.8) and citeproc-js this project uses;
 * the packages ship none. Kept to what src/csl/engine.ts calls.
 * @see https://citation.js.org/api/0.7/tutorial-output_plugins_csl.html
 */
declare module '@citation-js/core' {
  /** A CSL-JSON item, as citation-js and citeproc-js read it. */
  export interface CslJsonItem {
    id: string;
    type: string;
    [field: string]: unknown;
  }

  export class Cite {
    constructor(data: readonly CslJsonItem[] | CslJsonItem);
    /** `bibtex`, `ris`, `bibliography`, `citation`, `data`… */
    format(format: string, options?: Record<string, unknown>): string;
  }

  /** One item of a citation cluster (CSL "cite-item"). */
  export interface CiteItem {
    id: string;
    locator?: string;
    label?: string;
    prefix?: string;
    suffix?: string;
    'suppress-author'?: boolean;
    'author-only'?: boolean;
  }

  export interface CiteprocEngine {
    updateItems(ids: readonly string[]): void;
    makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
    makeCitationCluster(items: readonly CiteItem[]): string;
    setOutputFormat(format: 'html' | 'text'): void;
    /** The engine's callbacks; citation-js replaces `retrieveItem` each time it hands the engine out. */
    sys: { retrieveItem: unknown };
  }

  export interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    list(): string[];
  }

  export interface CslPluginConfig {
    /** Prepares (and caches per style and locale) a citeproc-js engine over `data`. */
    engine(data: readonly CslJsonItem[], style: string, locale: string, format: 'html' | 'text'): CiteprocEngine;
    styles: Register<string>;
    locales: Register<string>;
  }

  /** @citation-js/plugin-bibtex's output options. */
  export interface BibtexPluginConfig {
    format: { asciiOnly: boolean; useIdAsLabel: boolean };
  }

  export const plugins: {
    config: { get(name: '@csl'): CslPluginConfig; get(name: '@bibtex'): BibtexPluginConfig };
  };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
