/** Base-aware URLs of the catalogue's pages (see src/lib/url.ts). */
import { withBase } from '../../lib/url.ts';
import { recordKinds, recordPath, type RecordKind } from './record-targets.ts';

/** The page of one record: instrument, forum, region or institution. */
export const recordHref = (kind: RecordKind, id: string): string => withBase(recordPath(kind, id));

/** The index page of a kind of record: /treaties/, /forums/, /regions/, /institutions/. */
export const recordIndexHref = (kind: RecordKind): string => withBase(`/${recordKinds[kind].folder}/`);

/** The search page. */
export const searchHref = (): string => withBase('/search/');
