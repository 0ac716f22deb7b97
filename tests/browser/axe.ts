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

export async function runAxe(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    axeTags,
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
