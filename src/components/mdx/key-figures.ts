/**
 * <KeyFigures>: a grid of headline numbers, one card per row of any table:
 *   <KeyFigures dataset="key-figures" rows={["border-length", …]} label="label" />
 * Each card is the row's number worded as <Value> words it (qualifier, unit,
 * format from the schema), its label and its source. Pure.
 */
import { z } from 'astro/zod';
import type { GrammarComponent, GrammarContext } from '../../grammar/component.ts';
import { accessor, selectRows, tableNamed } from '../../grammar/query.ts';
import type { Source } from '../../lib/sources.ts';
import { readProps } from './grammar-props.ts';
import { resolveValue, type ValueParts } from './value.ts';

const keyFiguresSchema = z.strictObject({
  dataset: z.string({ error: 'expected the name of a dataset, such as dataset="key-figures"' }),
  rows: z.array(z.string()).min(1, { error: 'expected at least one row key' }).optional(),
  filter: z.string().min(1).optional(),
  sort: z.string().min(1).optional(),
  /** The field (or template) each card names the number by. */
  label: z.string().min(1, { error: 'expected the field that labels each card, such as label="label"' }),
  /** The number field; "value" without it. */
  field: z.string().min(1).optional(),
  /** A field shown in brackets after the label when the row has it ("(2013)"). */
  detail: z.string().min(1).optional(),
  format: z.string().min(1).optional(),
});
export type KeyFiguresProps = z.input<typeof keyFiguresSchema>;

export interface FigureCard {
  /** The row's key, for the card's anchor (#figure-<id>). */
  id: string;
  label: string;
  parts: ValueParts;
  /** Machine-readable number. */
  value: string;
  source: Source | undefined;
}

/** The cards, in the order of `rows` (or the table's, filtered and sorted). Throws a PropError. */
export function keyFigureCards(props: Readonly<Record<string, unknown>>, ctx: GrammarContext): FigureCard[] {
  const p = readProps(keyFiguresSchema, props);
  const table = tableNamed(ctx.tables, p.dataset);
  const label = accessor(ctx.tables, table, p.label, 'label');
  const detail = p.detail === undefined ? undefined : accessor(ctx.tables, table, p.detail, 'detail');
  const field = p.field ?? 'value';
  return selectRows(ctx.tables, table, p).map((row) => {
    const v = resolveValue({ dataset: p.dataset, row: row.id, field, ...(p.format === undefined ? {} : { format: p.format }) }, ctx);
    const d = detail?.get(row);
    const name = String(label.get(row) ?? row.id);
    return {
      id: row.id,
      label: d === null || d === undefined ? name : `${name} (${String(d)})`,
      parts: v,
      value: v.value ?? v.text,
      source: v.sources[0],
    };
  });
}

export const keyFiguresGrammar: GrammarComponent = {
  check: (props, ctx) => {
    keyFigureCards(props, ctx);
  },
};
