/**
 * The vocabulary behind "did you mean": every word of the indexed text (what
 * is inside data-pagefind-body and outside data-pagefind-ignore), per language
 * (the page's `lang`, as Pagefind splits its indexes), written as one small
 * JSON file per language into <site>/pagefind/vocabulary/<lang>.json. The
 * browser fetches it only when a search finds nothing (suggest.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { listFiles } from '../files.ts';
import { wordPattern, type VocabularyFile } from './suggest.ts';
import { vocabularyFolder } from './vocabulary-path.ts';

type Node = T.ChildNode | T.Document;

const attr = (el: T.Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
const isElement = (n: Node): n is T.Element => 'tagName' in n;

/** Text of the indexed parts of a page, and its language ("en" from "en-GB"); nothing when the page is not indexed. */
export function indexedText(html: string): { lang: string; text: string } | undefined {
  const doc = parse(html);
  let lang = 'unknown';
  const parts: string[] = [];
  const walk = (n: Node, inBody: boolean): void => {
    if (isElement(n)) {
      if (n.tagName === 'html') lang = (attr(n, 'lang') ?? 'unknown').split('-')[0]?.toLowerCase() ?? 'unknown';
      if (n.tagName === 'script' || n.tagName === 'style' || n.tagName === 'template' || attr(n, 'data-pagefind-ignore') !== undefined)
        return;
      inBody ||= attr(n, 'data-pagefind-body') !== undefined;
    }
    if (n.nodeName === '#text' && inBody) parts.push((n as T.TextNode).value);
    if ('childNodes' in n) for (const c of n.childNodes) walk(c, inBody);
  };
  walk(doc, false);
  return parts.length === 0 ? undefined : { lang, text: parts.join(' ') };
}

/** Word counts of a text: URLs left out (their pieces are not words a reader types), letters only, lower case, three letters or more. */
export function countWords(text: string, counts: Map<string, number>): void {
  const prose = text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ');
  for (const [w] of prose.matchAll(wordPattern)) {
    if (w.length < 3) continue;
    const word = w.toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
}

/** The vocabularies of a built site, by language; words most frequent first, ties in code-point order (stable on every machine). */
export function buildVocabularies(siteDir: string): VocabularyFile[] {
  const byLang = new Map<string, Map<string, number>>();
  for (const file of listFiles(siteDir).filter((f) => f.endsWith('.html'))) {
    const page = indexedText(fs.readFileSync(path.join(siteDir, file), 'utf8'));
    if (!page) continue;
    const counts = byLang.get(page.lang) ?? new Map<string, number>();
    byLang.set(page.lang, counts);
    countWords(page.text, counts);
  }
  return [...byLang.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([lang, counts]) => ({
      lang,
      words: [...counts.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([w]) => w),
    }));
}

/** Writes one file per language into `indexDir/vocabulary/`; returns the number of words of each. */
export function writeVocabularies(siteDir: string, indexDir: string): Record<string, number> {
  const out = path.join(indexDir, vocabularyFolder);
  fs.mkdirSync(out, { recursive: true });
  const sizes: Record<string, number> = {};
  for (const v of buildVocabularies(siteDir)) {
    fs.writeFileSync(path.join(out, `${v.lang}.json`), JSON.stringify(v));
    sizes[v.lang] = v.words.length;
  }
  return sizes;
}
