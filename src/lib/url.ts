/** Internal links that work under any `base` (a site served from a sub-path). */

const base = import.meta.env.BASE_URL;

/** Prefixes a site-absolute path ("/chapters/x/") with the configured base. */
export function withBase(path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}

/** The id of the chapter that is the home page (content/chapters/index.mdx). */
export const homeChapterId = 'index';

/** The URL of a chapter page; the "index" chapter is the home page. */
export function chapterHref(id: string): string {
  return id === homeChapterId ? withBase('/') : withBase(`/chapters/${id}/`);
}

/** The URL of a reference's entry in the bibliography. */
export function referenceHref(id: string): string {
  return withBase(`/chapters/references/#ref-${id}`);
}
