/**
 * Every page of every built site, in every edition (language), is valid HTML by the Nu Html Checker, in one
 * JVM run (with a deliberately broken page beside them, which must fail).
 * Skipped with a message where Java is missing; .ci/run installs it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { siteNames } from '../helpers/sites.ts';
import { byEdition, editionCounts, editionsLeftOut, siteRoots } from '../helpers/editions.ts';
import { describeMessage, failsGate, javaVersion, validateHtml, type VnuMessage } from '../helpers/vnu.ts';

const java = javaVersion();
if (!java)
  console.warn(
    '[html-validity] skipped: no Java to run the Nu Html Checker. Install a JRE (Debian: apt-get install default-jre-headless).',
  );

const brokenPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Broken</title></head>
<body>
<p>A paragraph <div>with a block inside</div></p>
<img src="missing-alt.png">
<span id="twice"></span><span id="twice"></span>
<a href="#" <b>unclosed</a>
</body>
</html>
`;

describe.skipIf(!java)('the Nu Html Checker', () => {
  const sites = inject('sites');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'report-vnu-'));
  const broken = path.join(work, 'broken.html');
  let messages: VnuMessage[] = [];
  beforeAll(async () => {
    fs.writeFileSync(broken, brokenPage);
    const dirs = siteNames
      .map((n) => sites[n])
      .filter((s) => s.ok)
      .map((s) => s.outDir);
    messages = await validateHtml([...dirs, broken]);
  }, 180_000);
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('fails a broken page: misnested block, missing alt, duplicate id, broken tag', () => {
    const found = messages.filter((m) => m.file === broken && m.type === 'error').map((m) => m.message);
    expect(found.join('\n')).toMatch(/No “p” element in scope|Stray end tag “p”/);
    expect(found.join('\n')).toMatch(/alt/);
    expect(found.join('\n')).toMatch(/Duplicate ID “twice”/);
  });

  it.each(siteNames)('finds no error or warning on any page of the %s site', (name) => {
    const site = sites[name];
    expect(site.ok, `the ${name} site did not build:\n${site.log}`).toBe(true);
    const root = path.resolve(site.outDir);
    const pages = fs.readdirSync(root, { recursive: true }).filter((f) => String(f).endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    // Every edition (language) is among the pages checked.
    const urls = pages.map((f) => `/${String(f).replace(/(^|\/)index\.html$/, '$1')}`);
    expect(editionsLeftOut(siteRoots[name], urls), `pages by edition: ${editionCounts(byEdition(siteRoots[name], urls))}`).toEqual([]);
    const problems = messages.filter((m) => m.file.startsWith(root + path.sep) && failsGate(m)).map((m) => describeMessage(m, root));
    expect(problems).toEqual([]);
  });
});
