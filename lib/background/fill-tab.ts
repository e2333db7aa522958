// The one path every trigger takes (popup button, keyboard command, context menu): resolve the résumé,
// inject the engine into every frame, fill each frame, merge, remember the report for the popup, show
// the panel in the top frame.
import browser from 'webextension-polyfill';
import { sendToFrame, type FillOptions, type FillPayload } from '~/lib/messaging';
import type { FillReport } from '~/lib/fill/types';
import { getSettings, resolveResume, resolveResumeForPage, setLastReport } from '~/lib/storage';
import { FILL_SCRIPT, injectIntoFrames } from './inject';
import { mergeReports } from './merge-reports';

export class NoResumeError extends Error {
  constructor() {
    super('No résumé is loaded yet: import one in the extension options first.');
  }
}

/** The résumé for a Chinese and for an English page of this site (a chosen profile wins for both). */
async function payloadFor(url: string, options: FillOptions): Promise<FillPayload> {
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  const pick = (lang: 'zh' | 'en') =>
    options.profileId ? resolveResume(options.profileId) : resolveResumeForPage({ host, lang });
  const [zh, en, settings] = await Promise.all([pick('zh'), pick('en'), getSettings()]);
  if (!zh || !en) throw new NoResumeError();
  return { options, resumes: { zh: zh.resume, en: en.resume }, overwrite: settings.overwrite };
}

export async function fillTab(tabId: number, options: FillOptions = {}): Promise<FillReport> {
  const tab = await browser.tabs.get(tabId);
  const payload = await payloadFor(tab.url ?? '', options);
  const frameIds = await injectIntoFrames(tabId, FILL_SCRIPT);
  const settled = await Promise.allSettled(
    frameIds.map((frameId) => sendToFrame(tabId, frameId, 'fill-frame', payload)),
  );
  const reports = settled.flatMap((s) => (s.status === 'fulfilled' && s.value ? [s.value] : []));
  if (reports.length === 0) {
    const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    throw new Error(
      failure ? String(failure.reason?.message ?? failure.reason) : 'No frame could be filled.',
    );
  }
  const report = mergeReports(tab.url ?? '', reports);
  await setLastReport(tabId, report);
  await sendToFrame(tabId, 0, 'report-show', { report }).catch(() => undefined);
  return report;
}

export async function undoTab(tabId: number): Promise<number> {
  const frameIds = await injectIntoFrames(tabId, FILL_SCRIPT);
  const settled = await Promise.allSettled(
    frameIds.map((frameId) => sendToFrame(tabId, frameId, 'undo-frame', {})),
  );
  await setLastReport(tabId, null);
  return settled.reduce((n, s) => n + (s.status === 'fulfilled' ? s.value.restored : 0), 0);
}
