/** The grammar's components by the tag editors write. Each module adds its own line. */
import type { GrammarComponent } from './component.ts';
import { mapGrammar } from '../figures/map/index.ts';

export const grammarComponents: Readonly<Record<string, GrammarComponent>> = {
  Map: mapGrammar,
};
