import browser from 'webextension-polyfill';
import { sendToBackground } from '~/lib/messaging';
import { sharedState } from '~/lib/content/shared-state';
import { trackTarget } from '~/lib/content/track-target';
import { installFocusButton } from '~/lib/highlights/focus-button';

// The light script: on recruiting hosts from the start (so the highlight button can appear beside a
// focused text box), elsewhere only after the user's gesture. The fill engine is a separate script
// (fill.content.ts) that the background injects when the user asks for a fill.
export default defineContentScript({
  // The recruiting hosts are written into the manifest by wxt.config.ts from lib/adapters (one source);
  // naming them here would bundle every adapter into this script, which must stay light.
  matches: [],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    const state = sharedState();
    if (state.light?.()) return; // injected again by a later gesture
    state.light = () => Boolean(browser.runtime?.id);
    trackTarget(document);
    installFocusButton(
      () => void sendToBackground('open-picker', {}),
      () => Boolean(state.filling),
    );
  },
});
