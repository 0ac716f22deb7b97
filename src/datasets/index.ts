/**
 * Datasets declared in a report's data/ folder: Frictionless Data Resource
 * descriptors with Table Schemas, validated row by row, summed exactly, and
 * published as a Tabular Data Package. The one entry point of the module.
 */
export { loadDatasets, loadDatasetsOrThrow, type DatasetsResult } from './load.ts';
export type { BuiltInIds } from './foreign-keys.ts';
export { primaryKey, type Dataset, type Row } from './dataset.ts';
export { fieldTypes, type Field, type FieldType, type TableSchema, type Source, type License } from './descriptor.ts';
export type { Value } from './cast.ts';
export { Exact, exactValue, extent, share, sum } from './exact.ts';
export { csvPath, dataPackage, datasetCsv, packageName, type PackageContext, type ReferenceInfo } from './publish.ts';
export { unitWords, type Units, type UnitForms } from './units.ts';
export { datasetIn } from './localize.ts';
