/**
 * What keeps a synthetic report's maps drawable. The maps key boundaries by
 * region id (data/geo/regions.topo.json) and fail on a region they would draw
 * without one; a copied region has none. So a copy is one the maps never
 * pick: not on the border, no population to colour, and what other copies
 * place in a region (a forum, a trade flow's ends) stays in the original.
 */
import type { DataCollectionName } from '../../schemas/data.ts';

/** The collection whose ids name the maps' boundaries. */
export const boundaryKeyed: DataCollectionName = 'regions';

/** A region copy the maps skip: the fields by which they pick regions, off. */
export function undrawn(entry: Record<string, unknown>): Record<string, unknown> {
  const { population: _population, ...rest } = entry;
  const sources = rest['sources'];
  if (typeof sources === 'object' && sources !== null && !Array.isArray(sources)) {
    const { population: _p, ...others } = sources as Record<string, unknown>;
    if (Object.keys(others).length > 0) rest['sources'] = others;
    else delete rest['sources'];
  }
  return { ...rest, border: false };
}
