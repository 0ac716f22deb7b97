/**
 * From a figure's props and the report's data to everything the figure shows:
 * the chart (or map) model, a default caption, a text description generated
 * from the data (largest, smallest, share), the data as a table, and the
 * sources. Pure: tested directly, and shared by the pages and the downloads.
 */
import { exactSum, populationRows, selectFlows } from '../lib/figures.ts';
import { formatDecimal, formatKeyFigure, formatNumber, formatPercent } from '../lib/format.ts';
import type { FigureRecords, KeyFigure } from './legacy-data.ts';
import type { TimelinePoint } from './config.ts';
import { uniqueSources } from '../lib/sources.ts';
import { datasetOf, figurePropIssues, figureId, type FigureComponent, type FigureProps } from './spec.ts';

export type FigureData = Pick<FigureRecords, 'regions' | 'tradeFlows' | 'keyFigures' | 'instruments' | 'forums' | 'references'>;

export type { Source, FigureContent, FigureTable } from '../figures/figure.ts';
import type { FigureContent, FigureTable } from '../figures/figure.ts';

/** An error naming the component, its props and the prop at fault, as the build prints it. */
export function figureError(component: FigureComponent, props: FigureProps, prop: string, message: string): Error {
  const shown = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => (typeof v === 'string' ? ` ${k}="${v}"` : ` ${k}={${JSON.stringify(v)}}`))
    .join('');
  return new Error(`<${component}${shown} />: prop "${prop}": ${message}`);
}

const regionName = (data: FigureData, id: string): string => data.regions.find((r) => r.id === id)?.shortName ?? id;

/** Wraps a long category label into lines of about `width` characters. */
function wrap(text: string, width = 30): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const levelNames: Record<string, string> = {
  'council-of-europe': 'Council of Europe',
  cis: 'CIS (multilateral)',
  'bilateral-interstate': 'Bilateral, interstate',
  intergovernmental: 'Intergovernmental',
  interagency: 'Interagency',
  regional: 'Regional',
  national: 'National',
  corporate: 'Corporate',
};
const humanise = (s: string): string => levelNames[s] ?? s.charAt(0).toUpperCase() + s.slice(1).replace(/-/g, ' ');

/** Decimal year of a partial date: "2003-04" → 2003.25. */
const decimalYear = (d: string): number => {
  const [y = '0', m] = d.split('-');
  return Number(y) + (m === undefined ? 0.5 : (Number(m) - 0.5) / 12);
};

function yearOf(component: FigureComponent, props: FigureProps): number {
  const year = Number(props.year);
  if (!Number.isInteger(year)) throw figureError(component, props, 'year', `expected a year such as year={2015}`);
  return year;
}

/** Regions' population in one year, largest first. */
export function populationFigure(
  component: FigureComponent,
  props: FigureProps,
  data: FigureData,
): Omit<FigureContent, 'chart'> & { rows: Array<{ id: string; name: string; value: number }> } {
  const year = yearOf(component, props);
  const found = populationRows(data.regions, year, props.country);
  if (found.length === 0)
    throw figureError(
      component,
      props,
      'year',
      `no region${props.country === undefined ? '' : ` of ${props.country}`} has a population counted in ${year}`,
    );
  const rows = [...found].sort((a, b) => b.value - a.value).map((r) => ({ id: r.region.id, name: r.region.shortName, value: r.value }));
  const total = exactSum(rows.map((r) => r.value));
  const share = (v: number): string => formatPercent((v / total) * 100, 1);
  const first = rows[0];
  const last = rows.at(-1);
  const description =
    first && last
      ? `${rows.length} regions with ${formatNumber(total)} people in ${year}. ${first.name} has the most, ${formatNumber(first.value)} (${share(first.value)} of the total); ${last.name} the fewest, ${formatNumber(last.value)} (${share(last.value)}).`
      : '';
  return {
    id: figureId(component, props),
    component,
    caption: `Population by region, ${year}`,
    description,
    sources: uniqueSources(found.flatMap((r) => (r.region.population ? [r.region.population.source] : []))),
    rows,
    table: {
      columns: [
        { label: 'Region', numeric: false },
        { label: 'Population', numeric: true },
        { label: 'Share of total', numeric: true },
      ],
      rows: rows.map((r) => [r.name, formatNumber(r.value), share(r.value)]),
      foot: ['Total', formatNumber(total), '100%'],
      csvColumns: ['region_id', 'region', 'year', 'population'],
      csvRows: rows.map((r) => [r.id, r.name, year, r.value]),
    },
  };
}

