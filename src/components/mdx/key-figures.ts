/** The cards of the headline-figure grid: worded figure, label and source, in the order asked for. */
import { byId } from '../../lib/figures.ts';
import { formatKeyFigure, type FigureParts } from '../../lib/format.ts';
import type { MdxData } from './data.ts';
import { sourceNamer, type NamedSource } from './sources.ts';

export interface FigureCard {
  id: string;
  label: string;
  year: string | undefined;
  parts: FigureParts;
  /** Machine-readable number. */
  value: string;
  source: NamedSource;
}

/** Cards for `ids` in that order, or for every key figure in data order when `ids` is absent. */
export function keyFigureCards(ids: readonly string[] | undefined, data: MdxData): FigureCard[] {
  const name = sourceNamer(data.references);
  const figures =
    ids === undefined
      ? data.keyFigures
      : ids.map((id) => {
          const fig = byId(data.keyFigures, id);
          if (!fig) throw new Error(`<KeyFigures ids={${JSON.stringify(ids)}}>: prop "ids": unknown keyFigures id "${id}"`);
          return fig;
        });
  return figures.map((fig) => ({
    id: fig.id,
    label: fig.label,
    year: fig.year,
    parts: formatKeyFigure(fig),
    value: String(fig.value),
    source: name(fig.source),
  }));
}
