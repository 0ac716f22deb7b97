/**
 * What editors write in `<Map …/>`: a mark (choropleth, flows, points,
 * locator) and its channels, validated by a strict zod schema so an unknown
 * or misplaced prop is named with the ones the mark takes.
 */
import { z } from 'astro/zod';
import { closest } from '../../report/suggest.ts';
import { figureProps, queryProps } from '../../grammar/component.ts';
import { checkFormat } from '../../grammar/format.ts';
import { PropError, quoted } from '../../grammar/problem.ts';

export const marks = ['choropleth', 'flows', 'points', 'locator'] as const;
export type Mark = (typeof marks)[number];

const channel = z.string().min(1, { error: 'expected a field, a path such as "region.name", or a template such as "{from} → {to}"' });

const mapShape = {
  ...figureProps,
  ...queryProps,
  mark: z.enum(marks, { error: `expected one of ${quoted(marks)}` }),
  /** The TopoJSON file of the regions, relative to the report; default: site.yaml `maps.boundaries`. */
  boundaries: z.string().min(1).optional(),
  /** Choropleth, locator: each row's region key; points: the region each point lies in. */
  region: channel.optional(),
  /** Choropleth, flows: the number each row gives. */
  value: channel.optional(),
  /** Choropleth: a number of classes (2 to 5) or the breaks between them, as a list of numbers in quotes. */
  classes: z
    .union([
      z.number().int().min(2).max(5),
      z
        .array(z.string().regex(/^-?\d+(?:\.\d+)?$/, { error: 'expected numbers, such as classes={["1000", "5000"]}' }))
        .min(1)
        .max(4),
    ])
    .optional(),
  /** Flows: the region keys a flow goes from and to. */
  from: channel.optional(),
  to: channel.optional(),
  /** Points: the field naming each row's place, and the dataset of places (with lat and lon). */
  at: channel.optional(),
  places: z.string().min(1).optional(),
  /** Text printed on the map: a region's name (choropleth, locator), a flow's (flows) or a point's (points). */
  label: channel.optional(),
  /** Locator: a region's accessible name and tooltip (default: its label and colour). */
  title: channel.optional(),
  /** Flows, points: a region's name, read in the dataset the region keys point into. */
  name: channel.optional(),
  /** Locator: the field that colours the regions. */
  colour: channel.optional(),
  /** Points: regions of the region dataset shown shaded for context, as a filter ("border = true"). */
  context: z.string().min(1).optional(),
  /** Points: the rows drawn as hollow dots, as a filter ("planned = true"). */
  hollow: z.string().min(1).optional(),
  /** Number format of the values: a d3-format specifier, "compact" or "number". */
  format: z.string().min(1).optional(),
  /** The values' unit, when the field declares none. */
  unit: z.string().min(1).optional(),
  /** The heading of the values, when the field's title does not suit. */
  valueTitle: z.string().min(1).optional(),
  /** The legend's labels, in the order the mark draws its entries. */
  legend: z.array(z.string()).min(1).optional(),
};

export const mapSchema = z.strictObject(mapShape);
export type MapProps = z.infer<typeof mapSchema>;

/** Props each mark takes besides the common ones, and those it needs. */
const markProps: Record<Mark, { takes: readonly (keyof MapProps)[]; needs: readonly (keyof MapProps)[] }> = {
  choropleth: { takes: ['region', 'value', 'classes', 'label', 'format', 'unit', 'valueTitle', 'legend'], needs: ['region', 'value'] },
  flows: { takes: ['from', 'to', 'value', 'label', 'name', 'format', 'unit', 'valueTitle', 'legend'], needs: ['from', 'to', 'value'] },
  points: { takes: ['at', 'places', 'region', 'label', 'name', 'context', 'hollow', 'legend'], needs: ['at', 'places'] },
  locator: { takes: ['region', 'label', 'title', 'colour', 'legend'], needs: [] },
};
const common = ['id', 'caption', 'mark', 'dataset', 'rows', 'filter', 'sort', 'boundaries'] as const;

/** The props, parsed and checked against their mark; throws a PropError naming the prop. */
export function parseMapProps(raw: Readonly<Record<string, unknown>>): MapProps {
  const known = Object.keys(mapShape);
  const parsed = mapSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.code === 'unrecognized_keys') {
      const key = issue.keys[0] ?? '';
      const near = closest(key, known);
      throw new PropError(key, `unknown prop of <Map>; it takes: ${quoted(known)}.${near === undefined ? '' : ` Did you mean "${near}"?`}`);
    }
    const prop = String(issue?.path[0] ?? 'mark');
    throw new PropError(prop, raw[prop] === undefined ? `missing; ${issue?.message ?? ''}` : (issue?.message ?? 'invalid'));
  }
  const props = parsed.data;
  const { takes, needs } = markProps[props.mark];
  const allowed = new Set<string>([...common, ...takes]);
  for (const key of Object.keys(props))
    if (!allowed.has(key)) throw new PropError(key, `a map of mark "${props.mark}" does not take it; it takes: ${quoted([...allowed])}`);
  for (const key of needs) if (props[key] === undefined) throw new PropError(key, `missing; a map of mark "${props.mark}" needs it`);
  if (props.format !== undefined) checkFormat(props.format);
  return props;
}
