import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessages, type ContentProtocol } from '~/lib/messaging';
import { createCardController } from './card-controller';
import { createPickerController } from './picker-controller';

type OverlayGlobal = { __resumeAutofillOverlay?: { alive: () => boolean } };

// Injected by the background only when the user opens the card or the picker: pages that never ask
// for them never load React or see any résumé text.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const g = globalThis as OverlayGlobal;
    // The background injects this file on every open. WXT gives each injection a context that kills the
    // previous one (and every UI mounted through it), so the first live copy keeps a context of its own
    // and serves all messages; later copies step aside. After an extension reload the old copy is dead
    // (no runtime id) and the next injection takes over.
    if (g.__resumeAutofillOverlay?.alive()) return;
    const ctx = new ContentScriptContext('resume-autofill-overlay-ui');
    g.__resumeAutofillOverlay = { alive: () => ctx.isValid };
    const card = createCardController(ctx);
    const picker = createPickerController(ctx);
    onMessages<ContentProtocol>({
      'card-toggle': async () => ({ shown: await card.toggle() }),
      'picker-open': async () => ({ opened: await picker.open() }),
    });
  },
});
