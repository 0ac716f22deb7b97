/**
 * The internal link checker (tests/helpers/links.ts), which the build tests
 * run on every page of every built site, is seen to fail: a page with a link
 * to a missing page, a missing #fragment, a missing asset, and a link out of
 * the base path.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPages } from '../helpers/html.ts';
import { brokenLinks } from '../helpers/links.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-links-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const page = (body: string): string => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

describe('the link checker catches broken links', () => {
  it('reports a missing page, a missing fragment, a missing asset and a link that leaves the base path', () => {
    fs.mkdirSync(path.join(work, 'chapters/a'), { recursive: true });
    fs.writeFileSync(
      path.join(work, 'index.html'),
      page(
        '<h2 id="here">Here</h2><a href="#here">ok</a><a href="chapters/a/#there">ok</a><a href="https://example.com/">external, not checked</a>',
      ),
    );
    fs.writeFileSync(
      path.join(work, 'chapters/a/index.html'),
      page(
        '<p id="there"></p><a href="../missing/">gone</a><a href="../../#nowhere">no such id</a><img alt="" src="/base/img/none.png"><a href="/elsewhere/">out of base</a>',
      ),
    );
    const broken = brokenLinks(work, readPages(work), '/base/');
    expect(broken).toHaveLength(4);
    expect(broken.join('\n')).toMatch(/missing\/.*no file chapters\/missing\/index\.html/);
    expect(broken.join('\n')).toMatch(/no id "nowhere" in index\.html/);
    expect(broken.join('\n')).toMatch(/no file img\/none\.png/);
    expect(broken.join('\n')).toMatch(/\/elsewhere\/.*leaves the base path/);
  });
});
