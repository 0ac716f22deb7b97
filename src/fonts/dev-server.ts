/**
 * Fonts in `astro dev`: the font step runs after a build, on the built pages,
 * which the dev server does not have. For each edition a page asks for
 * (<base>fonts/<code>.css and fonts/<face>-<code>.woff2), it serves files made
 * from the common blocks (Latin-1 and Extended-A, Cyrillic, punctuation,
 * arrows) of every face instead, made once per edition and dev session.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { faces, fontsCss, fontsDir } from './faces.ts';
import { devFonts, type SiteFonts } from './fonts.ts';

/** The edition a font request names: "ru" for ru.css or sans-ru.woff2; undefined for any other name. */
export function requestedEdition(name: string): string | undefined {
  const css = /^([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.css$/.exec(name);
  if (css) return css[1];
  for (const face of faces) {
    const m = new RegExp(`^${face.id}-([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\\.woff2$`).exec(name);
    if (m) return m[1];
  }
  return undefined;
}

export default function fontsInDev(): AstroIntegration {
  return {
    name: 'report-fonts-dev',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
        const prefix = `${base}${fontsDir}/`;
        const made = new Map<string, Promise<SiteFonts>>();
        server.middlewares.use((req, res, next) => {
          const url = req.url?.split('?')[0] ?? '';
          if (!url.startsWith(prefix)) return next();
          const name = url.slice(prefix.length);
          const edition = requestedEdition(name);
          if (edition === undefined) return next();
          const fonts = made.get(edition) ?? devFonts(edition);
          made.set(edition, fonts);
          fonts.then(
            ({ files, css }) => {
              if (name === path.posix.basename(fontsCss(edition))) {
                res.setHeader('Content-Type', 'text/css');
                res.end(css.get(edition) ?? '');
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
