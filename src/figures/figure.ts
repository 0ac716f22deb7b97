/**
 * What a figure shows, whatever draws it (a chart, a map): its caption, a
 * description generated from the data, its sources, its data as a table (shown
 * and downloaded) and, for a chart, the chart model. Shared by the pages and
 * the download endpoints.
 */
import type { ChartModel } from '../charts/config.ts';
import type { Source } from '../lib/sources.ts';

export type { Source } from '../lib/sources.ts';

/** One value of a data table or its CSV. */
export type Cell = string | number | boolean | null;

export interface FigureTable {
  /** Column headings as shown. */
  columns: Array<{ label: string; numeric: boolean }>;
  /** Cells as shown. */
  rows: string[][];
  /** CSV header and raw values, for the download. */
  csvColumns: string[];
  csvRows: Cell[][];
  /** A closing row (a total), shown and downloaded. */
  foot?: string[];
}

export type FigureComponent = 'Chart' | 'Map';

export interface FigureContent {
  id: string;
  component: FigureComponent;
  caption: string;
  description: string;
  sources: Source[];
  table: FigureTable;
  /** Present for charts. */
  chart?: ChartModel;
}
