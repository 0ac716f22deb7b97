import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './src/cli/chromium.ts';
const root = path.resolve('dist');
const server = http.createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let f = path.join(root, p);
  if (fs.existsSync(f) && fs.statSync(f).isDirectory()) f = path.join(f, 'index.html');
  if (!fs.existsSync(f)) { res.statusCode = 404; f = path.join(root, '404.html'); }
  const ext = path.extname(f);
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8' };
  res.setHeader('Content-Type', types[ext] ?? 'application/octet-stream');
  res.end(fs.readFileSync(f));
}).listen(4399);
const browser = await launchBrowser();
const shots: Array<[string, number, 'light' | 'dark', string]> = [
  ['/ru/chapters/legal-framework/', 1280, 'light', 'ru-legal-1280-light'],
  ['/ru/chapters/legal-framework/', 390, 'dark', 'ru-legal-390-dark'],
  ['/ru/chapters/references/', 1280, 'dark', 'ru-refs-1280-dark'],
  ['/ru/chapters/references/', 390, 'light', 'ru-refs-390-light'],
  ['/nope/', 390, 'light', '404-390-light'],
  ['/nope/', 1280, 'dark', '404-1280-dark'],
];
for (const [url, width, scheme, name] of shots) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await page.goto(`http://localhost:4399${url}`);
  const open = await page.$('details.cite-this');
  if (open) { await page.evaluate(() => { const d = document.querySelector('details.cite-this') as HTMLDetailsElement; d.open = true; d.scrollIntoView(); }); }
  if (name.includes('legal')) {
    const el = await page.$('details.cite-this');
    await el?.screenshot({ path: `/tmp/E-${name}.png` });
    const note = await page.$('aside.editorial-note');
    await note?.screenshot({ path: `/tmp/E-${name}-note.png` });
  } else if (name.includes('refs')) {
    await page.evaluate(() => document.querySelector('.reference-list')?.scrollIntoView());
    await page.screenshot({ path: `/tmp/E-${name}.png` });
  } else await page.screenshot({ path: `/tmp/E-${name}.png`, fullPage: false });
  await page.close();
}
await browser.close();
server.close();
