/** "Cite this" for an instrument's record page: one definition for the page and its download files. */
import { recordWork, type CitableWork } from '../../lib/cite-this.ts';
import type { Translatable } from '../../i18n/fields.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { recordHref } from './hrefs.ts';
import { absoluteUrl } from '../../lib/site.ts';

/** The record's title in each language it is translated into (`title@ru` in the data), for each edition's citation. */
function titlesOf(record: Translatable): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record.translations ?? {}).flatMap(([code, fields]) =>
      typeof fields['title'] === 'string' ? [[code, fields['title']]] : [],
    ),
  );
}

export function instrumentWork(site: SiteConfig, inst: { id: string; title: string } & Translatable): CitableWork {
  return recordWork(
    site,
    { file: `treaty-${inst.id}`, title: inst.title, titles: titlesOf(inst) },
    absoluteUrl(recordHref('instrument', inst.id)),
  );
}
