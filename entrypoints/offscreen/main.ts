// Chrome's offscreen document (reason CLIPBOARD): the only place the extension writes the clipboard in
// Chrome, since the service worker has no DOM and a web page must never see the text.
import { OFFSCREEN_COPY } from '~/lib/background/clipboard';
import { writeInDocument } from '~/lib/clipboard/write-in-document';

// Offscreen documents get chrome.runtime only, so the raw API is used rather than the polyfill.
type Runtime = {
  id: string;
  onMessage: {
    addListener(
      cb: (
        msg: unknown,
        sender: { id?: string; url?: string },
        respond: (r: unknown) => void,
      ) => boolean | void,
    ): void;
  };
};
const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;

runtime.onMessage.addListener((msg, sender, respond) => {
  const m = msg as { type?: string; text?: unknown } | null;
  if (m?.type !== OFFSCREEN_COPY || typeof m.text !== 'string') return undefined;
  // Only the background (a context of this extension without a tab) may ask.
  if (sender.id !== runtime.id) return undefined;
  void writeInDocument(document, m.text).then((ok) => respond({ ok }));
  return true;
});
