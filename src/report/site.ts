/** Reads the site configuration alone, for astro.config.mjs. */
import { loadReport } from './load.ts';
import type { SiteConfig } from '../schemas/site.ts';

/** The validated site configuration; the whole report is validated with it, so a bad report stops the build here. */
export function readSiteConfig(): SiteConfig {
  return loadReport().site;
}
