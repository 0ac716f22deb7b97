/**
 * What <Value …/> prints: a number pulled from the data (or computed from it)
 * and worded for prose, so the text cannot drift from the data. Pure, so every
 * prop combination is unit-tested; a wrong id or combination throws, naming
 * the component, the prop and the id, and the build stops.
 */
import { byId, countBorderRegions, flowShare, populationRows, selectFlows, sumFlows, sumPopulation } from '../../lib/figures.ts';
import { formatCount, formatDecimal, formatKeyFigure, formatNumber, formatPercent } from '../../lib/format.ts';
import type { MdxData } from './data.ts';
import { sourceNamer, sourcesText, uniqueSources, type Source } from './sources.ts';

export interface ValueProps {
  /** Id of a key figure: "about 7,500 km". */
  figure?: string;
  /** ISO code of a region: its population, "881,456". */
  region?: string;
  /** Id of a trade flow: "743,897.5 thousand US dollars"; with `share`, its share of the year's flows. */
  flow?: string;
  share?: boolean;
  /** A computed total: "population" (of `country`'s regions counted in `year`) or "exports" (flows of `year`). */
  total?: string;
  /** A computed count: "border-regions" (of `country`), in words up to twelve. */
  count?: string;
  year?: number | string;
  /** ISO 3166-1 alpha-2 code that narrows a total or count. */
  country?: string;
}

export interface ResolvedValue {
  /** What the reader sees. */
  text: string;
  /** Machine-readable number for <data value>. */
  value: string;
  /** Names the datum and its source. */
  title: string;
}

const modes = ['figure', 'region', 'flow', 'total', 'count'] as const;
type Mode = (typeof modes)[number];
/** The props each mode accepts besides its own. */
const extras: Record<Mode, readonly (keyof ValueProps)[]> = {
  figure: [],
  region: [],
  flow: ['share'],
  total: ['year', 'country'],
  count: ['country'],
};
const known = new Set<string>([...modes, 'share', 'year', 'country']);

/** ` figure="x" year={2024}`: the props as an author wrote them, for error messages. */
function describe(props: ValueProps): string {
  return Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => (typeof v === 'string' ? `${k}="${v}"` : v === true ? k : `${k}={${String(v)}}`))
    .map((p) => ` ${p}`)
    .join('');
}

export function resolveValue(props: ValueProps, data: MdxData): ResolvedValue {
  const fail = (prop: string, message: string): Error => new Error(`<Value${describe(props)} />: prop "${prop}": ${message}`);
  for (const key of Object.keys(props)) if (!known.has(key)) throw fail(key, `unknown prop; expected one of: ${[...known].join(', ')}`);
  const given = modes.filter((m) => props[m] !== undefined);
  const [mode] = given;
  if (mode === undefined || given.length > 1) throw fail(given[1] ?? 'figure', `expected exactly one of ${modes.join(', ')}`);
  for (const key of ['share', 'year', 'country'] as const) {
    if (props[key] !== undefined && !extras[mode].includes(key))
      throw fail(key, `cannot be combined with "${mode}"; it goes with ${modes.filter((m) => extras[m].includes(key)).join(' or ')}`);
  }
  const name = sourceNamer(data.references);
  const cite = (sources: readonly Source[]): string => sourcesText(uniqueSources(sources).map(name));
  const id = String(props[mode]);
  const country = props.country;
  const year = (): number => {
    const y = Number(props.year);
    if (props.year === undefined || !Number.isInteger(y))
      throw fail('year', `expected a year such as year={2015}, got ${props.year === undefined ? 'nothing' : `"${props.year}"`}`);
    return y;
  };

  switch (mode) {
    case 'figure': {
      const fig = byId(data.keyFigures, id);
      if (!fig) throw fail('figure', `unknown keyFigures id "${id}"`);
      return {
        text: formatKeyFigure(fig).text,
        value: String(fig.value),
        title: `${fig.label}${fig.year === undefined ? '' : `, ${fig.year}`} (source: ${cite([fig.source])})`,
      };
    }
    case 'region': {
      const region = byId(data.regions, id);
      if (!region) throw fail('region', `unknown regions id "${id}"`);
      if (!region.population) throw fail('region', `region "${id}" has no population in the data`);
      const p = region.population;
      return {
        text: formatNumber(p.value),
        value: String(p.value),
        title: `Population of ${region.nameEn}, ${p.year} (source: ${cite([p.source])})`,
      };
    }
    case 'flow': {
      const flow = byId(data.tradeFlows, id);
      if (!flow) throw fail('flow', `unknown tradeFlows id "${id}"`);
      const what = `Exports from ${byId(data.regions, flow.from)?.nameEn ?? flow.from} to ${byId(data.regions, flow.to)?.nameEn ?? flow.to}, ${flow.year}`;
      if (props.share === true) {
        const share = flowShare(flow, data.tradeFlows);
        return {
          text: formatPercent(share, 1),
          value: String(Math.round(share * 1000) / 1000),
          title: `${what}, as a share of all ${flow.year} flows in the data (computed from: ${cite(data.tradeFlows.filter((f) => f.year === flow.year).map((f) => f.source))})`,
        };
      }
      return {
        text: `${formatDecimal(flow.value, 1)} thousand US dollars`,
        value: String(flow.value),
        title: `${what} (source: ${cite([flow.source])})`,
      };
    }
    case 'total': {
      const y = year();
      if (id === 'population') {
        const rows = populationRows(data.regions, y, country);
        if (rows.length === 0)
          throw fail('total', `no region${country === undefined ? '' : ` of ${country}`} has a population counted in ${y}`);
        const sum = sumPopulation(data.regions, y, country);
        return {
          text: formatNumber(sum),
          value: String(sum),
          title: `Population of ${rows.length} regions${country === undefined ? '' : ` of ${country}`}, ${y}, summed (source: ${cite(rows.map((r) => r.region.population?.source).filter((s) => s !== undefined))})`,
        };
      }
      if (id === 'exports') {
        const flows = selectFlows(data.tradeFlows, data.regions, y, country);
        if (flows.length === 0) throw fail('total', `no trade flow${country === undefined ? '' : ` from ${country}`} in ${y}`);
        const sum = sumFlows(flows);
        return {
          text: `${formatDecimal(sum, 1)} thousand US dollars`,
          value: String(sum),
          title: `Sum of ${flows.length} trade flows, ${y} (source: ${cite(flows.map((f) => f.source))})`,
        };
      }
      throw fail('total', `unknown total "${id}"; expected "population" or "exports"`);
    }
    case 'count': {
      if (id !== 'border-regions') throw fail('count', `unknown count "${id}"; expected "border-regions"`);
      const regions = data.regions.filter((r) => r.border && (country === undefined || r.country === country));
      const n = countBorderRegions(data.regions, country);
      if (n === 0) throw fail('country', `no border region${country === undefined ? '' : ` in country "${country}"`}`);
      return {
        text: formatCount(n),
        value: String(n),
        title: `Border regions${country === undefined ? '' : ` of ${country}`} in the data (source: ${cite(regions.map((r) => r.source))})`,
      };
    }
  }
}
