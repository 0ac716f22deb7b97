/**
 * Subsetting and instancing of font files with HarfBuzz's hb-subset, compiled
 * to WebAssembly (the registry package `harfbuzzjs`, the same engine Google
 * Fonts uses). Synchronous, so the chart renderer can get its font inside a
 * synchronous render; deterministic: the same input gives the same bytes on
 * any machine (no clock, no system font, no locale is involved).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

interface HbExports {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_input_pin_axis_location(input: number, face: number, tag: number, value: number): number;
  hb_subset_input_set_axis_range(input: number, face: number, tag: number, min: number, max: number, def: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_NAME_ID = 4;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;

let hb: HbExports | undefined;

function harfbuzz(): HbExports {
  if (hb) return hb;
  const require = createRequire(import.meta.url);
  const module = new WebAssembly.Module(fs.readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')));
  // The module imports nothing; its exports are the C functions above.
  const exports = new WebAssembly.Instance(module, {}).exports as unknown as HbExports;
  exports._initialize();
  hb = exports;
  return exports;
}

const tag = (s: string): number => [...s].reduce((a, ch) => ((a << 8) + ch.charCodeAt(0)) >>> 0, 0);

/** An axis pinned to one value, or narrowed to a range (the font stays variable within it). */
export type AxisSetting = number | { min: number; max: number };

export interface SubsetOptions {
  /** The characters to keep (their glyphs, and glyphs the kept layout features reach from them); "all" keeps every mapped character. */
  codePoints: Iterable<number> | 'all';
  /** Variation axes to pin or narrow (e.g. `{ wght: 400, opsz: 18 }`). */
  axes?: Readonly<Record<string, AxisSetting>> | undefined;
  /** OpenType layout features to keep; the others (and the glyphs only they reach) are dropped. */
  features: readonly string[];
  /** Drop TrueType hinting instructions (browsers on high-density screens ignore most of them). */
  noHinting?: boolean | undefined;
}

/** A subset (and, with `axes`, an instance) of a TrueType/OpenType font, as an sfnt (TTF) file. */
export function subsetSfnt(font: Uint8Array, o: SubsetOptions): Uint8Array {
  const h = harfbuzz();
  const input = h.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('hb-subset: could not create a subset input');
  const fontPtr = h.malloc(font.byteLength);
  new Uint8Array(h.memory.buffer).set(font, fontPtr);
  const blob = h.hb_blob_create(fontPtr, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = h.hb_face_create(blob, 0);
  h.hb_blob_destroy(blob);
  try {
    const features = h.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    h.hb_set_clear(features);
    for (const f of o.features) h.hb_set_add(features, tag(f));
    // Keep every name record (the licence and copyright notices travel with the font).
    const names = h.hb_subset_input_set(input, HB_SUBSET_SETS_NAME_ID);
    h.hb_set_clear(names);
    h.hb_set_invert(names);
    if (o.noHinting) h.hb_subset_input_set_flags(input, h.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING);
    const unicodes = h.hb_subset_input_unicode_set(input);
    h.hb_set_clear(unicodes);
    if (o.codePoints === 'all') h.hb_set_invert(unicodes);
    else for (const cp of o.codePoints) h.hb_set_add(unicodes, cp);
    for (const [axis, value] of Object.entries(o.axes ?? {})) {
      const ok =
        typeof value === 'number'
          ? h.hb_subset_input_pin_axis_location(input, face, tag(axis), value)
          : h.hb_subset_input_set_axis_range(input, face, tag(axis), value.min, value.max, Number.NaN);
      if (!ok) throw new Error(`hb-subset: cannot set the axis "${axis}" to ${JSON.stringify(value)}; does the font have it?`);
    }
    const subset = h.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error('hb-subset: subsetting failed (is the font file damaged?)');
    const out = h.hb_face_reference_blob(subset);
    const ptr = h.hb_blob_get_data(out, 0);
    const length = h.hb_blob_get_length(out);
    const bytes = new Uint8Array(h.memory.buffer, ptr, length).slice();
    h.hb_blob_destroy(out);
    h.hb_face_destroy(subset);
    if (length === 0) throw new Error('hb-subset: the subset is empty (is the font file damaged?)');
    return bytes;
  } finally {
    h.hb_subset_input_destroy(input);
    h.hb_face_destroy(face);
    h.free(fontPtr);
  }
}