/** One year's flows between regions, largest first. */
export function exportsFigure(
  component: FigureComponent,
  props: FigureProps,
  data: FigureData,
): Omit<FigureContent, 'chart'> & { rows: Array<{ from: string; to: string; label: string; value: number; share: number }> } {
  const year = yearOf(component, props);
  const flows = selectFlows(data.tradeFlows, data.regions, year, props.country);
  if (flows.length === 0) throw figureError(component, props, 'year', `no trade flow in ${year}`);
  const total = exactSum(flows.map((f) => f.value));
  const rows = [...flows]
    .sort((a, b) => b.value - a.value)
    .map((f) => ({
      from: f.from,
      to: f.to,
      label: `${regionName(data, f.from)} → ${regionName(data, f.to)}`,
      value: f.value,
      share: (f.value / total) * 100,
    }));
  const first = rows[0];
  const last = rows.at(-1);
  const description =
    first && last
      ? `${rows.length} pairs of regions, ${formatDecimal(total, 1)} thousand US dollars in ${year}. ${first.label} alone carries ${formatPercent(first.share, 1)} (${formatDecimal(first.value, 1)}); the other ${rows.length - 1} pairs share the remaining ${formatPercent(100 - first.share, 1)}. The smallest, ${last.label}, is ${formatDecimal(last.value, 1)} (${formatPercent(last.share, 1)}).`
      : '';
  return {
    id: figureId(component, props),
    component,
    caption: `Exports by pair of regions, ${year}, thousand US dollars`,
    description,
    sources: uniqueSources(flows.map((f) => f.source)),
    rows,
    table: {
      columns: [
        { label: 'From → to', numeric: false },
        { label: 'Thousand US dollars', numeric: true },
        { label: 'Share', numeric: true },
      ],
      rows: rows.map((r) => [r.label, formatDecimal(r.value, 1), formatPercent(r.share, 1)]),
      foot: ['Total', formatDecimal(total, 1), '100%'],
      csvColumns: ['from_id', 'from', 'to_id', 'to', 'year', 'value_thousand_usd', 'share_percent'],
      csvRows: rows.map((r) => [
        r.from,
        regionName(data, r.from),
        r.to,
        regionName(data, r.to),
        year,
        r.value,
        Math.round(r.share * 100) / 100,
      ]),
    },
  };
}

function keyFiguresOf(
  component: FigureComponent,
  props: FigureProps,
  data: FigureData,
  prop: 'ids' | 'total',
  ids: readonly string[],
): KeyFigure[] {
  return ids.map((id) => {
    const fig = data.keyFigures.find((k) => k.id === id);
    if (!fig) throw figureError(component, props, prop, `unknown keyFigures id "${id}"`);
    return fig;
  });
}

function keyFiguresChart(component: FigureComponent, props: FigureProps, data: FigureData): FigureContent {
  const figs = keyFiguresOf(component, props, data, 'ids', props.ids ?? []);
  const units = new Set(figs.map((f) => f.unit));
  if (units.size > 1)
    throw figureError(
      component,
      props,
      'ids',
      `the figures have different units (${[...units].join(', ')}); a chart compares figures of one unit`,
    );
  const table: FigureTable = {
    columns: [
      { label: 'Figure', numeric: false },
      { label: 'Value', numeric: true },
    ],
    rows: figs.map((f) => [f.label, formatKeyFigure(f).text]),
    csvColumns: ['id', 'label', 'qualifier', 'value', 'unit', 'year'],
    csvRows: figs.map((f) => [f.id, f.label, f.qualifier, f.value, f.unit, f.year ?? null]),
  };
  const base = { id: figureId(component, props), component, sources: uniqueSources(figs.map((f) => f.source)), table };
  const valueTitle = figs[0]?.unit === 'USD' ? 'US dollars' : (figs[0]?.noun ?? figs[0]?.unit ?? '');

  if (props.kind === 'parts') {
    const [whole] = keyFiguresOf(component, props, data, 'total', [props.total ?? '']);
    if (!whole) throw figureError(component, props, 'total', 'missing');
    const sum = exactSum(figs.map((f) => f.value));
    table.rows.push([`${whole.label} (stated)`, formatKeyFigure(whole).text]);
    table.csvRows.push([whole.id, whole.label, whole.qualifier, whole.value, whole.unit, whole.year ?? null]);
    table.foot = ['Sum of the parts', formatNumber(sum)];
    const stated = formatKeyFigure(whole).text;
    return {
      ...base,
      sources: uniqueSources([...figs, whole].map((f) => f.source)),
      caption: whole.label,
      description: `The ${figs.length} parts add up to ${formatNumber(sum)}; the source states ${stated} in all. The largest part: ${figs.reduce((a, b) => (b.value > a.value ? b : a)).label.toLowerCase()}, ${formatNumber(Math.max(...figs.map((f) => f.value)))}.`,
      chart: {
        type: 'bar',
        width: 640,
        height: 220,
        horizontal: true,
        stacked: true,
        log: false,
        ticks: 'number',
        legend: true,
        valueTitle,
        labels: ['By kind', 'Stated total'],
        labelsInside: true,
        series: [
          ...figs.map((f, i) => ({
            label: wrap(f.label, 60).join(' '),
            values: [f.value, 0],
            colour: (['s1', 's2', 's3', 's4', 's6'] as const)[i % 5] ?? 's1',
            valueLabels: [formatNumber(f.value), ''],
          })),
          { label: `Stated total: ${stated}`, values: [0, whole.value], colour: 'muted', valueLabels: ['', formatNumber(whole.value)] },
        ],
      },
    };
  }

  const sorted = [...figs].sort((a, b) => b.value - a.value);
  const first = sorted[0];
  const last = sorted.at(-1);
  return {
    ...base,
    caption: figs.map((f) => f.label).join(' and '),
    description:
      first && last && last.value > 0
        ? `${first.label}: ${formatKeyFigure(first).text}; ${last.label.charAt(0).toLowerCase()}${last.label.slice(1)}: ${formatKeyFigure(last).text}, ${formatNumber(Math.round((first.value / last.value) * 10) / 10)} times less.`
        : '',
    chart: {
      type: 'bar',
      width: 640,
      height: 70 + figs.length * 64,
      horizontal: true,
      stacked: false,
      log: false,
      ticks: 'compact',
      legend: false,
      valueTitle,
      labels: figs.map((f) => wrap(f.label, 28)),
      series: [
        { label: valueTitle, values: figs.map((f) => f.value), colour: 's1', valueLabels: figs.map((f) => formatKeyFigure(f).text) },
      ],
    },
  };
}

