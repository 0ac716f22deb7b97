/**
 * The site's typefaces: which font files the site ships, cut from which
 * full-coverage source, at which weights, and the metric-matched fallback
 * faces that stand in until a web font has arrived. Pure data; the font step
 * (src/fonts/fonts.ts) makes the files from it after each build.
 *
 * Sources: Adobe's own releases in the registry packages `source-serif`
 * (Source Serif 4) and `source-sans` (Source Sans 3), SIL Open Font Licence
 * 1.1. Their variable TrueType files hold every glyph Adobe drew (arrows,
 * Cyrillic, Latin Extended), unlike the per-script subsets of the web font
 * packages, which lack the arrows the charts use.
 */

export type FamilyName = 'Source Serif 4' | 'Source Sans 3';

export interface Face {
  /** File name stem: the font step writes fonts/<id>-<edition>.woff2, one per edition (locale code). */
  id: string;
  family: FamilyName;
  /** The source file inside its registry package. */
  source: { pkg: 'source-serif' | 'source-sans'; file: string };
  style: 'normal' | 'italic';
  /** The CSS font-weight descriptor: one weight, or a range for a variable face. */
  weight: number | readonly [number, number];
  /** Variation axes pinned (one value) or narrowed (a range) from the source. */
  axes: Readonly<Record<string, number | { min: number; max: number }>>;
  /** Needed by the first screen of every page (header, title, first paragraph): preloaded. */
  preload: boolean;
}

/**
 * Source Serif 4 has an optical-size axis; the serif only sets body text here
 * (headings are in the sans), so it is pinned at the body size, 18 px (the CSS
 * --step-0 runs from 17 to 20 px), which makes each weight a small static file.
 */
const bodyOpticalSize = 18;

/*
 * No bold serif file: bold in the running text (<strong>, key-figure numbers) is
 * rare and mostly below the first screen, and a 700 file would add 12 KiB to
 * half the chapters (51 KiB of fonts instead of 39). Browsers embolden the
 * regular instead (font-synthesis). To ship one, add a face with
 * `axes: { wght: 700, opsz: bodyOpticalSize }`, `weight: 700`.
 */

export const faces: readonly Face[] = [
  {
    id: 'serif-400',
    family: 'Source Serif 4',
    source: { pkg: 'source-serif', file: 'VAR/SourceSerif4Variable-Roman.ttf' },
    style: 'normal',
    weight: 400,
    axes: { wght: 400, opsz: bodyOpticalSize },
    preload: true,
  },
  {
    id: 'serif-italic',
    family: 'Source Serif 4',
    source: { pkg: 'source-serif', file: 'VAR/SourceSerif4Variable-Italic.ttf' },
    style: 'italic',
    weight: 400,
    axes: { wght: 400, opsz: bodyOpticalSize },
    preload: false,
  },
  {
    // Headings (650), labels (600) and UI text (400): one variable file for the three. Bold (700)
    // asked of the sans is set at 650, the heaviest weight the CSS uses.
    id: 'sans',
    family: 'Source Sans 3',
    source: { pkg: 'source-sans', file: 'VF/SourceSans3VF-Upright.ttf' },
    style: 'normal',
    weight: [400, 650],
    axes: { wght: { min: 400, max: 650 } },
    preload: true,
  },
];

/** The face the charts are measured and drawn with on the build machine (Chart.js sets 13 px, normal weight). */
export const chartFace = {
  family: 'Source Sans 3' as const,
  source: { pkg: 'source-sans', file: 'VF/SourceSans3VF-Upright.ttf' },
  axes: { wght: 400 },
} as const;

/**
 * OpenType features kept in the shipped files: kerning, standard ligatures, and
 * the lining and tabular figures the tables ask for (font-variant-numeric).
 * Small capitals, old-style figures, contextual and stylistic alternates, which
 * the site never asks for, are dropped with the glyphs only they reach (a
 * quarter of each file). The text is NFC, so no composition feature is needed.
 */
export const keptFeatures = ['kern', 'liga', 'lnum', 'tnum'] as const;

/**
 * Printable ASCII is in every edition's files, whatever its pages draw: search
 * results, the search box and the like can show any of it.
 */
export const alwaysKept: readonly number[] = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i);

/** Vertical metrics and average width of a font, as @capsizecss/unpack reads them. */
export interface Metrics {
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  xWidthAvg: number;
}

/**
 * A system font that stands in for a web font until it arrives, made to take
 * the same room through size-adjust and the ascent/descent/line-gap overrides.
 * `local` lists the names it goes by (metric-compatible clones share the metrics).
 * Metrics: @capsizecss/metrics 4.3 (Times New Roman, Arial, Georgia, Noto Serif,
 * Roboto, Helvetica Neue) and the DejaVu 2.37 files of Debian's fonts-dejavu-core.
 */
