/**
 * The colours of charts and maps, as named tokens with a light and a dark
 * value. The series colours are the Okabe-Ito palette (distinguishable with
 * the common colour-vision deficiencies), lightened for the dark scheme.
 * src/styles/tokens.css holds the same values as --chart-<token> custom
 * properties (a unit test keeps the two in step); inline SVG takes them
 * through classes, downloaded SVG carries the light values.
 */
export const colourTokens = {
  text: { light: '#1d1c1a', dark: '#e9e6e0' },
  muted: { light: '#5c5851', dark: '#a9a59d' },
  grid: { light: '#dcd7cc', dark: '#3a3c41' },
  bg: { light: '#fcfbf8', dark: '#17181b' },
  s1: { light: '#0072b2', dark: '#56b4e9' },
  s2: { light: '#d55e00', dark: '#f0a35e' },
  s3: { light: '#009e73', dark: '#3fd0a4' },
  s4: { light: '#cc79a7', dark: '#e3a6c8' },
  s5: { light: '#e69f00', dark: '#f5c04a' },
  s6: { light: '#56b4e9', dark: '#9fd3f5' },
  // Maps: land outside the highlighted set, and the sequential ramp of a choropleth (light to dark blue).
  land: { light: '#ece8df', dark: '#26282c' },
  edge: { light: '#ffffff', dark: '#17181b' },
  q1: { light: '#d0e3f2', dark: '#1d3a57' },
  q2: { light: '#93bfe0', dark: '#2a5f8f' },
  q3: { light: '#4f94c7', dark: '#3f86c2' },
  q4: { light: '#1f65a3', dark: '#70aee0' },
  q5: { light: '#0b3a6e', dark: '#b4d6f3' },
} as const;

export type ColourToken = keyof typeof colourTokens;
export const tokenNames = Object.keys(colourTokens) as ColourToken[];
export type Palette = Record<ColourToken, string>;

/** Colours only the server renderer uses, each unique, so the SVG can be mapped back to tokens. */
export const sentinelPalette: Palette = Object.fromEntries(
  tokenNames.map((t, i) => [t, `#0a00${(i + 1).toString(16).padStart(2, '0')}`]),
) as Palette;

export const lightPalette: Palette = Object.fromEntries(tokenNames.map((t) => [t, colourTokens[t].light])) as Palette;

/** The series colours in order. */
export const seriesTokens: readonly ColourToken[] = ['s1', 's2', 's3', 's4', 's5', 's6'];
