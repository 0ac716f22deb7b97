/** The sites the global setup builds once per run, and how build tests get at them. */
import { beforeAll, inject } from 'vitest';

export interface SiteBuild {
  /** Output folder of the build (exists only if the build succeeded). */
  outDir: string;
  ok: boolean;
  /** What the build printed, for the failure message. */
  log: string;
}

export const siteNames = ['real', 'fixture', 'fixtureUnderBase'] as const;
export type SiteName = (typeof siteNames)[number];
export type Sites = Record<SiteName, SiteBuild>;

declare module 'vitest' {
  export interface ProvidedContext {
    sites: Sites;
  }
}

/** The built site `name`; every test of the calling file fails with the build's output if it did not build. */
export function useSite(name: SiteName): SiteBuild {
  const site = inject('sites')[name];
  beforeAll(() => {
    if (!site.ok) throw new Error(`the ${name} site did not build:\n${site.log}`);
  });
  return site;
}
