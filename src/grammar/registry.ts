/** The grammar's components by the tag editors write. Each module adds its own line. */
import type { GrammarComponent } from './component.ts';
import { chartGrammar } from '../figures/chart/index.ts';
import { mapGrammar } from '../figures/map/index.ts';
import { keyFiguresGrammar } from '../components/mdx/key-figures.ts';
import { tableGrammar } from '../components/mdx/table.ts';
import { valueGrammar } from '../components/mdx/value.ts';

export const grammarComponents: Readonly<Record<string, GrammarComponent>> = {
  Chart: chartGrammar,
  Map: mapGrammar,
  Table: tableGrammar,
  Value: valueGrammar,
  KeyFigures: keyFiguresGrammar,
};
