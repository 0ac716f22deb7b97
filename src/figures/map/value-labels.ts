/**
 * The words for a coded value a map groups its regions by, so that a
 * description, a legend or a data table reads "Kazakhstan: 7", not "KZ: 7".
 */
import type { Tables } from '../../grammar/query.ts';
import { entryText, vocabulariesOf } from '../chart/encode.ts';

/** Labels a value of `<table>.<field>` in `locale`. */
export type ValueLabel = (table: string, field: string, value: string) => string;

const meansState = (entry: unknown): boolean =>
  typeof entry === 'object' && entry !== null && (entry as { means?: unknown }).means === 'state';

/**
 * A value's label: the site's vocabulary for "<table>.<field>" in `locale`; for
 * a country code (a field named `country`), the name of the party that is that
 * state (a `parties.kind` whose vocabulary entry `means: state`); else the value.
 */
export function valueLabeller(site: object, tables: Tables, locale: string): ValueLabel {
  const vocabularies = vocabulariesOf(site);
  const stateKinds = new Set(
    Object.entries(vocabularies?.['parties.kind'] ?? {})
      .filter(([, e]) => meansState(e))
      .map(([v]) => v),
  );
  const states = (tables.get('parties')?.rows ?? []).filter((r) => stateKinds.has(String(r.values['kind'])));
  return (table, field, value) => {
    const term = entryText(vocabularies?.[`${table}.${field}`]?.[value], locale);
    if (term !== undefined) return term;
    if (field.split('.').at(-1) !== 'country') return value;
    const state = states.find((r) => r.values['country'] === value);
    const name = state?.labels?.['name'] ?? state?.values['name'];
    return name === undefined || name === null ? value : String(name);
  };
}
