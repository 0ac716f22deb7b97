/**
 * The exact decimal type of datasets (decimal.js). Kept apart from the sums
 * and extents of src/datasets/exact.ts so that casting a cell (cast.ts) does
 * not import the dataset types that cast.ts itself defines values for.
 */
import Decimal from 'decimal.js';

/** Decimal with 50 significant digits: sums of report figures never round. */
export const Exact = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -50, toExpPos: 50 });
export type Exact = InstanceType<typeof Exact>;
