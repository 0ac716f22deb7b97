/** Reads the site configuration alone, for astro.config.mjs. */
import { loadSite } from './load.ts';
import type { SiteConfig } from '../schemas/site.ts';

/**
 * The validated site configuration (content/site.yaml only). The rest of the
 * report is validated by the engine's integration (src/integration.ts) and
 * before a build (src/cli/build.ts), so a data error is reported as itself,
 * not as a broken Astro config.
 */
export function readSiteConfig(): SiteConfig {
  return loadSite();
}
