/** The sources of data rows: each datum names a reference and a locator inside it. */

/** A datum's source as the validated report holds it: `ref` is a references id. */
export interface Source {
  ref: string;
  locator: string;
  /** The locator in the site's other languages (`locator@ru` in the data file): ask for it with `localized(source, 'locator', code)`. */
  translations?: Readonly<Record<string, Readonly<{ locator?: string | undefined }>>> | undefined;
}

/** Distinct sources in first-seen order, so a table of many rows from one table names it once. */
export function uniqueSources<S extends Source>(sources: readonly S[]): S[] {
  const seen = new Map<string, S>();
  for (const s of sources) {
    const key = `${s.ref}\u0000${s.locator}`;
    if (!seen.has(key)) seen.set(key, s);
  }
  return [...seen.values()];
}
