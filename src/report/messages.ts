/** Wording shared by the validator's messages. */
import type { CollectionName } from '../schemas/common.ts';
import { chaptersDir, dataFiles } from './paths.ts';
import { didYouMean } from './suggest.ts';

/** Where the entries of each collection are written, for messages. */
export function collectionFile(collection: CollectionName): string {
  return collection === 'chapters' ? `${chaptersDir}/` : dataFiles[collection];
}

/**
 * The message for any unknown id: which collection, which data file holds
 * its entries, and "did you mean" the closest known id (else the known ids).
 */
export function unknownIdMessage(collection: CollectionName, id: string, known: Iterable<string>): string {
  return `unknown ${collection} id "${id}": ${notFound(collection, id, known)}`;
}

/** "no entry of data/x.yaml has it; did you mean "y"?" (or the known ids when none is close). */
export function notFound(collection: CollectionName, id: string, known: Iterable<string>): string {
  const list = [...known].sort();
  const hint = didYouMean(id, list);
  const shown = list.slice(0, 15).join(', ') + (list.length > 15 ? ', …' : '');
  return `no entry of ${collectionFile(collection)} has it${hint || `; expected one of: ${shown || '(none defined)'}`}`;
}
