import browser from 'webextension-polyfill';
import { onMessages, sendToBackground, type ContentProtocol } from '~/lib/messaging';
import { fillFrame } from '~/lib/content/fill-frame';
import { answerFrameQuestions } from '~/lib/content/frame-visible';
import { sharedState, whileFilling } from '~/lib/content/shared-state';
import { undoLastFill } from '~/lib/fill/undo/snapshot';
import { clearReport, showReportPanel } from '~/lib/fill/report/report-panel';
import { typedAnswers } from '~/lib/fill/learn/typed-answers';

// The fill engine, injected by the background into every frame only when the user asks for a fill, so
// pages (recruiting ones included) pay nothing for it before that.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const state = sharedState();
    if (state.engine?.()) return; // a second fill on the same page reuses the first copy
    state.engine = () => Boolean(browser.runtime?.id);
    answerFrameQuestions(window);
    onMessages<ContentProtocol>({
      'fill-frame': (payload) => fillFrame(document, payload),
      'undo-frame': async () => {
        clearReport();
        return whileFilling(undoLastFill);
      },
      'typed-answers-frame': async () => typedAnswers(),
      'report-show': async ({ report }) => {
        showReportPanel(report, {
          onUndo: () => void sendToBackground('undo', {}),
          onDismiss: () => clearReport(),
        });
        return { shown: true };
      },
    });
  },
});
