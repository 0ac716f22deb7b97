/** /data/datapackage.json: the report's declared datasets as a Frictionless Tabular Data Package. */
import type { APIRoute } from 'astro';
import { reportDataPackage } from '../../lib/datasets.ts';

export const GET: APIRoute = () => new Response(reportDataPackage(), { headers: { 'Content-Type': 'application/json' } });
