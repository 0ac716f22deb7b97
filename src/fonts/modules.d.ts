/** Types for `wawoff2` (Google's WOFF2 encoder compiled to WebAssembly), which ships none. */
declare module 'wawoff2' {
  const wawoff2: {
    compress(sfnt: Uint8Array): Promise<Uint8Array>;
    decompress(woff2: Uint8Array): Promise<Uint8Array>;
  };
  export default wawoff2;
}
