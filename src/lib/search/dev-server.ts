/**
 * Search in `astro dev`: the dev server has no index of its own (Pagefind
 * reads built HTML), so it serves the one from the last build (dist/pagefind/,
 * or OUT_DIR/pagefind/) at <base>pagefind/. Run `npm run build` once; after
 * that, search works in `npm run dev`, with results as of that build.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { searchFolder } from './index-site.ts';

const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export default function searchInDev(): AstroIntegration {
  return {
    name: 'report-search-dev',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
        const dir = path.resolve(process.env['OUT_DIR'] ?? 'dist', searchFolder);
        if (!fs.existsSync(dir)) logger.info(`search: no index at ${dir}; run "npm run build" once to search in dev`);
        const prefix = `${base}${searchFolder}/`;
        server.middlewares.use((req, res, next) => {
          const url = req.url?.split('?')[0] ?? '';
          if (!url.startsWith(prefix)) return next();
          const file = path.join(dir, decodeURIComponent(url.slice(prefix.length)));
          if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return next();
          res.setHeader('Content-Type', types[path.extname(file)] ?? 'application/octet-stream');
          fs.createReadStream(file).pipe(res);
        });
      },
    },
  };
}
