/**
 * A small static file server for built sites, as a static host (GitHub Pages)
 * serves them: `dir` is published under `base`, "/x/" serves "x/index.html",
 * "/x" redirects to "/x/" when that is a folder, and a missing file gets the
 * site's 404.html with status 404. Listens on 127.0.0.1 on a free port.
 * Every request is recorded, so a test can see what a page fetched.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { contentType } from '../../src/cli/content-type.ts';

export interface ServedSite {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** The site's root URL, with its base path: "http://127.0.0.1:PORT/base/". */
  url: string;
  /** Absolute URL of a site path given without the base ("/chapters/x/" → origin + base + "chapters/x/"). */
  at(sitePath: string): string;
  /** Every request path received so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `dir` under `base` (default "/") on 127.0.0.1; resolves once it listens. */
export async function serveSite(dir: string, base = '/'): Promise<ServedSite> {
  const root = path.resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const requests: string[] = [];

  const send = (res: http.ServerResponse, status: number, file: string, head: boolean): void => {
    const body = fs.readFileSync(file);
    res.writeHead(status, { 'content-type': contentType(file), 'content-length': body.length, 'cache-control': 'no-store' });
    res.end(head ? undefined : body);
  };
  const notFound = (res: http.ServerResponse, head: boolean): void => {
    const page = path.join(root, '404.html');
    if (fs.existsSync(page)) send(res, 404, page, head);
    else {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(head ? undefined : 'Not found');
    }
  };

  const server = http.createServer((req, res) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    if (`${url.pathname}/` === prefix) {
      res.writeHead(301, { location: prefix });
      res.end();
      return;
    }
    if (!url.pathname.startsWith(prefix)) return notFound(res, head);
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname.slice(prefix.length));
    } catch {
      return notFound(res, head);
    }
    const file = path.resolve(root, rel);
    // Nothing outside the site folder, whatever the path says.
    if (file !== root && !file.startsWith(root + path.sep)) return notFound(res, head);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(file);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      const index = path.join(file, 'index.html');
      return fs.existsSync(index) ? send(res, 200, index, head) : notFound(res, head);
    }
    if (stat?.isFile()) return send(res, 200, file, head);
    return notFound(res, head);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    at: (sitePath) => `${origin}${prefix}${sitePath.replace(/^\//, '')}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
