/**
 * npm 12 runs no install script that package.json's `allowScripts` does not
 * approve, and `npm ci --strict-allow-scripts` (.ci/run) stops on one it
 * neither approves nor denies. This checks the policy against the lockfile
 * without installing: every package with an install script is decided, every
 * decision names a package that is really there, and each approved package is
 * pinned by version and integrity hash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';

interface LockEntry {
  version?: string;
  integrity?: string;
  hasInstallScript?: boolean;
}

const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };

/** The package name of a lockfile key ("node_modules/a/node_modules/@s/b" → "@s/b"). */
const nameOf = (key: string): string => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
/** The package name of an allowScripts key ("esbuild", "node@24.21.0", "@s/b@1.0.0"). */
const policyName = (key: string): string => key.replace(/(?<=.)@[^@/]+$/, '');

const withScripts = Object.entries(lock.packages).filter(([key, e]) => key !== '' && e.hasInstallScript === true);
const policy = pkg.allowScripts ?? {};

describe('install scripts', () => {
  it('every package with an install script is approved or denied in allowScripts', () => {
    const decided = new Set(Object.keys(policy).map(policyName));
    const undecided = withScripts.map(([key]) => nameOf(key)).filter((name) => !decided.has(name));
    expect(undecided, `not covered by allowScripts: ${undecided.join(', ')}; review them, then npm install-scripts approve|deny`).toEqual(
      [],
    );
  });

  it('allowScripts names only packages that are installed and have install scripts', () => {
    const present = new Set(withScripts.map(([key]) => nameOf(key)));
    const stale = Object.keys(policy).filter((key) => !present.has(policyName(key)));
    expect(stale, `allowScripts entries for packages without install scripts: ${stale.join(', ')}`).toEqual([]);
  });

  it('each approved package is pinned in the lockfile by version and integrity hash', () => {
    const approved = Object.entries(policy)
      .filter(([, allow]) => allow)
      .map(([key]) => policyName(key));
    expect(approved.length).toBeGreaterThan(0);
    for (const name of approved) {
      const entries = withScripts.filter(([key]) => nameOf(key) === name).map(([, e]) => e);
      expect(entries.length, `${name} is approved but not in the lockfile`).toBeGreaterThan(0);
      for (const e of entries) {
        expect(e.version, `${name} has no exact version in the lockfile`).toMatch(/^\d+\.\d+\.\d+/);
        expect(e.integrity, `${name} has no integrity hash in the lockfile`).toMatch(/^sha512-/);
      }
    }
  });
});
