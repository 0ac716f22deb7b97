/**
 * Security and privacy of every built site: a Content Security Policy without
 * 'unsafe-inline' that covers every inline script and style; nothing fetched
 * from any host but the site's own; links that open a new window marked
 * noopener noreferrer; markup in a data field rendered as text. Each check is
 * also seen to fail on a deliberately broken page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bodyText, findAll, listFiles, readPages, type Page } from '../helpers/html.ts';
import { fixtureRoot } from '../helpers/paths.ts';
import { runBuild, type BuildRun } from '../helpers/run-build.ts';
import { siteNames } from '../helpers/sites.ts';
import { byEdition, editionCounts, editionsLeftOut, siteRoots } from '../helpers/editions.ts';
import { cspProblems, foreignInCss, foreignResources, ownHostOf, unsafeNewWindowLinks } from './security-checks.ts';

const fakePage = (html: string): Page => ({ file: 'index.html', url: '/', html, document: parse(html) });

describe.each(siteNames)('the %s site', (name) => {
  const site = inject('sites')[name];
  let pages: Page[] = [];
  beforeAll(() => {
    if (!site.ok) throw new Error(`the ${name} site did not build:\n${site.log}`);
    pages = readPages(site.outDir);
  });

  it('checks every edition (language) of the site', () => {
    const urls = pages.map((p) => p.url);
    expect(editionsLeftOut(siteRoots[name], urls), `pages by edition: ${editionCounts(byEdition(siteRoots[name], urls))}`).toEqual([]);
  });

  it('has a Content Security Policy on every page, without unsafe-inline, covering every inline script and style', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.flatMap(cspProblems)).toEqual([]);
  });

  it('fetches nothing from any host but its own (HTML and CSS)', () => {
    const own = ownHostOf(pages);
    const css = listFiles(site.outDir)
      .filter((f) => f.endsWith('.css'))
      .flatMap((f) => foreignInCss(f, fs.readFileSync(path.join(site.outDir, f), 'utf8'), own));
    expect([...pages.flatMap((p) => foreignResources(p, own)), ...css]).toEqual([]);
  });

  it('marks every link that opens a new window rel="noopener noreferrer"', () => {
    expect(pages.flatMap(unsafeNewWindowLinks)).toEqual([]);
  });
});

/** A <script> whose type makes it data, never run: JSON-LD or a JSON model. */
const isDataScript = (el: { attrs: Array<{ name: string; value: string }> }): boolean =>
  el.attrs.some((a) => a.name === 'type' && /^application\/(?:ld\+)?json$/.test(a.value));

describe('the security checks fail on a broken page', () => {
  it('no CSP, or one with unsafe-inline, or an inline script, style, style attribute or handler it does not cover', () => {
    expect(cspProblems(fakePage('<!doctype html><title>t</title>'))).toEqual(['/: no Content-Security-Policy <meta>']);
    const page = fakePage(
      `<!doctype html><meta http-equiv="content-security-policy" content="script-src 'self' 'unsafe-inline'; style-src 'self'"><title>t</title>
       <script>alert(1)</script><style>p{}</style><p style="color:red" onclick="x()">x</p>`,
    );
    const text = cspProblems(page).join('\n');
    expect(text).toMatch(/script-src allows 'unsafe-inline'/);
    expect(text).toMatch(/lacks 'wasm-unsafe-eval'/);
    expect(text).toMatch(/inline <script> \(alert\(1\)…\) is not allowed/);
    expect(text).toMatch(/inline <style>/);
    expect(text).toMatch(/style="color:red"/);
    expect(text).toMatch(/inline event handler \(onclick\)/);
  });

  it('a script, font, image or stylesheet from another host', () => {
    const page = fakePage(
      `<!doctype html><title>t</title><link rel="canonical" href="https://own.example/"><link rel="stylesheet" href="https://fonts.example.net/css">
       <script src="//cdn.example.net/x.js"></script><img alt="" src="/ok.png" srcset="/ok.png 1x, https://img.example.net/a.png 2x"><iframe src="https://own.example/ok"></iframe>
       <style>@font-face{src:url("https://fonts.example.net/f.woff2")}</style>`,
    );
    const found = foreignResources(page, 'own.example').join('\n');
    expect(found).toMatch(/<link href="https:\/\/fonts\.example\.net\/css">/);
    expect(found).toMatch(/cdn\.example\.net/);
    expect(found).toMatch(/img\.example\.net/);
    expect(found).toMatch(/<style>.*fonts\.example\.net\/f\.woff2/);
    expect(found).not.toMatch(/own\.example\/ok/);
  });

  it('a link opening a new window without noopener noreferrer', () => {
    const page = fakePage(
      '<!doctype html><title>t</title><a href="https://x.example/" target="_blank">x</a><a href="https://y.example/" target="_blank" rel="noopener noreferrer">y</a>',
    );
    expect(unsafeNewWindowLinks(page)).toEqual(['/: <a href="https://x.example/" target="_blank"> lacks rel="noopener noreferrer"']);
  });
});

describe('markup in a data field is rendered as text', () => {
  const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-escape-'));
  const root = path.join(work, 'report');
  const outDir = path.join(work, 'dist');
  let run: BuildRun | undefined;
  beforeAll(async () => {
    fs.cpSync(fixtureRoot, root, { recursive: true });
    const replaceOnce = (file: string, from: string, to: string): void => {
      const full = path.join(root, file);
      const text = fs.readFileSync(full, 'utf8');
      if (text.split(from).length !== 2) throw new Error(`"${from}" should occur once in ${file}`);
      fs.writeFileSync(full, text.replace(from, to));
    };
    // A region's name (data) and the report's short title (site configuration, on every page).
    replaceOnce('data/regions.yaml', 'name: North Valley', `name: ${JSON.stringify(`North Valley ${payload}`)}`);
    replaceOnce('content/site.yaml', 'shortTitle: "Two Valleys"', `shortTitle: ${JSON.stringify(`Two Valleys ${payload}`)}`);
    run = await runBuild({ reportRoot: root, outDir, cacheDir: path.join(work, 'cache') });
  }, 180_000);
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('builds, shows the markup as text, and runs none of it', () => {
    expect(run?.code, `${run?.stdout}\n${run?.stderr}`).toBe(0);
    const pages = readPages(outDir);
    for (const page of pages) {
      const injected = findAll(
        page.document,
        (el) =>
          // A data script (JSON-LD, a chart model) never runs; it may carry the text, escaped (checked below).
          (el.tagName === 'script' && !isDataScript(el) && el.childNodes.some((n) => 'value' in n && String(n.value).includes('alert('))) ||
          el.attrs.some((a) => a.name === 'onerror'),
      );
      expect(injected, `${page.url} runs the injected markup`).toEqual([]);
      // Data scripts hold the markup only as \u escapes: nothing in them can close the element.
      const leaking = findAll(
        page.document,
        (el) => el.tagName === 'script' && isDataScript(el) && el.childNodes.some((n) => 'value' in n && /[<>]/.test(String(n.value))),
      );
      expect(leaking, `${page.url} has a data script with raw markup`).toEqual([]);
    }
    const shown = pages.filter((p) => bodyText(p).includes(payload)).map((p) => p.url);
    expect(shown.length, 'pages that show the markup as text').toBeGreaterThan(0);
    // The region's name is shown as text on the page that lists regions.
    expect(pages.some((p) => bodyText(p).includes(`North Valley ${payload}`))).toBe(true);
  });
});
