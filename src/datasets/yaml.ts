/** YAML parsing that keeps line numbers, so every error can point at its line. */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { ReportIssue } from '../report/errors.ts';

export interface LocatedYaml {
  doc: Document;
  lines: LineCounter;
  value: unknown;
}

/** Parses `text`; syntax errors go to `issues` (with line and column) and give `undefined`. */
export function parseLocatedYaml(text: string, file: string, issues: ReportIssue[]): LocatedYaml | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const pos = lines.linePos(err.pos[0]);
      issues.push({ file, line: pos.line, column: pos.col, message: `this is not valid YAML: ${err.message.split('\n')[0]}` });
    }
    return undefined;
  }
  return { doc, lines, value: doc.toJS() };
}

/** Line of the node at `where`, or of its nearest existing parent. */
export function lineAt(parsed: LocatedYaml, where: readonly PropertyKey[]): number | undefined {
  for (let n = where.length; n >= 0; n--) {
    const node = parsed.doc.getIn(where.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return parsed.lines.linePos(node.range[0]).line;
  }
  return undefined;
}
