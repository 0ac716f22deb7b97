/** Broken copies of the fixture report: copy it, break one thing, see what the validator says. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { loadReport } from '../../src/report/load.ts';
import { ReportError, type ReportIssue } from '../../src/report/errors.ts';
import { fixtureRoot } from './paths.ts';

const copies: string[] = [];

/** A fresh copy of the second-report fixture in a temporary folder; returns its root. */
export function copyFixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-bad-'));
  const root = path.join(dir, 'report');
  fs.cpSync(fixtureRoot, root, { recursive: true });
  copies.push(dir);
  return root;
}

/** Removes every copy made so far (call in afterAll). */
export function removeCopies(): void {
  for (const dir of copies.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * Replaces `from` with `to` in one file of a report. Fails the test if `from`
 * is not there exactly once, so a change to the fixture cannot turn a broken
 * copy back into a valid one unnoticed.
 */
export function edit(root: string, file: string, from: string, to: string): void {
  const full = path.join(root, file);
  const text = fs.readFileSync(full, 'utf8');
  const count = text.split(from).length - 1;
  expect(count, `"${from}" should occur once in ${file}`).toBe(1);
  fs.writeFileSync(full, text.replace(from, to));
}

/** Line number (from 1) of the first line of `file` that contains `needle`. */
export function lineOf(root: string, file: string, needle: string): number {
  const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  expect(i, `"${needle}" should be in ${file}`).toBeGreaterThanOrEqual(0);
  return i + 1;
}

/** The ReportError that loading the report at `root` throws; fails the test if it loads. */
export function reportErrorOf(root: string): ReportError {
  try {
    loadReport(root);
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
  return expect.unreachable('the broken report was accepted');
}

export interface ExpectedIssue {
  file: string;
  field?: string | undefined;
  line?: number | undefined;
  /** What was expected, in the editor's terms. */
  message: RegExp;
}

/**
 * Loads the report at `root`, expects a ReportError with an issue that names
 * `file` and `field` (and `line`), says what was expected, and shows all of
 * it in the printed message. Returns that issue.
 */
export function expectIssue(root: string, expected: ExpectedIssue): ReportIssue {
  const error = reportErrorOf(root);
  const inFile = error.issues.filter((i) => i.file === expected.file);
  const listed = error.issues.map((i) => `${i.file}:${i.line ?? '?'} ${i.field ?? '(no field)'}: ${i.message}`).join('\n');
  const issue = inFile.find((i) => i.field === expected.field && expected.message.test(i.message));
  expect(
    issue,
    `no issue in ${expected.file} on field ${expected.field ?? '(none)'} matching ${expected.message}; got:\n${listed}`,
  ).toBeDefined();
  if (!issue) throw new Error('unreachable');
  if (expected.line !== undefined) expect(issue.line, `line of the issue on ${expected.field ?? 'the file'}`).toBe(expected.line);
  // The printed message (what an editor reads in the terminal) names it all.
  const where = escapeRegExp(expected.file) + (expected.line !== undefined ? `:${expected.line}(?::\\d+)?\\s` : '');
  expect(error.message).toMatch(new RegExp(where));
  if (expected.field !== undefined) expect(error.message).toContain(expected.field);
  expect(error.message).toMatch(expected.message);
  return issue;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
