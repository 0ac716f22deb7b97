/**
 * A figure's downloads in another language draw it as that language's chapter
 * writes it: the props of content/<code>/chapters/<id>.mdx, the default's
 * where the chapter or the figure is not translated; numbers stay the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localeFigureUsages, reportFigureUsages } from '../../src/lib/numbering.ts';
import { copyFixture, removeCopies } from '../helpers/report-copy.ts';

afterAll(removeCopies);

describe('localeFigureUsages', () => {
  const root = copyFixture();
  const english = fs.readFileSync(path.join(root, 'content/chapters/figures.mdx'), 'utf8');
  const german = english
    .replace('caption="Population of the valleys of XA, 2024" ', 'caption="Bevölkerung der Täler von XA, 2024" ')
    .replace('xTitle="People" yTitle="Region"', 'xTitle="Einwohner" yTitle="Region"')
    // One figure left out of the translation: its download falls back to the default's props.
    .replace(/<Chart id="fig-freight-area"[^\n]*\n/, '');
  fs.writeFileSync(path.join(root, 'content/de/chapters/figures.mdx'), german);

  it('takes the translated chapter’s props, with the default numbering', () => {
    const de = localeFigureUsages('de', root);
    const en = reportFigureUsages(root);
    expect(de.map((u) => [u.id, u.number])).toEqual(en.map((u) => [u.id, u.number]));
    const chart = de.find((u) => u.id === 'fig-population-chart');
    expect(chart?.props['caption']).toBe('Bevölkerung der Täler von XA, 2024');
    expect(chart?.props['xTitle']).toBe('Einwohner');
    expect(en.find((u) => u.id === 'fig-population-chart')?.props['caption']).toBe('Population of the valleys of XA, 2024');
  });
  it('falls back to the default language’s props for a figure the translation does not place', () => {
    const area = localeFigureUsages('de', root).find((u) => u.id === 'fig-freight-area');
    expect(area?.props['caption']).toBe('Freight loaded in the North Valley, 2018–2024 (thousand tonnes)');
  });
  it('keeps the default’s props for a locale without translated chapters', () => {
    expect(localeFigureUsages('xx', root)).toEqual(reportFigureUsages(root));
  });
});