function instrumentsChart(component: FigureComponent, props: FigureProps, data: FigureData): FigureContent {
  const by = (props.by ?? 'level') as 'level' | 'kind' | 'status';
  const dated = data.instruments.filter((i) => i.signed !== undefined);
  const undated = data.instruments.filter((i) => i.signed === undefined);
  const groups = [...new Set(data.instruments.map((i) => i[by]))];
  const rows = groups.map(humanise);
  const points: TimelinePoint[] = dated.map((i) => ({
    x: decimalYear(i.signed ?? ''),
    row: groups.indexOf(i[by]),
    label: `${i.shortTitle} (${i.signed})`,
    hollow: i.status === 'draft' || i.status === 'not-adopted' || i.kind === 'draft',
  }));
  const years = dated.map((i) => Number((i.signed ?? '').slice(0, 4)));
  const counts = groups.map((g) => ({ g, n: data.instruments.filter((i) => i[by] === g).length })).sort((a, b) => b.n - a.n);
  const top = counts[0];
  return {
    id: figureId(component, props),
    component,
    caption: `Legal instruments by year of signature and ${by}`,
    description: `${data.instruments.length} instruments, ${dated.length} of them dated, signed between ${Math.min(...years)} and ${Math.max(...years)}. The most are at the ${top ? humanise(top.g).toLowerCase() : ''} ${by} (${top?.n ?? 0}).${undated.length > 0 ? ` ${undated.length} have no date in the source and are listed in the table only.` : ''} Hollow dots are drafts.`,
    sources: uniqueSources(data.instruments.map((i) => i.source)),
    table: {
      columns: [
        { label: 'Instrument', numeric: false },
        { label: humanise(by), numeric: false },
        { label: 'Signed', numeric: true },
        { label: 'Status', numeric: false },
      ],
      rows: data.instruments.map((i) => [i.shortTitle, humanise(i[by]), i.signed ?? '—', i.status.replace(/-/g, ' ')]),
      csvColumns: ['id', 'title', by, 'signed', 'status'],
      csvRows: data.instruments.map((i) => [i.id, i.shortTitle, i[by], i.signed ?? null, i.status]),
    },
    chart: {
      type: 'timeline',
      width: 720,
      height: 70 + rows.length * 34,
      rows,
      points,
      pointLabels: false,
      xMin: Math.floor(Math.min(...years) / 5) * 5,
      xMax: Math.ceil((Math.max(...years) + 1) / 5) * 5,
      legend: [
        { label: 'Signed or adopted', hollow: false },
        { label: 'Draft', hollow: true },
      ],
    },
  };
}

