/**
 * The site's URL comes from the deploy (SITE_URL), and a publishing build
 * (SITE_PUBLISH=1) refuses a missing or placeholder URL. The rule itself
 * (src/report/site.ts), then the fixture report built with and without the
 * publish flag: a published build carries the deploy's URL, never a
 * placeholder, in canonical URLs, Open Graph, the sitemap, JSON-LD and
 * citations; dev and test builds keep the placeholder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadReport } from '../../src/report/load.ts';
import { isPlaceholderHost, resolveSiteLocation, SiteUrlError } from '../../src/report/site.ts';
import { attr, findAll, listFiles, readPages, type Page } from '../helpers/html.ts';
import { brokenLinks } from '../helpers/links.ts';
import { fixtureRoot, projectRoot } from '../helpers/paths.ts';
import { runBuild, type BuildRun } from '../helpers/run-build.ts';
import { useSite } from '../helpers/sites.ts';

const placeholder = { url: 'https://example.org', base: '/' };

describe('the site URL rule', () => {
  it('takes the URL and base path from SITE_URL (the GitHub Pages URL)', () => {
    expect(resolveSiteLocation(placeholder, { SITE_URL: 'https://octo-org.github.io/two-valleys/', SITE_PUBLISH: '1' })).toEqual({
      url: 'https://octo-org.github.io',
      base: '/two-valleys/',
    });
    expect(resolveSiteLocation(placeholder, { SITE_URL: 'https://octo-org.github.io/two-valleys', SITE_PUBLISH: 'true' }).base).toBe(
      '/two-valleys/',
    );
    expect(resolveSiteLocation(placeholder, { SITE_URL: 'https://reports.kz.university.edu', SITE_PUBLISH: '1' })).toEqual({
      url: 'https://reports.kz.university.edu',
      base: '/',
    });
  });

  it('lets SITE_BASE override the base path, and site.yaml give both when the deploy does not', () => {
    expect(resolveSiteLocation(placeholder, { SITE_URL: 'https://a.github.io/x/', SITE_BASE: '/y/' }).base).toBe('/y/');
    expect(resolveSiteLocation({ url: 'https://reports.university.edu', base: '/report' }, { SITE_PUBLISH: '1' })).toEqual({
      url: 'https://reports.university.edu',
      base: '/report/',
    });
  });

  it('lets dev and test builds use the placeholder', () => {
    expect(resolveSiteLocation(placeholder, {})).toEqual(placeholder);
    expect(resolveSiteLocation(placeholder, { SITE_PUBLISH: '0' })).toEqual(placeholder);
    expect(resolveSiteLocation(placeholder, { SITE_BASE: '/sub/' })).toEqual({ url: placeholder.url, base: '/sub/' });
  });

  it('stops a publishing build without a URL, or with a placeholder, saying what to set', () => {
    const refuse = (config: typeof placeholder, env: Parameters<typeof resolveSiteLocation>[1]): string => {
      try {
        resolveSiteLocation(config, env);
      } catch (error) {
        expect(error).toBeInstanceOf(SiteUrlError);
        return (error as Error).message;
      }
      return expect.unreachable('accepted');
    };
    const missing = refuse(placeholder, { SITE_PUBLISH: '1' });
    expect(missing).toMatch(/SITE_PUBLISH=1/);
    expect(missing).toMatch(/SITE_URL is not set/);
    expect(missing).toMatch(/example\.org is a placeholder/);
    expect(missing).toMatch(/Set SITE_URL/);
    for (const url of [
      'https://example.com/x/',
      'http://localhost:4321/',
      'https://docs.example.net',
      'https://site.test',
      'http://127.0.0.1/',
    ])
      expect(refuse(placeholder, { SITE_PUBLISH: '1', SITE_URL: url }), url).toContain('is a placeholder');
    expect(refuse(placeholder, { SITE_PUBLISH: '1', SITE_URL: 'octo-org.github.io/repo' })).toMatch(
      /SITE_URL="octo-org\.github\.io\/repo": expected an absolute URL/,
    );
    expect(refuse(placeholder, { SITE_URL: 'ftp://files.university.edu/' })).toMatch(/expected an http or https URL/);
    expect(refuse(placeholder, { SITE_PUBLISH: 'yes' })).toMatch(/SITE_PUBLISH="yes": expected "1" or "true"/);
  });

  it('knows the reserved and local host names from real ones', () => {
    for (const h of [
      'example.org',
      'EXAMPLE.COM',
      'www.example.net',
      'localhost',
      'reports.example',
      'a.test',
      'x.invalid',
      '127.0.0.1',
      '[::1]',
    ])
      expect(isPlaceholderHost(h), h).toBe(true);
    for (const h of ['octo-org.github.io', 'example.org.kz', 'myexample.org', 'enu.kz']) expect(isPlaceholderHost(h), h).toBe(false);
  });
});

describe('the deploy workflow', () => {
  it('builds for publishing (SITE_PUBLISH=1) at the URL actions/configure-pages gives, base path included', () => {
    type Step = { id?: string; uses?: string; run?: string; env?: Record<string, string> };
    const workflow = parse(fs.readFileSync(path.join(projectRoot, '.github/workflows/ci.yml'), 'utf8')) as {
      jobs: Record<string, { steps: Step[] }>;
    };
    const deployJob = Object.values(workflow.jobs).find((j) =>
      j.steps.some((s) => (s.uses ?? '').startsWith('actions/upload-pages-artifact')),
    );
    expect(deployJob, 'a job uploads the Pages artefact').toBeDefined();
    const steps = deployJob?.steps ?? [];
    const pages = steps.find((s) => (s.uses ?? '').startsWith('actions/configure-pages'));
    expect(pages?.id, 'configure-pages has an id to read its outputs by').toBeDefined();
    const build = steps.find((s) => /\bnpm run build\b/.test(s.run ?? ''));
    expect(build?.env?.['SITE_PUBLISH']).toBe('1');
    expect(build?.env?.['SITE_URL']).toBe(`\${{ steps.${pages?.id ?? ''}.outputs.base_url }}`);
    expect(steps.indexOf(pages as Step)).toBeLessThan(steps.indexOf(build as Step));
  });
});

/** What a published page tells the world its address is. */
function addressesOf(outDir: string, pages: readonly Page[]): Array<{ where: string; url: string }> {
  const out: Array<{ where: string; url: string }> = [];
  for (const p of pages) {
    for (const l of findAll(p.document, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical'))
      out.push({ where: `${p.url} canonical`, url: attr(l, 'href') ?? '' });
    for (const m of findAll(
      p.document,
      (el) => el.tagName === 'meta' && (attr(el, 'property') ?? '').startsWith('og:') && /^https?:/.test(attr(el, 'content') ?? ''),
    ))
      out.push({ where: `${p.url} ${attr(m, 'property') ?? ''}`, url: attr(m, 'content') ?? '' });
    for (const s of findAll(p.document, (el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json')) {
      const text = s.childNodes.map((n) => ('value' in n ? String(n.value) : '')).join('');
      const data = JSON.parse(text) as Record<string, unknown>;
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v !== null && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          // The source's own URL (isBasedOn) is the source's address, not ours.
          if (o['@type'] !== undefined && o === data['isBasedOn']) return;
          if (typeof o['url'] === 'string') out.push({ where: `${p.url} JSON-LD`, url: o['url'] });
          Object.values(o).forEach(walk);
        }
      };
      walk(data);
    }
  }
  for (const f of listFiles(outDir).filter((x) => /^sitemap.*\.xml$/.test(x)))
    for (const m of fs.readFileSync(path.join(outDir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) out.push({ where: f, url: m[1] ?? '' });
  for (const f of listFiles(path.join(outDir, 'cite')).filter((x) => /^(?:report|chapter-.+|treaty-.+)\.(?:ris|bib)$/.test(x)))
    for (const m of fs.readFileSync(path.join(outDir, 'cite', f), 'utf8').matchAll(/^(?:UR {2}- |\s*url = \{)([^}\n]+)/gm))
      out.push({ where: `cite/${f}`, url: m[1] ?? '' });
  return out;
}

describe('building the fixture for publishing', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-publish-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
  const deployUrl = 'https://octo-org.github.io/two-valleys/';

  /** Builds the fixture with these variables set (runBuild passes the environment on to the build). */
  async function build(name: string, vars: Record<string, string>): Promise<BuildRun & { outDir: string }> {
    const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
    Object.assign(process.env, vars);
    const outDir = path.join(work, name, 'dist');
    let run: Promise<BuildRun>;
    try {
      run = runBuild({ reportRoot: fixtureRoot, outDir, cacheDir: path.join(work, name, 'cache') });
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    return { ...(await run), outDir };
  }

  it('fails without a real URL, saying what to set, and leaves no site', { timeout: 180_000 }, async () => {
    const run = await build('no-url', { SITE_PUBLISH: '1', SITE_URL: '' });
    expect(run.code).not.toBe(0);
    expect(`${run.stdout}\n${run.stderr}`).toMatch(
      /publishing build \(SITE_PUBLISH=1\) needs the site's real public URL[\s\S]*is a placeholder[\s\S]*Set SITE_URL/,
    );
    expect(fs.existsSync(run.outDir)).toBe(false);
  });

  describe('with the deploy’s URL', () => {
    let outDir = '';
    let pages: Page[] = [];
    beforeAll(async () => {
      const run = await build('published', { SITE_PUBLISH: '1', SITE_URL: deployUrl });
      if (run.code !== 0) throw new Error(`the published build failed:\n${run.stdout}\n${run.stderr}`);
      outDir = run.outDir;
      pages = readPages(outDir);
    }, 180_000);

    it('gives every canonical URL, Open Graph URL, sitemap entry, JSON-LD url and citation the deploy’s URL, never a placeholder', () => {
      const addresses = addressesOf(outDir, pages);
      expect(addresses.filter((a) => a.where.endsWith('canonical')).length).toBeGreaterThan(1);
      expect(addresses.some((a) => a.where.startsWith('sitemap'))).toBe(true);
      expect(addresses.some((a) => a.where.startsWith('cite/'))).toBe(true);
      expect(addresses.filter((a) => !a.url.startsWith(deployUrl) || isPlaceholderHost(new URL(a.url).hostname))).toEqual([]);
      for (const f of listFiles(outDir).filter((x) => /^sitemap.*\.xml$/.test(x)))
        expect(fs.readFileSync(path.join(outDir, f), 'utf8'), f).not.toMatch(/example\.(?:org|com|net)/);
    });

    it('serves every page under the base path the URL gives', () => {
      expect(brokenLinks(outDir, pages, '/two-valleys/')).toEqual([]);
    });
  });

  describe('for tests, without the flag', () => {
    const site = useSite('fixture');
    it('keeps the placeholder of site.yaml', () => {
      const report = loadReport(fixtureRoot);
      const addresses = addressesOf(site.outDir, readPages(site.outDir));
      expect(addresses.length).toBeGreaterThan(0);
      expect(addresses.filter((a) => !a.url.startsWith(`${report.site.url}/`))).toEqual([]);
    });
  });
});
