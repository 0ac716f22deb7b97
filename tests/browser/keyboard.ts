/** Keyboard helpers of the browser tests: Tab to an element, whether focus shows, a walk through a whole page. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Presses Tab until the focused element matches `selector`; fails after one
 * full round of the page's focusable elements (and a few more for the
 * browser's own stops), so a longer page needs no new limit.
 */
export async function tabTo(page: Page, selector: string): Promise<void> {
  const stops = await page.evaluate(
    () => document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])').length,
  );
  const max = stops + 10;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  expect.unreachable(`no element matching ${selector} took focus after ${max} presses of Tab (a round of the page) on ${page.url()}`);
}

/** Whether the focused element shows a focus indicator (outline or box shadow). */
export const focusVisible = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return false;
    const s = getComputedStyle(el);
    return (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
  });

/** What the keyboard walk looks for, by CSS selector. */
export const keyboardTargets = {
  nav: 'header nav a[href]',
  toc: '[data-toc] a[href^="#"]',
  search: 'input[type="search"]',
  toggle: '[data-theme-toggle]',
  downloads: 'figure a[download]',
} as const;

export interface KeyboardStop {
  /** A readable name: tag, and the link target or text. */
  name: string;
  /** Which of keyboardTargets' selectors it matches. */
  matches: string[];
  focusVisible: boolean;
  onScreen: boolean;
  /** The element drawn over its middle, when it is not the focused element or part of it. */
  coveredBy: string | undefined;
}

/**
 * Tabs through the whole page from the top, as a keyboard user would, opening the folded
 * navigation and contents (<summary>) with Enter on the way; stops when focus leaves the page
 * or comes back to an element it has already seen.
 */
export async function walkByKeyboard(page: Page, max = 400): Promise<KeyboardStop[]> {
  const stops: KeyboardStop[] = [];
  const selectors = Object.values(keyboardTargets);
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(
      async ({ selectors, i }) => {
        // Two frames: what the reader sees once the focus change has been drawn.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const el = document.activeElement;
        if (!el || el === document.body) return 'left';
        if (el.hasAttribute('data-keyboard-walk')) return 'again';
        el.setAttribute('data-keyboard-walk', String(i));
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
        // A link that wraps has a box per line: test the middle of the first one.
        const first = [...el.getClientRects()].find((b) => b.width > 0 && b.height > 0) ?? r;
        const x = Math.min(Math.max(first.left + first.width / 2, 0), innerWidth - 1);
        const y = Math.min(Math.max(first.top + first.height / 2, 0), innerHeight - 1);
        const hit = document.elementFromPoint(x, y);
        const describe = (e: Element): string =>
          `<${e.tagName.toLowerCase()}${e.getAttribute('href') ? ` href="${e.getAttribute('href')}"` : ''}${e.id ? ` id="${e.id}"` : ''}>${(e.textContent ?? '').trim().slice(0, 30)}`;
        const summary = el.tagName === 'SUMMARY' && el.parentElement instanceof HTMLDetailsElement && !el.parentElement.open;
        return {
          name: describe(el),
          matches: selectors.filter((sel) => el.matches(sel)),
          focusVisible: (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
          onScreen,
          // Inside a drawing (a map region), the middle of the box may fall on the region's own label.
          coveredBy:
            hit && hit !== el && !el.contains(hit) && !hit.contains(el) && !(el.closest('svg')?.contains(hit) ?? false)
              ? describe(hit)
              : undefined,
          closedSummary: summary,
        };
      },
      { selectors, i },
    );
    if (stop === 'left' || stop === 'again') break;
    const { closedSummary, ...rest } = stop;
    stops.push(rest);
    if (closedSummary) await page.keyboard.press('Enter');
  }
  return stops;
}
