/**
 * The browser gates are seen to fail: a deliberately broken page makes axe
 * report violations, a request to another host is caught, and an inline
 * script without a hash is refused by the Content Security Policy and reported.
 */
import { describe, expect, it } from 'vitest';
import { colourTags, runAxe } from './axe.ts';
import { useBrowser } from './use-browser.ts';

const h = useBrowser();

const broken = `<!doctype html><html><head><title>Broken</title></head><body>
<main><h1>Broken page</h1>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<p style="color:#bbb;background:#fff">Pale grey text on white, too faint to read.</p>
<button></button>
</main></body></html>`;

describe('the browser gates catch a broken page', () => {
  it('axe reports a missing alt text, low contrast and a button without a name', async () => {
    const { page, close } = await h.open();
    await page.setContent(broken);
    const ids = (await runAxe(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'button-name']));
    // The pass after the colour-scheme toggle runs the colour rules alone.
    expect((await runAxe(page, colourTags)).map((v) => v.id)).toEqual(['color-contrast']);
    await close();
  });

  it('at phone size, axe reports tiny tap targets, a scrolling box keyboard cannot reach and two unnamed search landmarks', async () => {
    const { page, close } = await h.open({ viewport: { width: 390, height: 844 } });
    await page.setContent(`<!doctype html><html lang="en"><head><title>Cramped</title></head><body>
<header><form role="search"><label>Find <input type="search"></label></form></header>
<main><h1>Cramped page</h1>
<p style="display:flex;font-size:10px;line-height:1">Cited in <a style="display:block" href="#a">1</a><a style="display:block" href="#b">2</a><a style="display:block" href="#c">3</a></p>
<div style="height:60px;overflow-y:auto"><p>Line</p><p>Line</p><p>Line</p><p>Line</p><p>Line</p><p>Line</p></div>
<form role="search"><label>Find again <input type="search"></label></form>
</main></body></html>`);
    const ids = (await runAxe(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['target-size', 'scrollable-region-focusable', 'landmark-unique']));
    await close();
  });

  it('a request to another host is blocked and reported (on a page without the site’s CSP, which would stop it first)', async () => {
    const { page, context, blocked } = await h.open();
    await page.setContent('<!doctype html><title>t</title><img alt="" src="https://tracker.invalid/pixel.gif">');
    await expect.poll(() => blocked.length).toBeGreaterThan(0);
    expect(blocked[0]).toContain('tracker.invalid');
    await context.close();
  });

  it('the Content Security Policy refuses an inline script without a hash, and the error is caught', async () => {
    const { page, context, errors } = await h.open();
    await page.goto(h.site.url);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true;';
      document.body.append(s);
    });
    await expect.poll(() => errors.join('\n')).toMatch(/Content Security Policy/);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    await context.close();
  });
});
