// Makes sure our content scripts are present in every frame of a tab. On recruiting hosts the light
// script is already there (manifest); elsewhere it arrives only now, on the user's gesture (activeTab).
import browser from 'webextension-polyfill';

export const CONTENT_SCRIPT = '/content-scripts/content.js';
export const FILL_SCRIPT = '/content-scripts/fill.js';
export const OVERLAY_SCRIPT = '/content-scripts/overlay.js';

/**
 * A frame may never acknowledge an injected file (seen on a frame left on an error page): each frame is
 * injected on its own and given this long, so one such frame cannot stall the whole tab. The top frame is
 * what the user asked to fill, so it is waited for much longer: on a loaded machine Firefox took more than
 * 5 s to compile the engine there, and dropping the frame then turned a slow fill into no fill at all.
 */
const INJECT_DEADLINE_MS = 5_000;
const TOP_FRAME_INJECT_DEADLINE_MS = 25_000;

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Injects `file` into every frame of the tab, or only into `frameId` (each script guards against running
 * twice), and returns the ids of the frames it now runs in. The frames are listed first with a tiny
 * function, then each gets the file under its own deadline.
 */
export async function injectIntoFrames(tabId: number, file: string, frameId?: number): Promise<number[]> {
  if (frameId !== undefined) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    return [frameId];
  }
  // Listing can hang too (a frame whose document never finishes committing): the top frame then fills.
  const listed = await within(
    browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => true }),
    INJECT_DEADLINE_MS,
  ).catch(() => [{ frameId: 0 }]);
  const ids = listed.map((r) => r.frameId).filter((id): id is number => typeof id === 'number');
  const settled = await Promise.allSettled(
    ids.map((id) =>
      within(
        browser.scripting.executeScript({ target: { tabId, frameIds: [id] }, files: [file] }),
        id === 0 ? TOP_FRAME_INJECT_DEADLINE_MS : INJECT_DEADLINE_MS,
      ),
    ),
  );
  const injected = ids.filter((_, i) => settled[i]!.status === 'fulfilled');
  if (injected.length === 0) {
    const first = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    throw new Error(
      `The page did not let the extension's script in (${String(first?.reason?.message ?? first?.reason ?? 'no frame listed')}). Reload the page and try again.`,
    );
  }
  return injected;
}

export async function activeTabId(explicit?: number): Promise<number> {
  if (explicit !== undefined) return explicit;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab to work on.');
  return tab.id;
}
