/** /data/datasets/<name>.csv: each declared dataset as CSV, the files datapackage.json points at. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv, type Dataset } from '../../../datasets/index.ts';
import { reportDatasets } from '../../../lib/datasets.ts';

export const getStaticPaths = (() => reportDatasets().map((dataset) => ({ params: { name: dataset.name }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { dataset } = props as { dataset: Dataset };
  return new Response(datasetCsv(dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
