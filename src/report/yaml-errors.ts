/**
 * YAML syntax errors in the editor's words: the line the editor has to
 * change (not the line where the parser noticed), what to do about it, and the
 * entry it is in. Only the first error of a file is reported: the parser's
 * later complaints are almost always echoes of the first.
 */
import type { LineCounter, YAMLError } from 'yaml';

export interface YamlProblem {
  /** Line (from 1) and column in the YAML text itself. */
  line: number;
  column: number;
  message: string;
  /** The id of the list entry ("- id: …") the line belongs to, if any. */
  entryId?: string | undefined;
}

const lineText = (lines: readonly string[], line: number): string => lines[line - 1] ?? '';
const indentOf = (text: string): number => /^ */.exec(text)?.[0].length ?? 0;

/** The nearest line at or above `line` that satisfies `test`, or undefined. */
function lineAbove(lines: readonly string[], line: number, test: (text: string) => boolean): number | undefined {
  for (let n = line; n >= 1; n--) if (test(lineText(lines, n))) return n;
  return undefined;
}

const oddQuotes = (text: string): boolean =>
  (text.match(/"/g) ?? []).length % 2 === 1 || (text.match(/(^|[\s:[{,])'/g) ?? []).length % 2 === 1;

/** The first syntax error of `text`, explained; undefined when there is none. */
export function explainYamlError(text: string, errors: readonly YAMLError[], counter: LineCounter): YamlProblem | undefined {
  const err = errors[0];
  if (!err) return undefined;
  const lines = text.split('\n');
  const start = counter.linePos(err.pos[0]);
  const end = counter.linePos(Math.max(err.pos[0], err.pos[1] - 1));
  let line = start.line;
  let column = start.col;
  let message: string;
  const first = err.message.split('\n')[0] ?? '';
  const here = lineText(lines, line);
  if (err.code === 'TAB_AS_INDENT' || /^ *\t/.test(here)) {
    column = 1;
    message = 'this line is indented with a tab; YAML needs spaces (two per level, like the lines around it)';
  } else if (/^-[^\s-]/.test(here) && err.code === 'UNEXPECTED_TOKEN') {
    column = 1;
    message = 'an entry starts with "- " (a dash, then a space), as in "- id: …"';
  } else if (err.code === 'BLOCK_AS_IMPLICIT_KEY' || err.code === 'MULTILINE_IMPLICIT_KEY') {
    // Either a value runs on to a deeper-indented "field: value" line, or a value holds ": ".
    const multi = errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY');
    const span = multi ? counter.linePos(Math.max(multi.pos[0], multi.pos[1] - 1)).line : end.line;
    const startIsValue = /^\s*(?:- )?[A-Za-z0-9_@-]+: /.test(here.slice(0, start.col - 1) + ' ');
    if (span > start.line && startIsValue) {
      line = span;
      const deeper = lineText(lines, line);
      column = indentOf(deeper) + 1;
      const expected = indentOf(here.replace(/^(\s*)- /, '$1  '));
      message = `this line is indented by ${indentOf(deeper)} spaces, deeper than the field above it, so YAML reads it as part of that field's value; indent it by ${expected} spaces like the other fields of its entry`;
    } else if (span > start.line) {
      message = 'a field name must be followed by a colon and a space, as in "name: value"';
    } else {
      message =
        'this value contains ": " (a colon and a space), which YAML reads as the start of another field; put the whole value in double quotes';
    }
  } else if (err.code === 'MISSING_CHAR' && /quote/i.test(first)) {
    line = lineAbove(lines, Math.min(end.line, lines.length), oddQuotes) ?? line;
    column = 1;
    message = 'a quoted value is not closed: add the closing quote mark at the end of the value';
  } else if (err.code === 'MISSING_CHAR' && /without - indicator/.test(first)) {
    column = 1;
    message = 'this line is indented less than the other fields of its entry; indent it like them, or start a new entry with "- id: …"';
  } else if (err.code === 'MISSING_CHAR' && /followed by map values/.test(first)) {
    message = 'a field name must be followed by a colon and a space, as in "name: value"';
  } else if (/Flow sequence|Flow map|flow collection/i.test(first) || (err.code === 'MISSING_CHAR' && /[\]}]/.test(first))) {
    line =
      lineAbove(lines, line, (t) => t.split('[').length !== t.split(']').length || t.split('{').length !== t.split('}').length) ?? line;
    column = 1;
    message = 'a list in brackets [ … ] or a group in braces { … } is not closed on its line: add the closing "]" or "}"';
  } else if (err.code === 'BAD_INDENT') {
    column = 1;
    message = 'the fields of one entry must all start at the same column; indent this line like the fields above it';
  } else if (err.code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:- )?([^:\s]+)\s*:/.exec(here)?.[1] ?? 'this field';
    message = `the field "${key}" appears twice in this entry; keep one`;
  } else if (err.code === 'BAD_SCALAR_START') {
    message = `a value cannot start with "${here.charAt(start.col - 1)}" unless it is in double quotes`;
  } else {
    message = `YAML cannot read this line; check its indentation and that every field is written "name: value" (the parser says: ${first})`;
  }
  const idLine = lineAbove(lines, line, (t) => /^- id:\s*\S/.test(t));
  const entryId = idLine === undefined ? undefined : /^- id:\s*["']?([^"'\s#]+)/.exec(lineText(lines, idLine))?.[1];
  return { line, column, message, entryId };
}
