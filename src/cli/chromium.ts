/**
 * The Chromium that the browser tests and `npm run bench` drive: Debian's
 * chromium when it is installed, else a Chromium installed by Playwright
 * (`npx playwright-core install chromium`), else none, and then the caller
 * stops at once saying what to install. CHROMIUM_PATH overrides both.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags that work headless as root in a container without network (see the stack notes). */
export const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

// Not /usr/bin/chromium-browser: on Ubuntu that is a stub that installs a snap.
const debianPaths = ['/usr/bin/chromium'];

/** Path of the Chromium to drive, or undefined when none is installed. */
export function findChromium(): string | undefined {
  const override = process.env['CHROMIUM_PATH'];
  if (override) return fs.existsSync(override) ? override : undefined;
  for (const p of debianPaths) if (fs.existsSync(p)) return p;
  try {
    const bundled = chromium.executablePath();
    if (bundled && fs.existsSync(bundled)) return bundled;
  } catch {
    // playwright-core knows no bundled browser for this platform
  }
  return undefined;
}

export const noBrowserMessage = [
  'No Chromium to run the browser tests with. Install one of:',
  '  Debian/Ubuntu:  apt-get install chromium        (then /usr/bin/chromium is used)',
  '  Playwright:     npx playwright-core install chromium',
  'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
].join('\n');

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(noBrowserMessage);
  return chromium.launch({ executablePath, args: launchArgs, headless: true });
}
