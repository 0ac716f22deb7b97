/**
 * Reading a grammar component's props with its zod schema: every problem is a
 * PropError naming the prop (an unknown prop lists the known ones, with "did
 * you mean"), so the validator and the page report it the same way.
 */
import type { z } from 'astro/zod';
import { PropError, quoted } from '../../grammar/problem.ts';
import { closest } from '../../report/suggest.ts';

/** The props, parsed; throws a PropError on the first problem. */
export function readProps<S extends z.ZodObject>(schema: S, props: Readonly<Record<string, unknown>>): z.output<S> {
  const known = Object.keys(schema.shape);
  for (const key of Object.keys(props)) {
    if (known.includes(key)) continue;
    const near = closest(key, known);
    throw new PropError(key, `unknown prop; expected one of: ${quoted(known)}.${near === undefined ? '' : ` Did you mean "${near}"?`}`);
  }
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const prop = String(issue?.path[0] ?? 'props');
  throw new PropError(prop, issue?.message ?? 'not valid');
}

/** `<Value dataset="x" />: prop "field": …`: a PropError as the page reports it, with the tag. */
export function tagError(component: string, props: Readonly<Record<string, unknown>>, e: unknown): unknown {
  if (!(e instanceof PropError)) return e;
  const shown = ['id', 'dataset', 'row']
    .filter((k) => typeof props[k] === 'string')
    .map((k) => ` ${k}="${String(props[k])}"`)
    .join('');
  return new Error(`<${component}${shown} />: prop "${e.prop}": ${e.message}`);
}
