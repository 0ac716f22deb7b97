/** Folders the tests work with. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project (engine and real report). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The tiny fictional report that proves the engine publishes any report. */
export const fixtureRoot = path.join(projectRoot, 'tests/fixtures/second-report');
