/**
 * /data/datapackage.json: the report's declared datasets as a Frictionless
 * Tabular Data Package. Written only when the report declares a dataset (a
 * package without resources is not valid); a rest route so that it never
 * shadows /data/<collection>.json of [file].ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportDataPackage, reportDatasets } from '../../lib/datasets.ts';

export const getStaticPaths = (() => (reportDatasets().length > 0 ? [{ params: { datapackage: 'datapackage.json' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(reportDataPackage(), { headers: { 'Content-Type': 'application/json' } });
