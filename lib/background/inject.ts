// Makes sure our content scripts are present in every frame of a tab. On recruiting hosts the light
// script is already there (manifest); elsewhere it arrives only now, on the user's gesture (activeTab).
import browser from 'webextension-polyfill';

export const CONTENT_SCRIPT = '/content-scripts/content.js';
export const FILL_SCRIPT = '/content-scripts/fill.js';
export const OVERLAY_SCRIPT = '/content-scripts/overlay.js';

/**
 * Injects `file` into every frame of the tab, or only into `frameId` (each script guards against running
 * twice), and returns the ids of the frames it now runs in.
 */
export async function injectIntoFrames(tabId: number, file: string, frameId?: number): Promise<number[]> {
  const target = frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] };
  const results = await browser.scripting.executeScript({ target, files: [file] });
  return results.map((r) => r.frameId).filter((id): id is number => typeof id === 'number');
}

export async function activeTabId(explicit?: number): Promise<number> {
  if (explicit !== undefined) return explicit;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab to work on.');
  return tab.id;
}
