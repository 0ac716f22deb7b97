/**
 * The Nu Html Checker (vnu-jar, the W3C validator) over folders of built
 * pages, in one JVM run. Needs Java 11 or later on the PATH (Debian:
 * default-jre-headless); `javaVersion()` tells whether it is there.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** Java's version line, or undefined when there is no java to run. */
export function javaVersion(): string | undefined {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return undefined;
  return `${r.stderr}${r.stdout}`.split('\n')[0]?.trim();
}

export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  /** Absolute path of the page, from `url`. */
  file: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** Validates every HTML file under `dirs` (and any files named); resolves with every message. */
export async function validateHtml(dirs: readonly string[]): Promise<VnuMessage[]> {
  const child = spawn('java', ['-Xss4m', '-jar', vnuJar, '--format', 'json', '--skip-non-html', '--exit-zero-always', ...dirs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (out += s));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const start = out.indexOf('{');
  if (code !== 0 || start < 0) throw new Error(`vnu failed (exit code ${code}):\n${out}`);
  const parsed = JSON.parse(out.slice(start)) as { messages: Array<Omit<VnuMessage, 'file'>> };
  return parsed.messages.map((m) => ({ ...m, file: m.url?.startsWith('file:') ? path.resolve(fileURLToPath(m.url)) : (m.url ?? '') }));
}

/**
 * Whether a message fails the gate: every error, and every warning but the
 * checker's own CSP evaluation, which cannot resolve 'self' for pages read
 * from file: URLs (tests/quality/security.test.ts and the browser tests check the CSP).
 */
export const failsGate = (m: VnuMessage): boolean =>
  (m.type !== 'info' || m.subType === 'warning') && !/violates Content Security Policy/.test(m.message);

export function describeMessage(m: VnuMessage, root: string): string {
  const where = `${path.relative(root, m.file)}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}`;
  return `${where} ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}${m.extract ? ` [${m.extract.replace(/\s+/g, ' ').trim()}]` : ''}`;
}
