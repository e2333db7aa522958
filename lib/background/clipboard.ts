// The card and the picker copy through the background, never in the page (whose `copy` listeners would
// see the text, or swap it while the card says "Copied"). Chrome's service worker has no DOM, so it
// hands the text to an offscreen document; Firefox's background page has a DOM of its own.
import browser from 'webextension-polyfill';
import { writeInDocument } from '~/lib/clipboard/write-in-document';

/** The message the offscreen document answers; only the background sends it. */
export const OFFSCREEN_COPY = 'offscreen-copy';
const OFFSCREEN_URL = 'offscreen.html';

interface OffscreenApi {
  createDocument(o: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ChromeWithOffscreen {
  offscreen?: OffscreenApi;
  runtime: { getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]> };
}

let creating: Promise<void> | null = null;

async function ensureOffscreen(chromeApi: ChromeWithOffscreen & { offscreen: OffscreenApi }): Promise<void> {
  const open = await chromeApi.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (open && open.length > 0) return;
  // Only one offscreen document may exist: two quick copies share one creation.
  creating ??= chromeApi.offscreen
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: ['CLIPBOARD'],
      justification: 'Copy a value from the résumé card without exposing it to the web page.',
    })
    .finally(() => (creating = null));
  await creating;
}

/** Writes `text` to the clipboard from an extension context; true only when the write succeeded. */
export async function writeClipboard(text: string): Promise<boolean> {
  const chromeApi = (globalThis as { chrome?: ChromeWithOffscreen }).chrome;
  const offscreen = chromeApi?.offscreen;
  if (chromeApi && offscreen) {
    await ensureOffscreen({ ...chromeApi, offscreen });
    const res = (await browser.runtime.sendMessage({ type: OFFSCREEN_COPY, text })) as
      { ok?: boolean } | undefined;
    return res?.ok === true;
  }
  if (typeof document === 'undefined') return false;
  return writeInDocument(document, text);
}
