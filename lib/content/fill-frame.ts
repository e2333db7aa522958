// What one frame does when the background asks it to fill: pick the profile for this page, run the
// engine, keep the report for undo and the panel.
import type { FillOptions } from '~/lib/messaging';
import type { FillReport } from '~/lib/fill/types';
import { runFill } from '~/lib/fill/run-fill';
import { detectPageLang } from '~/lib/fill/describe/detect-lang';
import { resolveResumeForPage, getSettings } from '~/lib/storage';

export class NoResumeError extends Error {
  constructor() {
    super('No résumé is loaded yet: import one in the extension options first.');
  }
}

export async function fillFrame(doc: Document, options: FillOptions): Promise<FillReport> {
  const lang = options.lang ?? detectPageLang(doc);
  const host = doc.location?.hostname ?? '';
  const resolved = await resolveResumeForPage({ host, lang });
  if (!resolved) throw new NoResumeError();
  const settings = await getSettings();
  return runFill(doc, resolved.resume, {
    lang,
    overwrite: options.overwrite ?? settings.overwrite,
  });
}