export interface SystemFallback {
  /** Suffix of the fallback family: "Source Serif 4 Fallback <suffix>". */
  suffix: string;
  local: readonly string[];
  metrics: Metrics;
  /**
   * The system font's bold, matched to the web font at `weight` (the weight the
   * CSS sets headings in): used for text of weight 600 and more, which would
   * otherwise be the regular emboldened, wider or narrower than the web font.
   */
  bold?: { weight: number; local: readonly string[]; metrics: Metrics } | undefined;
  /** The system font's italic, matched to the web font's italic face: italic text differs in width from the roman. */
  italic?: { local: readonly string[]; metrics: Metrics } | undefined;
}

/** The weight headings are set in (src/styles/base.css), which the bold fallbacks match. */
const headingWeight = 650;

const timesLike: Metrics = { ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 832 };
const arialLike: Metrics = { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 913 };

/**
 * Per family, tried in this order: Windows and macOS (Times New Roman, Arial),
 * their metric-compatible clones on Linux and ChromeOS (Liberation, Tinos,
 * Arimo), Android (Noto Serif, Roboto), Apple's Helvetica Neue and Georgia,
 * and DejaVu, the usual last resort on Linux.
 */
export const systemFallbacks: Record<FamilyName, { generic: 'serif' | 'sans-serif'; fallbacks: readonly SystemFallback[] }> = {
  'Source Serif 4': {
    generic: 'serif',
    fallbacks: [
      {
        suffix: 'Times',
        local: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'Tinos'],
        metrics: timesLike,
        italic: {
          local: ['Times New Roman Italic', 'TimesNewRomanPS-ItalicMT', 'Liberation Serif Italic', 'Tinos Italic'],
          metrics: { ...timesLike, xWidthAvg: 836 },
        },
      },
      {
        suffix: 'Noto',
        local: ['Noto Serif', 'NotoSerif-Regular', 'Droid Serif'],
        metrics: { ascent: 1069, descent: -293, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 481 },
        italic: {
          local: ['Noto Serif Italic', 'NotoSerif-Italic'],
          metrics: { ascent: 1069, descent: -293, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 469 },
        },
      },
      {
        suffix: 'Georgia',
        local: ['Georgia'],
        metrics: { ascent: 1878, descent: -449, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 913 },
        italic: {
          local: ['Georgia Italic', 'Georgia-Italic'],
          metrics: { ascent: 1878, descent: -449, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 931 },
        },
      },
      {
        suffix: 'DejaVu',
        local: ['DejaVu Serif', 'DejaVuSerif'],
        metrics: { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1058 },
        italic: {
          local: ['DejaVu Serif Italic', 'DejaVuSerif-Italic'],
          metrics: { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1058 },
        },
      },
    ],
  },
  'Source Sans 3': {
    generic: 'sans-serif',
    fallbacks: [
      {
        suffix: 'Arial',
        local: ['Arial', 'ArialMT', 'Liberation Sans', 'Arimo'],
        metrics: arialLike,
        bold: {
          weight: headingWeight,
          local: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold'],
          metrics: { ...arialLike, xWidthAvg: 983 },
        },
      },
      {
        suffix: 'Roboto',
        local: ['Roboto', 'Roboto-Regular'],
        metrics: { ascent: 1900, descent: -500, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 911 },
        bold: {
          weight: headingWeight,
          local: ['Roboto Bold', 'Roboto-Bold'],
          metrics: { ascent: 1900, descent: -500, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 926 },
        },
      },
      {
        suffix: 'Helvetica',
        local: ['Helvetica Neue', 'HelveticaNeue'],
        metrics: { ascent: 952, descent: -213, lineGap: 28, unitsPerEm: 1000, xWidthAvg: 450 },
      },
      {
        suffix: 'DejaVu',
        local: ['DejaVu Sans', 'DejaVuSans'],
        metrics: { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1041 },
        bold: {
          weight: headingWeight,
          local: ['DejaVu Sans Bold', 'DejaVuSans-Bold'],
          metrics: { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1176 },
        },
      },
    ],
  },
};

/** The name of a metric-matched fallback family. */
export const fallbackFamily = (family: FamilyName, f: SystemFallback): string => `${family} Fallback ${f.suffix}`;

/** The CSS font-family stack of a family: the web font, its metric-matched fallbacks, the generic family. */
export function fontStack(family: FamilyName): string {
  const { generic, fallbacks } = systemFallbacks[family];
  return [family, ...fallbacks.map((f) => fallbackFamily(family, f))].map((n) => `'${n}'`).join(', ') + `, ${generic}`;
}

/**
 * The URL paths of an edition's font stylesheet and files, under the site's base: each edition (locale
 * code) has its own, cut to the characters its pages draw, and its pages link only those.
 */
export const fontsDir = 'fonts';
export const fontsCss = (edition: string): string => `${fontsDir}/${edition}.css`;
export const fontFile = (faceId: string, edition: string): string => `${fontsDir}/${faceId}-${edition}.woff2`;
