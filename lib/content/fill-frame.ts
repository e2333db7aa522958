// What one frame does when the background asks it to fill: pick the site's adapter by the frame's own
// address (an embedded board has its own), take the résumé for this page's language, run the engine
// while the shared "filling" flag keeps the in-page UI still. The background has already chosen the
// profiles, so nothing here reads storage. A frame no one can see (a transparent, zero-size or hidden
// iframe) fills nothing.
import { sendToBackground, type FillPayload } from '~/lib/messaging';
import type { FillReport, SiteAdapter } from '~/lib/fill/types';
import { adapterFor } from '~/lib/adapters';
import { countStatuses } from '~/lib/fill/report/final-status';
import { runFill } from '~/lib/fill/run-fill';
import { detectPageLang } from '~/lib/fill/describe/detect-lang';
import { frameVisible } from './frame-visible';
import { whileFilling } from './shared-state';
import { watchSteps } from './watch-steps';

/** The generic engine alone, for the benchmark's comparison: honoured only by the harness build. */
function adaptersOff(payload: FillPayload): boolean {
  return payload.options.adapters === 'off' && import.meta.env.MODE === 'harness';
}

export async function fillFrame(doc: Document, payload: FillPayload): Promise<FillReport> {
  const { options, resumes, overwrite, answers, attachments } = payload;
  const lang = options.lang ?? detectPageLang(doc);
  if (!(await frameVisible(doc.defaultView ?? window))) return hiddenFrameReport(doc, lang);
  const adapter = adaptersOff(payload) ? undefined : adapterFor(doc.location);
  const report = await whileFilling(() =>
    runFill(doc, resumes[lang], {
      lang,
      overwrite: options.overwrite ?? overwrite,
      adapter,
      answers,
      attachments: attachments?.[lang],
    }),
  );
  if (adapter?.wizard) followSteps(doc, adapter.wizard);
  return report;
}

/**
 * On a one-page wizard, the step just filled is remembered; when the user moves on to another step the
 * background hears of it (and fills that step if the user turned that on; pressing fill works anyway).
 */
function followSteps(doc: Document, wizard: NonNullable<SiteAdapter['wizard']>): void {
  const step = [...new Set(wizard.step.map((s) => s.css))];
  watchSteps(doc, { step, stepName: wizard.stepName }, (name) => {
    void sendToBackground('step-changed', { step: name }).catch(() => undefined);
  });
}

function hiddenFrameReport(doc: Document, lang: 'zh' | 'en'): FillReport {
  const counts = countStatuses([]);
  return { url: doc.URL, adapter: 'generic', lang, durationMs: 0, fields: [], counts, selectorMisses: [] };
}
