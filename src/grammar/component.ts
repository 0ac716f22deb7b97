/**
 * What every grammar component (<Chart>, <Map>, <Table>, <Value>) gives the
 * validator: a check of its props as the chapter scan reads them, against the
 * report's tables. The validator runs every check before anything renders, so
 * an editor's mistake is reported with the MDX file and line (src/grammar/check.ts).
 */
import { z } from 'astro/zod';
import type { Tables } from './query.ts';
import type { Translate } from '../i18n/messages.ts';

export interface GrammarContext {
  tables: Tables;
  /** The page's locale, for number formats ("en-GB", "ru"). */
  locale: string;
  /** The locale's messages (`grammar.*`, `number.*`); the engine's catalogue of the locale without it. */
  t?: Translate | undefined;
  /** The report's folder, for components that read files of their own (a map's boundaries). */
  root?: string | undefined;
  /** The site.yaml settings components read (`maps.boundaries`). */
  site?: { maps?: { boundaries?: string | undefined } | undefined } | undefined;
  /** Tables whose own file is already reported: a component reading them, even through a link, is not checked. */
  unreadable?: ReadonlySet<string> | undefined;
}

export interface GrammarComponent {
  /** Throws a PropError naming the prop at fault. */
  check: (props: Readonly<Record<string, unknown>>, ctx: GrammarContext) => void;
}

/** Props that choose rows, shared by every component. */
export const queryProps = {
  /** The table: a dataset declared in data/ or a built-in collection. */
  dataset: z.string({ error: 'expected the name of a dataset, such as dataset="exports"' }),
  /** Rows by key, in this order. */
  rows: z.array(z.string()).min(1, { error: 'expected at least one row key' }).optional(),
  /** Conditions joined by "and": "year = 2014 and value > 0". */
  filter: z.string().min(1).optional(),
  /** Fields to sort by, "-" for largest first: "-value". */
  sort: z.string().min(1).optional(),
} as const;

/** Props of every numbered figure. */
export const figureProps = {
  /** "fig-exports-chart": numbers the figure and lets the text refer to it as @fig-exports-chart. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a lower-case id of letters, digits and hyphens, such as "fig-exports"' }),
  caption: z.string().min(1, { error: 'expected a caption' }),
} as const;
