/** The grammar's components by the tag editors write. Each module adds its own line. */
import type { GrammarComponent } from './component.ts';
import { chartGrammar } from '../figures/chart/index.ts';

export const grammarComponents: Readonly<Record<string, GrammarComponent>> = {
  Chart: chartGrammar,
};
