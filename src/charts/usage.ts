/**
 * The figures a report's chapters place, found by reading the MDX text: in
 * reading order, numbered, each with its props. The figure components look up
 * their number here, and the download endpoints write one CSV and one SVG per
 * figure from the same list.
 */
import type { Report } from '../report/load.ts';
import { figureId, type FigureComponent, type FigureProps } from './spec.ts';

/** Props as written: `p="text"`, `p={2015}`, `p={["a", "b"]}`, `p={true}`, bare `p`. */
export function parseProps(attrs: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const prop = /([A-Za-z]+)(?:=(?:"([^"]*)"|'([^']*)'|\{([^{}]*)\}))?/g;
  for (const m of attrs.matchAll(prop)) {
    const [, key = '', dq, sq, expr] = m;
    if (dq !== undefined || sq !== undefined) out[key] = dq ?? sq;
    else if (expr === undefined) out[key] = true;
    else {
      const e = expr.trim();
      if (e.startsWith('[')) out[key] = [...e.matchAll(/["']([^"']*)["']/g)].map((v) => v[1] ?? '');
      else if (/^-?\d+(?:\.\d+)?$/.test(e)) out[key] = Number(e);
      else if (e === 'true' || e === 'false') out[key] = e === 'true';
      else if (/^["'].*["']$/.test(e)) out[key] = e.slice(1, -1);
      else out[key] = e;
    }
  }
  return out;
}

export interface FigureTag {
  component: FigureComponent;
  props: Record<string, unknown>;
  /** Offset of the tag in the text. */
  index: number;
}

/** `<Chart …/>` and `<Map …/>` tags of an MDX text, in order. */
export function figureTags(text: string): FigureTag[] {
  const out: FigureTag[] = [];
  for (const m of text.matchAll(/<(Chart|Map)\b([^<>]*?)\/?>/g)) {
    out.push({ component: m[1] === 'Map' ? 'Map' : 'Chart', props: parseProps(m[2] ?? ''), index: m.index });
  }
  return out;
}

export interface FigureUsage {
  component: FigureComponent;
  props: FigureProps;
  id: string;
  /** 1-based, in reading order across the report. */
  number: number;
  chapter: string;
  /** The chapter's MDX file, relative to the report root. */
  file: string;
}

/** Every figure of the report, numbered in reading order. */
export function figureUsages(report: Pick<Report, 'chapters'>): FigureUsage[] {
  const out: FigureUsage[] = [];
  for (const chapter of report.chapters) {
    for (const tag of figureTags(chapter.body)) {
      const props = tag.props as FigureProps;
      out.push({
        component: tag.component,
        props,
        id: figureId(tag.component, props),
        number: out.length + 1,
        chapter: chapter.id,
        file: chapter.file,
      });
    }
  }
  return out;
}
