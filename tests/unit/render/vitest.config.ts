/**
 * Renders the MDX components' presentational parts with Astro's Container
 * API, which needs Astro's Vite plugins (getViteConfig). A project of its own
 * so the plain `unit` project stays independent of astro.config.mjs; it reads
 * the second-report fixture, never the real report.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('../../..', import.meta.url));
process.env['REPORT_ROOT'] ??= path.join(root, 'tests/fixtures/second-report');

export default getViteConfig(
  // No module cache on disk: a compiled MDX chapter depends on the remark/rehype plugins too, and the
  // cache is keyed on the chapter file alone, so a changed plugin would leave stale output.
  { root, test: { name: 'render', root, environment: 'node', include: ['tests/unit/render/**/*.spec.ts'], fsModuleCache: false } },
  { root, devToolbar: { enabled: false }, logLevel: 'warn' },
);
