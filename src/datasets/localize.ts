/**
 * A dataset as a page in another language shows it: its title, description,
 * fields' titles and descriptions, units' heading words and sources' locators
 * in `code`, from the descriptor's `@<code>` translations. Rows stay as read
 * (their translated texts are in each row's `translations`).
 */
import type { Dataset } from './dataset.ts';
import { unitWords } from './units.ts';

export function datasetIn(d: Dataset, code: string): Dataset {
  const t = d.translations[code];
  return {
    ...d,
    title: t?.['title'] ?? d.title,
    description: t?.['description'] ?? d.description,
    schema: {
      ...d.schema,
      fields: d.schema.fields.map((f) => {
        const ft = f.translations?.[code];
        return {
          ...f,
          title: ft?.['title'] ?? f.title,
          description: ft?.['description'] ?? f.description,
          unit: f.unit === undefined ? undefined : unitWords(d.units, f.unit, code, undefined),
        };
      }),
    },
    sources: d.sources.map((s) => {
      const st = s.translations?.[code];
      return { ...s, title: st?.['title'] ?? s.title, locator: st?.['locator'] ?? s.locator };
    }),
  };
}
