/** The vocabulary reads only the indexed text of a page, in its language, without URLs. */
import { describe, expect, it } from 'vitest';
import { countWords, indexedText } from '../../../src/lib/search/vocabulary.ts';

const page = (body: string, lang = 'en-GB'): string =>
  `<!doctype html><html lang="${lang}"><head><title>Header words</title><script>var scripted = 1</script></head><body><nav>Navigation</nav>${body}</body></html>`;

describe('vocabulary', () => {
  it('takes the text inside data-pagefind-body, outside data-pagefind-ignore, scripts and styles', () => {
    const got = indexedText(
      page(
        '<main data-pagefind-body><h1>Kazakhstan</h1><p>Border <span data-pagefind-ignore>ignored</span> trade</p><style>.x{}</style></main>',
      ),
    );
    expect(got?.lang).toBe('en');
    expect(got?.text.split(/\s+/).filter(Boolean)).toEqual(['Kazakhstan', 'Border', 'trade']);
  });

  it('a page without data-pagefind-body is not indexed', () => {
    expect(indexedText(page('<main><p>Words</p></main>'))).toBeUndefined();
  });

  it('counts words of three letters or more, lower case, and leaves URLs out', () => {
    const counts = new Map<string, number>();
    countWords('Kazakhstan and KAZAKHSTAN: an http://example.org/kazahstana-path www.site.kz Оренбург', counts);
    expect(Object.fromEntries(counts)).toEqual({ kazakhstan: 2, and: 1, оренбург: 1 });
  });
});
