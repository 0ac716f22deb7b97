/**
 * Renders every figure of the report at REPORT_ROOT (default: the project) and
 * prints one line per figure: its id and the SHA-256 of its SVG. Run by
 * machine-independent.test.ts inside a namespace without system fonts, and
 * compared with the same render made normally.
 */
import crypto from 'node:crypto';
import { chartContent, reportChartContext } from '../../src/figures/chart/index.ts';
import { renderChartSvg } from '../../src/charts/render.ts';
import { figureUsages } from '../../src/report/scan.ts';
import { reportMap } from '../../src/figures/map/index.ts';
import { loadReport } from '../../src/report/load.ts';

/** id → SHA-256 of the SVG, for every <Chart> and <Map> the chapters of the report at `root` place. */
export function figureDigests(root: string): Record<string, string> {
  const report = loadReport(root);
  const out: Record<string, string> = {};
  for (const u of figureUsages(report)) {
    let svg: string;
    if (u.component === 'Map')
      svg = reportMap(report, u.props as Record<string, unknown>, (_table, id) => `/regions/${id.toLowerCase()}/`).svg;
    else {
      const c = chartContent(u.props, reportChartContext(report));
      if (!c.chart) throw new Error(`no chart for ${u.id}`);
      svg = renderChartSvg(c.chart, c.id);
    }
    out[u.id] = crypto.createHash('sha256').update(svg).digest('hex');
  }
  return out;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  console.log(JSON.stringify(figureDigests(process.env['REPORT_ROOT'] ?? process.cwd())));
}
