/**
 * Links to catalogue records by id. Chapter authors write
 * `[the 1992 treaty](instrument:treaty-friendship-1992)`; the remark plugin
 * turns the `kind:id` target into the record page's URL under the site's base,
 * and stops the build on an unknown id with the file and line. The same
 * pattern is checked by the static scan in src/report/scan.ts.
 */
import path from 'node:path';
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { joinBase, parseRecordTarget, recordKinds, recordPath } from './record-targets.ts';
import { cachedReport } from '../../lib/report-cache.ts';
import { reportRoot } from '../../report/paths.ts';
import { resolveSiteLocation } from '../../report/site.ts';

export interface RecordLinkOptions {
  /** Report root; defaults to REPORT_ROOT or the working directory. */
  root?: string;
  /** Base path; defaults to what astro.config.mjs decides (SITE_BASE, SITE_URL's path or the report's `base`: src/report/site.ts). */
  base?: string;
}

/** The remark plugin: `unified({ remarkPlugins: [remarkRecordLinks] })`. */
export default function remarkRecordLinks(options: RecordLinkOptions = {}) {
  return (tree: Root, file: { path?: string | undefined }): void => {
    const report = cachedReport(path.resolve(options.root ?? reportRoot()));
    const base = options.base ?? resolveSiteLocation(report.site, process.env).base;
    const name = file.path === undefined ? '(MDX)' : path.relative(process.cwd(), file.path);
    visit(tree, 'link', (node: Link) => {
      const target = parseRecordTarget(node.url);
      if (!target) return;
      const { collection } = recordKinds[target.kind];
      const known = (report.data[collection] as ReadonlyArray<{ id: string }>).some((r) => r.id === target.id);
      if (!known) {
        const line = node.position?.start.line;
        throw new Error(
          `${name}${line === undefined ? '' : `:${line}`}: unknown ${collection} id "${target.id}" in the link target ${node.url}`,
        );
      }
      node.url = joinBase(base, recordPath(target.kind, target.id));
    });
  };
}
