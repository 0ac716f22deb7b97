/** What each mark gives the figure: the chart model, its text alternative, its data table and the rows whose sources the figure cites. */
import type { ChartModel } from '../../charts/config.ts';
import type { TableRow } from '../../grammar/tables.ts';
import type { FigureTable } from '../figure.ts';

export interface MarkContent {
  chart: ChartModel;
  description: string;
  table: FigureTable;
  sourceRows: readonly TableRow[];
}
