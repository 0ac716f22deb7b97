/**
 * Small counts in words, as prose style asks ("seven regions"; digits from
 * 13 on). English only for now: the one table the translated editions will
 * replace by locale.
 */
const words: Readonly<Record<string, readonly string[]>> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
};

/** The word for a small whole count in `locale`'s language, or undefined (then digits are written). */
export function countWord(n: number, locale: string): string | undefined {
  const list = words[locale.split('-')[0] ?? locale];
  return list !== undefined && Number.isInteger(n) && n >= 0 ? list[n] : undefined;
}
