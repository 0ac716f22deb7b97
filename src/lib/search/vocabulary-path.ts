/** Where the "did you mean" vocabularies live inside the index folder: <site>/pagefind/vocabulary/<lang>.json (shared by the build and the browser). */
export const vocabularyFolder = 'vocabulary';
