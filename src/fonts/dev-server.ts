/**
 * Fonts in `astro dev`: the font step runs after a build, on the built pages,
 * which the dev server does not have. It serves <base>fonts/ made from the
 * common blocks (Latin-1 and Extended-A, Cyrillic, punctuation, arrows) of
 * every face instead, made once per dev session on first request.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { fontsCss } from './faces.ts';
import { devFonts, type SiteFonts } from './fonts.ts';

export default function fontsInDev(): AstroIntegration {
  return {
    name: 'report-fonts-dev',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
        const prefix = `${base}${path.posix.dirname(fontsCss)}/`;
        let fonts: Promise<SiteFonts> | undefined;
        server.middlewares.use((req, res, next) => {
          const url = req.url?.split('?')[0] ?? '';
          if (!url.startsWith(prefix)) return next();
          const name = url.slice(prefix.length);
          fonts ??= devFonts();
          fonts.then(
            ({ files, css }) => {
              if (name === path.posix.basename(fontsCss)) {
                res.setHeader('Content-Type', 'text/css');
                res.end(css);
                return;
              }
              const file = files.find((f) => path.posix.basename(f.file) === name);
              if (!file) return next();
              res.setHeader('Content-Type', 'font/woff2');
              res.end(Buffer.from(file.woff2));
            },
            (error: unknown) => next(error),
          );
        });
      },
    },
  };
}
