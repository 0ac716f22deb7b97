/**
 * Reads the site configuration alone, for astro.config.mjs, and decides the
 * site's public URL and base path from the deploy.
 *
 * Environment:
 * - SITE_URL: the site's public URL as the deploy knows it, base path included
 *   ("https://owner.github.io/repo/"); overrides `url` (and `base`) in site.yaml.
 * - SITE_BASE: the base path alone ("/repo/"); overrides both of the above.
 * - SITE_PUBLISH=1 (or "true"): this build is for publishing. It stops, saying
 *   why, unless the URL is real: set, absolute http(s), and not a placeholder
 *   (example.org and the other names reserved for examples and tests).
 */
import { loadSite } from './load.ts';
import type { SiteConfig } from '../schemas/site.ts';

/** The URL and base path a build uses. */
export interface SiteLocation {
  /** Origin of the site ("https://owner.github.io"), without the base path. */
  url: string;
  /** Base path, starting and ending with "/" unless it is "/" alone. */
  base: string;
}

/** The environment variables that decide it. */
export interface SiteEnv {
  SITE_URL?: string | undefined;
  SITE_BASE?: string | undefined;
  SITE_PUBLISH?: string | undefined;
}

/** A configuration error in the deploy's environment: one message, naming the variable and what was expected. */
export class SiteUrlError extends Error {
  override name = 'SiteUrlError';
}

/**
 * Host names that are never a real site: reserved for documentation and tests
 * (RFC 2606, RFC 6761) or local to the machine.
 */
export function isPlaceholderHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^(?:example\.(?:com|net|org)|localhost|127(?:\.\d+){3}|0\.0\.0\.0|\[::1?\])$/.test(h)) return true;
  return /\.(?:example|test|invalid|localhost|local)$/.test(h) || /(?:^|\.)example\.(?:com|net|org)$/.test(h);
}

/** Whether the build is for publishing (SITE_PUBLISH). */
export function isPublishing(env: SiteEnv): boolean {
  const v = (env.SITE_PUBLISH ?? '').trim().toLowerCase();
  if (v === '' || v === '0' || v === 'false') return false;
  if (v === '1' || v === 'true') return true;
  throw new SiteUrlError(`SITE_PUBLISH="${env.SITE_PUBLISH ?? ''}": expected "1" or "true" for a publishing build, or nothing`);
}

const normaliseBase = (path: string): string => {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? '/' : `${trimmed.startsWith('/') ? '' : '/'}${trimmed}/`;
};

/**
 * The site's URL and base path for this build, from the deploy's environment,
 * else from site.yaml. A publishing build without a real URL throws a
 * SiteUrlError that says what to set.
 */
export function resolveSiteLocation(config: Pick<SiteConfig, 'url' | 'base'>, env: SiteEnv): SiteLocation {
  const publishing = isPublishing(env);
  const fromEnv = env.SITE_URL?.trim() ?? '';
  const source = fromEnv !== '' ? `SITE_URL="${fromEnv}"` : `SITE_URL is not set and content/site.yaml has url ${config.url}`;
  if (fromEnv !== '' && !URL.canParse(fromEnv)) {
    throw new SiteUrlError(`${source}: expected an absolute URL such as "https://owner.github.io/repository/"`);
  }
  const url = new URL(fromEnv !== '' ? fromEnv : config.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SiteUrlError(`${source}: expected an http or https URL`);
  if (url.search !== '' || url.hash !== '') throw new SiteUrlError(`${source}: expected a URL without "?" or "#"`);
  if (publishing && isPlaceholderHost(url.hostname)) {
    throw new SiteUrlError(
      `A publishing build (SITE_PUBLISH=${env.SITE_PUBLISH ?? ''}) needs the site's real public URL. ${source}: ` +
        `${url.hostname} is a placeholder. Set SITE_URL to the URL the site is served at, base path included ` +
        '(the deploy workflow takes it from actions/configure-pages), or a real url in content/site.yaml.',
    );
  }
  const envBase = env.SITE_BASE?.trim() ?? '';
  const base = envBase !== '' ? normaliseBase(envBase) : fromEnv !== '' ? normaliseBase(url.pathname) : normaliseBase(config.base);
  if (!/^\/(?:[A-Za-z0-9._-]+\/)*$/.test(base)) throw new SiteUrlError(`base path "${base}": expected a path such as "/repository/"`);
  return { url: url.origin, base };
}

/**
 * The validated site configuration (content/site.yaml only), with the URL and
 * base path of this build. The rest of the report is validated by the engine's
 * integration (src/integration.ts) and before a build (src/cli/build.ts), so a
 * data error is reported as itself, not as a broken Astro config.
 */
export function readSiteConfig(env: SiteEnv = process.env): SiteConfig {
  const site = loadSite();
  return { ...site, ...resolveSiteLocation(site, env) };
}
