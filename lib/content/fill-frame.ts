// What one frame does when the background asks it to fill: take the résumé for this page's language,
// run the engine. The background has already chosen the profiles, so nothing here reads storage. A frame
// no one can see (a transparent, zero-size or hidden iframe) fills nothing.
import type { FillPayload } from '~/lib/messaging';
import type { FillReport } from '~/lib/fill/types';
import { runFill } from '~/lib/fill/run-fill';
import { detectPageLang } from '~/lib/fill/describe/detect-lang';
import { frameVisible } from './frame-visible';

export async function fillFrame(
  doc: Document,
  { options, resumes, overwrite }: FillPayload,
): Promise<FillReport> {
  const lang = options.lang ?? detectPageLang(doc);
  if (!(await frameVisible(doc.defaultView ?? window))) return hiddenFrameReport(doc, lang);
  return runFill(doc, resumes[lang], { lang, overwrite: options.overwrite ?? overwrite });
}

function hiddenFrameReport(doc: Document, lang: 'zh' | 'en'): FillReport {
  const counts = { filled: 0, uncertain: 0, skipped: 0, failed: 0, kept: 0, 'required-empty': 0 };
  return { url: doc.URL, adapter: 'generic', lang, durationMs: 0, fields: [], counts };
}
