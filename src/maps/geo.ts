/**
 * A report's boundaries: a TopoJSON file of regions (data/geo/regions.topo.json
 * by default, written by `npm run topology`, committed), chosen by site.yaml
 * `maps.boundaries` or a map's `boundaries` prop, validated at the boundary
 * with zod. The build reads only this file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The boundaries a map draws when neither site.yaml nor the map names a file. */
export const defaultBoundaries = 'data/geo/regions.topo.json';

const geometryCollection = z.object({
  type: z.literal('GeometryCollection'),
  geometries: z.array(
    z.looseObject({ id: z.string(), properties: z.object({ name: z.string(), label: z.tuple([z.number(), z.number()]) }) }),
  ),
});

const topologySchema = z.object({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  transform: z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }).optional(),
  objects: z.record(z.string(), z.looseObject({ type: z.string() })),
});

export type RegionFeature = Feature<Polygon | MultiPolygon, { name: string; label: [number, number] }> & { id: string };

export interface Geo {
  /** The file, relative to the report's root. */
  file: string;
  regions: RegionFeature[];
  /** Borders between regions of different countries (the ISO 3166-2 prefix of their ids), drawn once. */
  stateBorder: MultiLineString;
}

/** A problem with the boundary file itself (missing, not TopoJSON). */
export class BoundaryError extends Error {}

const memo = new Map<string, Geo>();

/** The boundaries in `file` (relative to `root`), read and checked once; the first geometry collection holds the regions. */
export function loadGeo(root: string, file = defaultBoundaries): Geo {
  const key = path.join(root, file);
  const hit = memo.get(key);
  if (hit) return hit;
  if (!fs.existsSync(key))
    throw new BoundaryError(`${file}: file not found; maps need it (run "npm run topology" to write the boundaries)`);
  const parsed = topologySchema.safeParse(JSON.parse(fs.readFileSync(key, 'utf8')));
  if (!parsed.success)
    throw new BoundaryError(`${file}: not the TopoJSON "npm run topology" writes: ${parsed.error.issues[0]?.message ?? ''}`);
  const [name] = Object.entries(parsed.data.objects).find(([, o]) => o.type === 'GeometryCollection') ?? [];
  const collection = geometryCollection.safeParse(name === undefined ? undefined : parsed.data.objects[name]);
  if (name === undefined || !collection.success)
    throw new BoundaryError(`${file}: expected a GeometryCollection of regions, each with an id and properties "name" and "label"`);
  // Checked above; the topojson types describe the same shape.
  const topo = parsed.data as unknown as Topology<Record<string, GeometryCollection<{ name: string; label: [number, number] }>>>;
  const object = topo.objects[name] as GeometryCollection<{ name: string; label: [number, number] }>;
  const regions = feature(topo, object).features as RegionFeature[];
  const country = (g: { id?: string | number | undefined }): string => String(g.id ?? '').split('-')[0] ?? '';
  const stateBorder = mesh(topo, object, (a, b) => a !== b && country(a) !== country(b));
  const geo = { file, regions, stateBorder };
  memo.set(key, geo);
  return geo;
}
