/**
 * The report's boundaries and places: data/geo/regions.topo.json (written by
 * `npm run topology`, committed) and data/geo/cities.json, validated at the
 * boundary with zod. The build reads only these files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const boundariesFile = 'data/geo/regions.topo.json';
export const citiesFile = 'data/geo/cities.json';

const topologySchema = z.object({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  transform: z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }).optional(),
  objects: z.object({
    regions: z.object({
      type: z.literal('GeometryCollection'),
      geometries: z.array(
        z.looseObject({ id: z.string(), properties: z.object({ name: z.string(), label: z.tuple([z.number(), z.number()]) }) }),
      ),
    }),
  }),
});

const citiesSchema = z.object({
  about: z.string(),
  cities: z.array(
    z.strictObject({ name: z.string().min(1), region: z.string(), lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }),
  ),
});

export type RegionFeature = Feature<Polygon | MultiPolygon, { name: string; label: [number, number] }> & { id: string };
export type City = z.infer<typeof citiesSchema>['cities'][number];

export interface Geo {
  regions: RegionFeature[];
  /** Borders between regions of different countries, drawn once. */
  stateBorder: MultiLineString;
  cities: City[];
}

const memo = new Map<string, Geo>();

function readJson(root: string, rel: string): unknown {
  const file = path.join(root, rel);
  if (!fs.existsSync(file)) throw new Error(`${rel}: file not found; maps need it (run "npm run topology" to write the boundaries)`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The boundaries and cities of the report at `root`, read and checked once. */
export function loadGeo(root: string): Geo {
  const hit = memo.get(root);
  if (hit) return hit;
  const parsed = topologySchema.safeParse(readJson(root, boundariesFile));
  if (!parsed.success)
    throw new Error(`${boundariesFile}: not the TopoJSON "npm run topology" writes: ${parsed.error.issues[0]?.message ?? ''}`);
  const cities = citiesSchema.safeParse(readJson(root, citiesFile));
  if (!cities.success) throw new Error(`${citiesFile}: ${cities.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  // Checked above; the topojson types describe the same shape.
  const topo = parsed.data as unknown as Topology<{ regions: GeometryCollection<{ name: string; label: [number, number] }> }>;
  const regions = feature(topo, topo.objects.regions).features as RegionFeature[];
  const country = (g: { id?: string | number | undefined }): string => String(g.id ?? '').slice(0, 2);
  const stateBorder = mesh(topo, topo.objects.regions, (a, b) => a !== b && country(a) !== country(b));
  const geo = { regions, stateBorder, cities: cities.data.cities };
  memo.set(root, geo);
  return geo;
}