function forumsChart(component: FigureComponent, props: FigureProps, data: FigureData): FigureContent {
  const forums = [...data.forums].sort((a, b) => a.date.localeCompare(b.date));
  const name = (f: FigureData['forums'][number]): string => `${f.number === undefined ? '' : `${f.number}. `}${f.city}`;
  const first = forums[0];
  const last = forums.at(-1);
  const years = forums.map((f) => Number(f.date.slice(0, 4)));
  const gaps = forums
    .slice(1)
    .map((f, i) => ({ from: forums[i], to: f, gap: Number(f.date.slice(0, 4)) - Number(forums[i]?.date.slice(0, 4)) }));
  const widest = gaps.reduce<(typeof gaps)[number] | undefined>((a, b) => (a === undefined || b.gap > a.gap ? b : a), undefined);
  return {
    id: figureId(component, props),
    component,
    caption: 'Forums by year and host city',
    description:
      first && last
        ? `${forums.length} forums in the data, from ${first.city} (${first.date.slice(0, 4)}) to ${last.city} (${last.date.slice(0, 4)}${last.planned ? ', planned' : ''}).${widest && widest.gap > 1 ? ` The longest gap in the record is ${widest.gap} years, between ${widest.from?.city} and ${widest.to.city}.` : ''} ${forums.filter((f) => f.planned).length > 0 ? 'Hollow dots are planned forums.' : ''}`.trim()
        : '',
    sources: uniqueSources(forums.map((f) => f.source)),
    table: {
      columns: [
        { label: 'Forum', numeric: true },
        { label: 'Date', numeric: true },
        { label: 'City', numeric: false },
        { label: 'Region', numeric: false },
        { label: 'Held', numeric: false },
      ],
      rows: forums.map((f) => [
        f.number === undefined ? '—' : String(f.number),
        f.date,
        f.city,
        regionName(data, f.region),
        f.planned ? 'planned' : 'held',
      ]),
      csvColumns: ['id', 'number', 'date', 'city', 'region_id', 'planned'],
      csvRows: forums.map((f) => [f.id, f.number ?? null, f.date, f.city, f.region, f.planned]),
    },
    chart: {
      type: 'timeline',
      width: 720,
      height: 170,
      rows: [''],
      pointLabels: true,
      points: forums.map((f) => ({ x: decimalYear(f.date), row: 0, label: `${name(f)} ${f.date.slice(0, 4)}`, hollow: f.planned })),
      xMin: Math.min(...years) - 1,
      xMax: Math.max(...years) + 2,
      legend: [
        { label: 'Held', hollow: false },
        { label: 'Planned', hollow: true },
      ],
    },
  };
}

/** Everything a `<Chart>` shows. Throws, naming the prop, for props the static check could not judge (a year without data). */
export function chartContent(props: FigureProps, data: FigureData): FigureContent {
  const component = 'Chart';
  const [issue] = figurePropIssues(component, props as Record<string, unknown>);
  if (issue) throw figureError(component, props, issue.prop, issue.message);
  const withCaption = (c: FigureContent): FigureContent => (props.caption === undefined ? c : { ...c, caption: props.caption });
  switch (datasetOf(component, props)) {
    case 'population': {
      const f = populationFigure(component, props, data);
      return withCaption({
        ...f,
        chart: {
          type: 'bar',
          width: 640,
          height: 70 + f.rows.length * 36,
          horizontal: true,
          stacked: false,
          log: false,
          ticks: 'compact',
          legend: false,
          valueTitle: 'People',
          labels: f.rows.map((r) => r.name),
          series: [
            {
              label: 'Population',
              values: f.rows.map((r) => r.value),
              colour: 's1',
              valueLabels: f.rows.map((r) => formatNumber(r.value)),
            },
          ],
        },
      });
    }
    case 'exports': {
      const f = exportsFigure(component, props, data);
      return withCaption({
        ...f,
        description: `${f.description} The scale is logarithmic: each gridline is ten times the one before, so the small flows stay readable.`,
        chart: {
          type: 'bar',
          width: 680,
          height: 70 + f.rows.length * 30,
          horizontal: true,
          stacked: false,
          log: true,
          ticks: 'compact',
          legend: false,
          valueTitle: 'Thousand US dollars (logarithmic scale)',
          labels: f.rows.map((r) => r.label),
          series: [
            {
              label: 'Exports, thousand US dollars',
              values: f.rows.map((r) => r.value),
              colour: 's1',
              valueLabels: f.rows.map((r) => `${formatDecimal(r.value, 1)} (${formatPercent(r.share, 1)})`),
            },
          ],
        },
      });
    }
    case 'keyFigures':
      return withCaption(keyFiguresChart(component, props, data));
    case 'instruments':
      return withCaption(instrumentsChart(component, props, data));
    case 'forums':
      return withCaption(forumsChart(component, props, data));
    case 'regions':
      throw figureError(component, props, 'dataset', 'the regions dataset is drawn by <Map kind="locator" />');
  }
}
