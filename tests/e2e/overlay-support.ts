// Shared by the overlay tests (card, highlight picker). The overlays live in CLOSED shadow roots, so the
// tests drive them as a keyboard user does and observe only what the page itself can see: the host
// elements, the focus, the page's fields and the clipboard.
import type { Page, Worker } from 'playwright-core';
import type { Profile } from '~/lib/storage/types';
import { screenshotPath, storedData } from './support';

export const CARD = 'resume-autofill-card';
export const PICKER = 'resume-autofill-picker';
export const FOCUS_BUTTON = 'focus-button';
export const PAGES = new URL('./pages/', import.meta.url).pathname;

// Runs inside the service worker, where `chrome` is the extension API (no @types/chrome here).
type Tab = { id?: number; url?: string; pendingUrl?: string };
type Chrome = {
  tabs: { query(q: object): Promise<Tab[]> };
  commands: { onCommand: { dispatch(name: string, tab: Tab): void } };
  scripting: { executeScript(o: { target: { tabId: number }; func: () => unknown }): Promise<unknown> };
};

/** Whether the browser refuses the extension's scripts in the tab (browser and extension pages). */
export async function scriptingRefused(sw: Worker, tabId: number): Promise<boolean> {
  return sw.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    return chrome.scripting.executeScript({ target: { tabId: id }, func: () => 1 }).then(
      () => false,
      () => true,
    );
  }, tabId);
}

/** Runs a keyboard-shortcut command for the tab showing `page`, as the browser does for the shortcut. */
export async function dispatchCommand(sw: Worker, page: Page, name: string): Promise<void> {
  const dispatched = await sw.evaluate(
    async ({ url, name }) => {
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url || t.pendingUrl === url);
      if (tab) chrome.commands.onCommand.dispatch(name, tab);
      return tab !== undefined;
    },
    { url: page.url(), name },
  );
  if (!dispatched) throw new Error(`No tab shows ${page.url()}`);
}

/** Ids of every open tab; a browser page's URL is hidden from the extension, so tests find its tab by id. */
export function tabIds(sw: Worker): Promise<number[]> {
  return sw.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    return (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
  });
}

/** The `data-resume-autofill-ui` names of the overlay hosts in the page. */
export function overlayHosts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-resume-autofill-ui]')].map(
      (e) => e.getAttribute('data-resume-autofill-ui') ?? '',
    ),
  );
}

export async function waitForOverlay(page: Page, name: string, shown = true): Promise<void> {
  await page.waitForFunction(
    ({ name, shown }) => (document.querySelector(`[data-resume-autofill-ui="${name}"]`) !== null) === shown,
    { name, shown },
  );
}

/** Clicks the focus button shown on the focused text box, as a mouse user does. */
export async function clickFocusButton(page: Page): Promise<void> {
  await waitForOverlay(page, FOCUS_BUTTON);
  // The button is a 26-px circle drawn from the top-left corner of its zero-size, fixed host.
  const at = await page.evaluate((name) => {
    const host = document.querySelector<HTMLElement>(`[data-resume-autofill-ui="${name}"]`)!;
    return { x: parseFloat(host.style.left) + 13, y: parseFloat(host.style.top) + 13 };
  }, FOCUS_BUTTON);
  await page.mouse.click(at.x, at.y);
}

/** Which of `needles` the page's own DOM contains (a closed shadow root's content is not in it). */
export function leakedInto(page: Page, needles: string[]): Promise<string[]> {
  return page.evaluate((list) => list.filter((n) => document.documentElement.outerHTML.includes(n)), needles);
}

/** The overlay host that holds the keyboard focus, if any: focus inside a shadow root shows as its host. */
export function focusedOverlay(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-resume-autofill-ui') ?? null);
}

export async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/**
 * Empties the clipboard, runs `action` (which should copy something) and waits for the clipboard to hold
 * text, which it returns. The page needs clipboard-read and clipboard-write permission.
 */
export async function copiedBy(page: Page, action: () => Promise<void>): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await action();
  // Polled from here: the copy goes through the background, so it lands a moment after the key press
  // (waitForFunction would take the async predicate's pending promise as an answer).
  const deadline = Date.now() + 10_000;
  for (;;) {
    const text = await page.evaluate(() => navigator.clipboard.readText());
    if (text || Date.now() > deadline) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The profile the extension stored on import: the tests derive their expectations from its résumé. */
export async function storedProfile(sw: Worker): Promise<Profile> {
  const profiles = (await storedData(sw)).profiles as Profile[] | undefined;
  if (!profiles?.length) throw new Error('No résumé stored');
  return profiles[0]!;
}

/** Light and dark screenshots of the page as it is now, saved as `<name>-light.png` / `<name>-dark.png`. */
export async function screenshotBoth(
  page: Page,
  name: string,
  opts: { fullPage?: boolean } = {},
): Promise<string[]> {
  const paths: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForFunction((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, colorScheme);
    // Buttons fade their background for 0.15 s: let the new colours settle before the shot.
    await new Promise((r) => setTimeout(r, 300));
    const path = screenshotPath(`${name}-${colorScheme}`);
    await page.screenshot({ path, fullPage: opts.fullPage ?? false });
    paths.push(path);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return paths;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface CdpNode {
  nodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function attr(node: CdpNode, name: string): string | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

/**
 * Viewport boxes of elements inside an overlay, by class name (the first element with that class). The
 * overlays' shadow roots are closed to the page, so this reads them as the browser's inspector does.
 */
export async function overlayRects(
  page: Page,
  name: string,
  classes: string[],
): Promise<Record<string, Rect | null>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = [...walk(root)].find((n) => attr(n, 'data-resume-autofill-ui') === name);
    if (!host) throw new Error(`No overlay ${name} in the page`);
    const out: Record<string, Rect | null> = {};
    for (const cls of classes) {
      const node = [...walk(host)].find((n) => (attr(n, 'class') ?? '').split(/\s+/).includes(cls));
      if (!node) {
        out[cls] = null;
        continue;
      }
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as {
        model: { border: number[] };
      };
      const xs = [model.border[0], model.border[2], model.border[4], model.border[6]];
      const ys = [model.border[1], model.border[3], model.border[5], model.border[7]];
      out[cls] = {
        left: Math.min(...xs),
        top: Math.min(...ys),
        right: Math.max(...xs),
        bottom: Math.max(...ys),
      };
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** Whether `inner` lies inside `outer`, to the pixel (boxes are fractional). */
export function within(inner: Rect, outer: Rect): boolean {
  const e = 0.5;
  return (
    inner.left >= outer.left - e &&
    inner.top >= outer.top - e &&
    inner.right <= outer.right + e &&
    inner.bottom <= outer.bottom + e
  );
}

/**
 * Runs `fn` (source of a function whose `this` is the overlay's closed shadow root) and returns its
 * JSON result: for what only the rendered DOM knows, such as whether a label overflows its box.
 */
export async function inOverlay<T>(page: Page, name: string, fn: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = [...walk(root)].find((n) => attr(n, 'data-resume-autofill-ui') === name);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) throw new Error(`No overlay ${name} in the page`);
    const { object } = (await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId })) as {
      object: { objectId: string };
    };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      returnByValue: true,
    })) as { result: { value: T } };
    return result.value;
  } finally {
    await cdp.detach();
  }
}
