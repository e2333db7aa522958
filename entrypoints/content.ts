import { RECRUITING_MATCHES } from '~/lib/sites/recruiting-hosts';
import { onMessages, sendToBackground, type ContentProtocol } from '~/lib/messaging';
import { fillFrame } from '~/lib/content/fill-frame';
import { sharedState, trackTarget } from '~/lib/content/track-target';
import { undoLastFill } from '~/lib/fill/undo/snapshot';
import { clearReport, showReportPanel } from '~/lib/fill/report/report-panel';
import { installFocusButton } from '~/lib/highlights/focus-button';

// Present on recruiting hosts from the start; injected into any other page only on the user's gesture.
export default defineContentScript({
  matches: [...RECRUITING_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    const state = sharedState();
    if (state.loaded) return; // injected again by a later gesture
    state.loaded = true;
    trackTarget(document);
    installFocusButton(() => void sendToBackground('open-picker', {}));

    onMessages<ContentProtocol>({
      'fill-frame': ({ options }) => fillFrame(document, options),
      'undo-frame': async () => {
        clearReport();
        return { restored: await undoLastFill() };
      },
      'report-show': async ({ report }) => {
        showReportPanel(report, {
          onUndo: () => void sendToBackground('undo', {}),
          onDismiss: () => clearReport(),
        });
        return { shown: true };
      },
      ping: async () => ({ loaded: ['content'] }),
    });
  },
});
