/**
 * `<Chart>`: a chart of any table, by mark and channels. `chartGrammar` is
 * what the validator runs on every tag a chapter places; `chartContent` is
 * everything the figure shows (model, caption, text alternative, data table,
 * sources). Pure: the pages, the downloads and the tests share it.
 */
import type { GrammarComponent } from '../../grammar/component.ts';
import { PropError } from '../../grammar/problem.ts';
import { uniqueSources } from '../../lib/sources.ts';
import type { FigureContent } from '../figure.ts';
import { barChart } from './bar.ts';
import { encode, vocabulariesOf, type ChartContext } from './encode.ts';
import { tablesOf } from '../../grammar/tables.ts';
import { translator, type Catalogue } from '../../i18n/messages.ts';
import type { MarkContent } from './mark.ts';
import { stackedChart } from './stacked.ts';
import { timelineChart } from './timeline.ts';
import { xyChart } from './xy.ts';

export type { ChartContext } from './encode.ts';

/**
 * The context a report's charts are drawn in: its tables, language, messages
 * and vocabularies; `locale` (a page's language) draws them in its words, the
 * site's language without it.
 */
export function reportChartContext(
  report: Parameters<typeof tablesOf>[0] & { site: { lang: string }; catalogues?: ReadonlyMap<string, Catalogue> | undefined },
  locale: string = report.site.lang,
): ChartContext {
  const catalogue = report.catalogues?.get(locale);
  return {
    tables: tablesOf(report, locale),
    locale,
    ...(catalogue === undefined ? {} : { t: translator(locale, catalogue) }),
    vocabularies: vocabulariesOf(report.site),
  };
}

function markContent(raw: Readonly<Record<string, unknown>>, ctx: ChartContext): { id: string; caption: string; mark: MarkContent } {
  const enc = encode(raw, ctx);
  const { mark, id, caption } = enc.props;
  switch (mark) {
    case 'bar':
      return { id, caption, mark: barChart(enc) };
    case 'stacked-bar':
      return { id, caption, mark: stackedChart(enc) };
    case 'line':
    case 'area':
    case 'dot':
      return { id, caption, mark: xyChart(enc, mark) };
    case 'timeline':
      return { id, caption, mark: timelineChart(enc) };
  }
}

export const chartGrammar: GrammarComponent = {
  check: (props, ctx) => {
    try {
      markContent(props, ctx);
    } catch (e) {
      // A table without columns is one whose file could not be read (its own error says so): a chart reaching it through a link is not at fault.
      const unread = [...ctx.tables.values()].filter((t) => t.columns.length === 0).map((t) => `dataset "${t.name}"`);
      if (e instanceof PropError && unread.some((t) => e.message.includes(t))) return;
      throw e;
    }
  },
};

/** The tag as the build names it in an error: `<Chart id="fig-x" />`. */
const tagOf = (raw: Readonly<Record<string, unknown>>): string =>
  typeof raw['id'] === 'string'
    ? `<Chart id="${raw['id']}" />`
    : typeof raw['dataset'] === 'string'
      ? `<Chart dataset="${raw['dataset']}" />`
      : '<Chart />';

/** Everything a `<Chart>` shows; a mistake throws an Error naming the tag and the prop. */
export function chartContent(raw: Readonly<Record<string, unknown>>, ctx: ChartContext): FigureContent {
  try {
    const { id, caption, mark } = markContent(raw, ctx);
    return {
      id,
      component: 'Chart',
      caption,
      description: mark.description,
      sources: uniqueSources(mark.sourceRows.flatMap((r) => r.sources)),
      table: mark.table,
      chart: mark.chart,
    };
  } catch (e) {
    if (e instanceof PropError) throw new Error(`${tagOf(raw)}: prop "${e.prop}": ${e.message}`, { cause: e });
    throw e;
  }
}
