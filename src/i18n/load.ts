/**
 * Reads each locale's catalogue: the engine's (catalogues.ts) under the
 * report's own content/i18n/<code>.yaml, and checks every one against the
 * reference keys (English): a missing or misspelt key is an issue naming the
 * file, the line, the key and the locale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { lineAt, parseLocatedYaml } from '../datasets/yaml.ts';
import type { ReportIssue } from '../report/errors.ts';
import { closest } from '../report/suggest.ts';
import { engineCatalogues, en } from './catalogues.ts';
import type { Locale } from './locales.ts';
import { catalogueSchema, missingKeys, unknownKeys, type Catalogue } from './messages.ts';

export const messagesDir = 'content/i18n';
export const messagesFile = (code: string): string => `${messagesDir}/${code}.yaml`;

function readOwn(root: string, code: string, issues: ReportIssue[]): Catalogue | undefined {
  const file = messagesFile(code);
  let text: string;
  try {
    text = fs.readFileSync(path.join(root, file), 'utf8');
  } catch {
    return undefined;
  }
  const parsed = parseLocatedYaml(text, file, issues);
  if (!parsed) return {};
  const result = catalogueSchema.safeParse(parsed.value ?? {});
  if (!result.success) {
    for (const issue of result.error.issues)
      issues.push({
        file,
        line: lineAt(parsed, issue.path),
        entry: `messages[${code}]`,
        field: issue.path.join('.') || undefined,
        message: issue.message,
      });
    return {};
  }
  for (const key of unknownKeys(en, result.data)) {
    const near = closest(key, Object.keys(en));
    issues.push({
      file,
      line: lineAt(parsed, [key]),
      entry: `messages[${code}]`,
      field: key,
      message: `unknown message key "${key}"${near === undefined ? '' : `; did you mean "${near}"?`}`,
    });
  }
  return result.data;
}

/** Every declared locale's messages, and the problems found. */
export function loadCatalogues(root: string, locales: readonly Locale[]): { catalogues: Map<string, Catalogue>; issues: ReportIssue[] } {
  const issues: ReportIssue[] = [];
  const catalogues = new Map<string, Catalogue>();
  for (const { code } of locales) {
    const own = readOwn(root, code, issues);
    const catalogue: Catalogue = { ...engineCatalogues[code], ...own };
    const missing = missingKeys(en, catalogue);
    if (missing.length > 0) {
      const shown = missing
        .slice(0, 8)
        .map((k) => `"${k}"`)
        .join(', ');
      issues.push({
        file: messagesFile(code),
        entry: `messages[${code}]`,
        message:
          own === undefined
            ? `the locale "${code}" has no messages: add ${messagesFile(code)} with a translation of each key (the English ones are in src/i18n/catalogues.ts)`
            : `the locale "${code}" lacks ${missing.length} message${missing.length === 1 ? '' : 's'}: ${shown}${missing.length > 8 ? ', …' : ''}`,
      });
    }
    catalogues.set(code, catalogue);
  }
  return { catalogues, issues };
}
