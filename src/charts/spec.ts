/**
 * What editors may write in `<Chart …/>` and `<Map …/>`: the datasets, the
 * kinds each supports, and the props each kind takes. Pure and static, so the
 * validator checks a chapter's figures (src/report/scan.ts) before anything
 * renders, and the components and download endpoints share one definition.
 */

/** Datasets a figure can draw: generic views of the report's collections. */
export const datasets = ['population', 'exports', 'keyFigures', 'instruments', 'forums', 'regions'] as const;
export type DatasetName = (typeof datasets)[number];

export const chartKinds = {
  /** Bars of one value per region (population), per pair of regions (exports) or per key figure. */
  bar: ['population', 'exports', 'keyFigures'],
  /** One stacked bar of the parts (`ids`) beside the stated total (`total`). */
  parts: ['keyFigures'],
  /** Dots on a time axis, one row per group. */
  timeline: ['instruments', 'forums'],
} as const satisfies Record<string, readonly DatasetName[]>;

export type ChartKind = keyof typeof chartKinds;
export type FigureComponent = 'Chart' | 'Map';

/** Props every figure takes. */
const common = ['dataset', 'kind', 'id', 'caption'] as const;
/** Props each dataset takes besides the common ones. */
const datasetProps: Record<DatasetName, readonly string[]> = {
  population: ['year', 'country'],
  exports: ['year', 'country'],
  keyFigures: ['ids', 'total'],
  instruments: ['by'],
  forums: [],
  regions: ['country'],
};
/** Props a dataset needs. */
const required: Partial<Record<DatasetName, readonly string[]>> = {
  population: ['year'],
  exports: ['year'],
  keyFigures: ['ids'],
};
/** Fields an instrument timeline can group by. */
export const instrumentGroupings = ['level', 'kind', 'status'] as const;

/** The props of a figure as an editor writes them; numbers may arrive as strings from the static scan. */
export interface FigureProps {
  dataset?: string | undefined;
  kind?: string | undefined;
  id?: string | undefined;
  caption?: string | undefined;
  year?: number | string | undefined;
  country?: string | undefined;
  ids?: readonly string[] | undefined;
  total?: string | undefined;
  by?: string | undefined;
}

export interface PropIssue {
  prop: string;
  message: string;
}

const quoteList = (xs: readonly string[]): string => xs.map((x) => `"${x}"`).join(', ');

/** Problems with a figure's props, each naming the prop: unknown dataset, kind, prop or value. */
export function figurePropIssues(component: FigureComponent, props: Readonly<Record<string, unknown>>): PropIssue[] {
  const issues: PropIssue[] = [];
  const kinds: Record<string, readonly string[]> = chartKinds;
  const kind = props['kind'];
  const dataset = props['dataset'];
  if (typeof kind !== 'string' || !(kind in kinds)) {
    issues.push({
      prop: 'kind',
      message: `${kind === undefined ? 'missing; expected' : `unknown kind "${String(kind)}"; expected`} one of: ${quoteList(Object.keys(kinds))}`,
    });
    return issues;
  }
  const allowed = kinds[kind] ?? [];
  if (typeof dataset !== 'string' || !(datasets as readonly string[]).includes(dataset)) {
    issues.push({
      prop: 'dataset',
      message: `${dataset === undefined ? 'missing; expected' : `unknown dataset "${String(dataset)}"; expected`} one of: ${quoteList(datasets)}`,
    });
    return issues;
  }
  if (!allowed.includes(dataset)) {
    issues.push({
      prop: 'kind',
      message: `a ${component.toLowerCase()} of kind "${kind}" cannot draw the dataset "${dataset}"; it draws: ${quoteList(allowed)}`,
    });
    return issues;
  }
  const d = dataset as DatasetName;
  const known = new Set<string>([...common, ...datasetProps[d]]);
  for (const key of Object.keys(props)) {
    if (!known.has(key)) issues.push({ prop: key, message: `unknown prop for dataset "${d}"; expected one of: ${quoteList([...known])}` });
  }
  for (const key of required[d] ?? []) {
    if (props[key] === undefined) issues.push({ prop: key, message: `missing; the dataset "${d}" needs it` });
  }
  const year = props['year'];
  if (year !== undefined && !Number.isInteger(Number(year)))
    issues.push({ prop: 'year', message: `expected a year such as year={2015}, got "${String(year)}"` });
  const country = props['country'];
  if (country !== undefined && (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)))
    issues.push({ prop: 'country', message: `expected a two-letter country code such as "KZ", got "${String(country)}"` });
  const by = props['by'];
  if (by !== undefined && !(instrumentGroupings as readonly unknown[]).includes(by))
    issues.push({ prop: 'by', message: `unknown field "${String(by)}"; expected one of: ${quoteList(instrumentGroupings)}` });
  if (kind === 'parts' && props['total'] === undefined)
    issues.push({ prop: 'total', message: 'missing; a "parts" chart needs the id of the key figure that states the whole' });
  if (kind !== 'parts' && props['total'] !== undefined)
    issues.push({ prop: 'total', message: 'only a chart of kind "parts" takes a total' });
  const id = props['id'];
  if (id !== undefined && (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)))
    issues.push({ prop: 'id', message: 'expected a lower-case id of letters, digits and hyphens' });
  return issues;
}

/** The dataset a figure draws (a map kind of one dataset may omit it). */
export function datasetOf(_component: FigureComponent, props: FigureProps): DatasetName {
  if (props.dataset !== undefined) return props.dataset as DatasetName;
  const kinds: Record<string, readonly DatasetName[]> = chartKinds;
  const only = kinds[props.kind ?? ''];
  return only?.[0] ?? 'regions';
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The figure's id: its `id` prop, or one made from what it shows ("chart-population-bar-2015-kz"). */
export function figureId(component: FigureComponent, props: FigureProps): string {
  if (props.id !== undefined) return props.id;
  const parts = [
    component,
    datasetOf(component, props),
    props.kind,
    props.year,
    props.country,
    props.by,
    props.total,
    ...(props.ids ?? []).slice(0, 1),
  ];
  return slug(
    parts
      .filter((p) => p !== undefined && p !== '')
      .map(String)
      .join('-'),
  );
}
