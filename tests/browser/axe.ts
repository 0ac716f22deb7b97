/**
 * axe-core in a Playwright page: its source evaluated in the page (past the
 * page's CSP), the WCAG 2.2 A and AA rules and axe's best practices (such as
 * landmark-unique).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA that axe tests. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The rules run: WCAG A and AA, and axe's best practices. */
export const axeTags = [...wcagTags, 'best-practice'];

/**
 * The rules a change of colours alone can break (contrast, links told from text by colour), tags
 * intersected with axeTags. For a second pass after the colour-scheme toggle: everything else on
 * the page is as in the first pass.
 */
export const colourTags = ['cat.color'];

export async function runAxe(page: Page, only: readonly string[] = []): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = (await page.evaluate(
    ({ tags, only }) => {
      interface Axe {
        run(ctx: Document, opts: object): Promise<unknown>;
        getRules(tags: string[]): { ruleId: string }[];
      }
      const axe = (window as unknown as { axe: Axe }).axe;
      // The rules with one of `tags` and, when `only` is given, one of those too.
      const narrowed = new Set(only.length > 0 ? axe.getRules(only).map((r) => r.ruleId) : []);
      const rules = axe
        .getRules(tags)
        .map((r) => r.ruleId)
        .filter((id) => only.length === 0 || narrowed.has(id));
      return axe.run(document, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] });
    },
    { tags: axeTags, only: [...only] },
  )) as AxeResults;
  return results.violations;
}

/** One line per violation and node, for a readable failure. */
export function describeViolations(where: string, violations: readonly Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${where}: ${v.id} (${v.impact ?? 'n/a'}) ${v.help} at ${n.target.join(' ')}${n.failureSummary ? `: ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
    ),
  );
}
