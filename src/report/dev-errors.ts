/**
 * The report's errors in `astro dev`, said once. The integration (loaded with
 * the config) and the content loaders (loaded by Vite) are separate copies of
 * the engine's modules, so the last message printed is kept on globalThis: an
 * error is printed when it first appears or changes, not on every request or
 * by every collection.
 */
import { ReportError } from './errors.ts';

const key = Symbol.for('report-engine.last-reported-error');
type Shared = { [key]?: string | undefined };
const shared = globalThis as Shared;

export interface Log {
  error(message: string): void;
  info(message: string): void;
}

/** Prints `error`'s message unless it is the one printed last. */
export function noteReportProblem(error: ReportError, log: Log): void {
  if (shared[key] === error.message) return;
  shared[key] = error.message;
  log.error(error.message.trimEnd());
}

/** Runs `read`; returns its ReportError (printed once) or undefined, and forgets the last error once the report is valid. */
export function reportProblem(read: () => unknown, log: Log): ReportError | undefined {
  try {
    read();
  } catch (error) {
    if (!(error instanceof ReportError) && !(error instanceof Error && error.name === 'ReportError')) throw error;
    const problem = error as ReportError;
    noteReportProblem(problem, log);
    return problem;
  }
  if (shared[key] !== undefined) {
    shared[key] = undefined;
    log.info('the report is valid again');
  }
  return undefined;
}
