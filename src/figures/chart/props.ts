/**
 * What an editor may write in `<Chart …/>`: marks and channels named as in
 * Observable Plot and Vega-Lite, checked by one strict zod schema so a
 * misspelt prop is an error listing the known ones ("did you mean …").
 */
import { z } from 'astro/zod';
import { figureProps, queryProps } from '../../grammar/component.ts';
import { PropError, quoted } from '../../grammar/problem.ts';
import { closest } from '../../report/suggest.ts';

export const marks = ['bar', 'stacked-bar', 'line', 'area', 'dot', 'timeline'] as const;
export type Mark = (typeof marks)[number];

const text = z.string().min(1, { error: 'expected a text, not an empty one' });
const size = z.number({ error: 'expected a number of pixels, such as width={640}' }).int().min(120).max(2000);

export const chartSchema = z.strictObject({
  ...figureProps,
  ...queryProps,
  mark: z.enum(marks, { error: `expected one of: ${quoted(marks)}` }),
  /** Channels: a field, a path through links ("from.name") or a template ("{from.name} → {to.name}"). */
  x: text.optional(),
  y: text.optional(),
  /** The series: one colour per value of this field (stacked parts, lines). */
  colour: text.optional(),
  /** Text printed at each bar or point: a template where {value} is the formatted value and {share} its share of the total. */
  label: text.optional(),
  scale: z.enum(['linear', 'log'], { error: 'expected "linear" or "log"' }).optional(),
  /** A d3-format specifier (",.1f"), "compact", "ordinal" or "number"; default: the field's numberFormat, else the source's precision. */
  format: text.optional(),
  /** Axis titles (default: the field's title and unit); a category axis draws none, its title heads the data table's column. */
  xTitle: text.optional(),
  yTitle: text.optional(),
  width: size.optional(),
  height: size.optional(),
  /** Category labels longer than this many characters are wrapped onto several lines. */
  wrap: z.number().int().min(8).max(200).optional(),
  /** stacked-bar: the key of the row that states the whole, drawn as its own bar beside the stack. */
  total: text.optional(),
  /** stacked-bar: the category labels of the stack (when no `y` groups the parts) and of the stated whole. */
  stackLabel: text.optional(),
  totalLabel: text.optional(),
  /** timeline: a condition in the filter syntax; the rows that meet it are drawn as open dots. */
  hollow: text.optional(),
  /** timeline: the legend's words for the filled and the open dots. */
  legend: z.array(text).min(1).max(2).optional(),
});

export type ChartProps = z.infer<typeof chartSchema>;

/** The props, checked; the first problem is thrown as a PropError naming its prop. */
export function parseChartProps(raw: Readonly<Record<string, unknown>>): ChartProps {
  const result = chartSchema.safeParse(raw);
  if (result.success) return result.data;
  const known = Object.keys(chartSchema.shape);
  const [issue] = result.error.issues;
  if (issue?.code === 'unrecognized_keys') {
    const [key = ''] = issue.keys;
    const near = closest(key, known);
    throw new PropError(
      key,
      `unknown prop of <Chart>;${near === undefined ? '' : ` did you mean "${near}"?`} known props: ${quoted(known)}`,
    );
  }
  const prop = String(issue?.path[0] ?? 'mark');
  const value = raw[prop];
  if (value === undefined)
    throw new PropError(
      prop,
      `missing; ${issue?.message.startsWith('expected') === true ? issue.message : `expected ${prop === 'id' ? 'an id such as "fig-exports"' : 'a value'}`}`,
    );
  // An unknown mark or scale: the closest known one.
  if (issue?.code === 'invalid_value' && typeof value === 'string') {
    const options = issue.values.map(String);
    const near = closest(value, options);
    throw new PropError(
      prop,
      `unknown ${prop} "${value}";${near === undefined ? '' : ` did you mean "${near}"?`} expected one of: ${quoted(options)}`,
    );
  }
  throw new PropError(prop, issue?.message ?? 'invalid');
}

/** Props that only some marks read: writing them on another mark is an error rather than silently ignored. */
const onlyFor: Partial<Record<keyof ChartProps, readonly Mark[]>> = {
  total: ['stacked-bar'],
  stackLabel: ['stacked-bar'],
  totalLabel: ['stacked-bar'],
  hollow: ['timeline'],
  legend: ['timeline'],
  scale: ['bar', 'stacked-bar', 'line', 'area', 'dot'],
};

export function checkMarkProps(p: ChartProps): void {
  for (const [prop, allowed] of Object.entries(onlyFor)) {
    if (p[prop as keyof ChartProps] !== undefined && !allowed.includes(p.mark))
      throw new PropError(prop, `only a chart of mark ${quoted(allowed)} takes "${prop}"; this one is mark="${p.mark}"`);
  }
}
