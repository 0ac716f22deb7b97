/** "Cite this" for an instrument's record page: one definition for the page and its download files. */
import { recordWork, type CitableWork } from '../../lib/cite-this.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { recordHref } from './hrefs.ts';
import { absoluteUrl } from '../../lib/site.ts';

export function instrumentWork(site: SiteConfig, inst: { id: string; title: string }): CitableWork {
  return recordWork(site, { file: `treaty-${inst.id}`, title: inst.title }, absoluteUrl(recordHref('instrument', inst.id)));
}
