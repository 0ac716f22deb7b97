/**
 * What editors may write in `<Map …/>`: the datasets, the kinds each supports,
 * and the props each kind takes. Pure and static, so the validator checks a
 * chapter's maps (src/report/scan.ts) before anything renders. (`<Chart>` is a
 * grammar component, src/figures/chart/; maps follow in src/figures/map/, and
 * this module goes with them.)
 */

/** Datasets a figure can draw: generic views of the report's collections. */
export const datasets = ['population', 'exports', 'forums', 'regions'] as const;
export type DatasetName = (typeof datasets)[number];

export const mapKinds = {
  /** Where the border regions lie: border regions highlighted, the state border drawn. */
  locator: ['regions'],
  /** Regions shaded by a value. */
  choropleth: ['population'],
  /** Lines from exporting to importing region, width by value. */
  flows: ['exports'],
  /** The cities where the entries took place (forums). */
  points: ['forums'],
} as const satisfies Record<string, readonly DatasetName[]>;

export type MapKind = keyof typeof mapKinds;
export type FigureComponent = 'Map';

/** Props every figure takes. */
const common = ['dataset', 'kind', 'id', 'caption'] as const;
/** Props each dataset takes besides the common ones. */
const datasetProps: Record<DatasetName, readonly string[]> = {
  population: ['year', 'country'],
  exports: ['year', 'country'],
  forums: [],
  regions: ['country'],
};
/** Props a dataset needs. */
const required: Partial<Record<DatasetName, readonly string[]>> = {
  population: ['year'],
  exports: ['year'],
};

/** The props of a figure as an editor writes them; numbers may arrive as strings from the static scan. */
export interface FigureProps {
  dataset?: string | undefined;
  kind?: string | undefined;
  id?: string | undefined;
  caption?: string | undefined;
  year?: number | string | undefined;
  country?: string | undefined;
}

export interface PropIssue {
  prop: string;
  message: string;
}

const quoteList = (xs: readonly string[]): string => xs.map((x) => `"${x}"`).join(', ');

/** Problems with a figure's props, each naming the prop: unknown dataset, kind, prop or value. */
export function figurePropIssues(component: FigureComponent, props: Readonly<Record<string, unknown>>): PropIssue[] {
  const issues: PropIssue[] = [];
  const kinds: Record<string, readonly string[]> = mapKinds;
  const kind = props['kind'];
  let dataset = props['dataset'];
  if (typeof kind !== 'string' || !(kind in kinds)) {
    issues.push({
      prop: 'kind',
      message: `${kind === undefined ? 'missing; expected' : `unknown kind "${String(kind)}"; expected`} one of: ${quoteList(Object.keys(kinds))}`,
    });
    return issues;
  }
  const allowed = kinds[kind] ?? [];
  // A map kind that draws only one dataset may leave it out.
  if (dataset === undefined && component === 'Map' && allowed.length === 1) dataset = allowed[0];
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
  const id = props['id'];
  if (id !== undefined && (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)))
    issues.push({ prop: 'id', message: 'expected a lower-case id of letters, digits and hyphens' });
  return issues;
}

/** The dataset a figure draws (a map kind of one dataset may omit it). */
export function datasetOf(_component: FigureComponent, props: FigureProps): DatasetName {
  if (props.dataset !== undefined) return props.dataset as DatasetName;
  const kinds: Record<string, readonly DatasetName[]> = mapKinds;
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
  const parts = [component, datasetOf(component, props), props.kind, props.year, props.country];
  return slug(
    parts
      .filter((p) => p !== undefined && p !== '')
      .map(String)
      .join('-'),
  );
}
