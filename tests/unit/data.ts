/** Test data: the second-report fixture as loaded by the engine. */
import { loadReport } from '../../src/report/load.ts';
import { fixtureRoot } from '../helpers/paths.ts';

/** The fixture's validated report. */
export const fixtureReport = loadReport(fixtureRoot);

/** The fixture's record collections. */
export const fixture = fixtureReport.data;
