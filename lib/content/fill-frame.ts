// What one frame does when the background asks it to fill: take the résumé for this page's language,
// run the engine. The background has already chosen the profiles, so nothing here reads storage.
import type { FillPayload } from '~/lib/messaging';
import type { FillReport } from '~/lib/fill/types';
import { runFill } from '~/lib/fill/run-fill';
import { detectPageLang } from '~/lib/fill/describe/detect-lang';

export async function fillFrame(
  doc: Document,
  { options, resumes, overwrite }: FillPayload,
): Promise<FillReport> {
  const lang = options.lang ?? detectPageLang(doc);
  return runFill(doc, resumes[lang], { lang, overwrite: options.overwrite ?? overwrite });
}
