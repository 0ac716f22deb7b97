/**
 * Checks every grammar component a chapter places (<Chart>, <Map>, <Table>,
 * <Value>) against the report's tables, before anything renders: each problem
 * becomes one report issue with the MDX file, line, tag and prop.
 */
import type { ReportIssue } from '../report/errors.ts';
import { scanChapter } from '../report/scan.ts';
import type { GrammarContext } from './component.ts';
import { PropError } from './problem.ts';
import { grammarComponents } from './registry.ts';

/** The tag as messages name it: `<Chart id="fig-x">`, or the component alone. */
const tagName = (name: string, props: Readonly<Record<string, unknown>>): string =>
  typeof props['id'] === 'string'
    ? `<${name} id="${props['id']}">`
    : typeof props['dataset'] === 'string'
      ? `<${name} dataset="${props['dataset']}">`
      : `<${name}>`;

/** Issues of one chapter's components; `skip` names tables whose own file is already reported (checking against them would only repeat it). */
export function grammarIssues(file: string, text: string, ctx: GrammarContext, skip: ReadonlySet<string> = new Set()): ReportIssue[] {
  const issues: ReportIssue[] = [];
  for (const tag of scanChapter(text).tags) {
    const component = grammarComponents[tag.name];
    if (!component || tag.inCode) continue;
    if (typeof tag.props['dataset'] === 'string' && skip.has(tag.props['dataset'])) continue;
    try {
      component.check(tag.props, ctx);
    } catch (e) {
      if (!(e instanceof PropError)) throw e;
      issues.push({ file, line: tag.line, entry: tagName(tag.name, tag.props), field: e.prop, message: `prop "${e.prop}": ${e.message}` });
    }
  }
  return issues;
}
