/** Errors that name the file, the line, the field and what was expected. */
import path from 'node:path';

export interface ReportIssue {
  /** File path relative to the report root, such as "data/regions.yaml". */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  /** Collection and entry, such as "regions[KZ-KUS]". */
  entry?: string | undefined;
  /** Dotted field path inside the entry, such as "population.value". */
  field?: string | undefined;
  message: string;
}

export function formatIssue(issue: ReportIssue): string {
  const where = [issue.file, issue.line, issue.column].filter((p) => p !== undefined).join(':');
  const what = [issue.entry, issue.field].filter(Boolean).join(' › ');
  return `  ${where}${what ? `  ${what}` : ''}\n    ${issue.message}`;
}

/**
 * Thrown when a report's content or data is invalid; the build stops. The
 * message lists every issue, and is the one an editor sees everywhere:
 * `npm run validate`, `npm run build`, and the terminal and error overlay of
 * `npm run dev`. `loc` and `hint` are what Astro's overlay reads: the data
 * file of the first issue (not the engine's code), and what to do. The stack
 * holds no engine frames: the editor's file is the place to look.
 */
export class ReportError extends Error {
  readonly issues: readonly ReportIssue[];
  readonly loc: { file: string; line?: number | undefined; column?: number | undefined } | undefined;
  readonly hint: string;
  constructor(issues: readonly ReportIssue[], root?: string) {
    const n = issues.length;
    super(`The report has ${n} error${n === 1 ? '' : 's'} in its content or data:\n${issues.map(formatIssue).join('\n')}\n`);
    this.name = 'ReportError';
    this.issues = issues;
    const first = issues[0];
    this.loc = first && root !== undefined ? { file: path.join(root, first.file), line: first.line, column: first.column } : undefined;
    this.hint =
      'Fix the file named above and save: the preview reloads. "npm run validate" lists the same errors; docs/editor-guide.md ("What the errors mean") explains each.';
    this.stack = `${this.name}: ${this.message}`;
  }
}
