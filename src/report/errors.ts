/** Errors that name the file, the line, the field and what was expected. */

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

/** Thrown when a report's content or data is invalid; the build stops. */
export class ReportError extends Error {
  readonly issues: readonly ReportIssue[];
  constructor(issues: readonly ReportIssue[]) {
    const n = issues.length;
    super(`The report has ${n} error${n === 1 ? '' : 's'} in its content or data:\n${issues.map(formatIssue).join('\n')}\n`);
    this.name = 'ReportError';
    this.issues = issues;
  }
}
