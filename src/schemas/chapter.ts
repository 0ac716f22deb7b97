/** Frontmatter of a chapter (an MDX file in content/chapters/). */
import { z } from 'astro/zod';

export const chapterSchema = z.strictObject({
  title: z.string({ error: 'expected the chapter title' }).min(1),
  /** Title for navigation and previous/next links. */
  shortTitle: z.string().min(1),
  /** Section number of the source work, such as "4.1"; absent for unnumbered parts. */
  section: z
    .string()
    .regex(/^\d+(?:\.\d+)*$/, { error: 'expected a section number such as "4.1"' })
    .optional(),
  /**
   * Position in the reading order, from 0: any number, so a new chapter fits
   * between two others without renumbering them (8.5 between 8 and 9). Two
   * chapters cannot share one.
   */
  order: z
    .number({ error: 'expected a number for the reading order, such as 3 or 8.5' })
    // Zod 4 numbers are finite already (Infinity and NaN fail the base check).
    .nonnegative({ error: 'expected a number of zero or more for the reading order' }),
  /** One or two sentences: the page description and the chapter list blurb. */
  summary: z.string().min(1),
});
export type ChapterData = z.infer<typeof chapterSchema>;
