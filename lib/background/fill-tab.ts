// The one path every trigger takes (popup button, keyboard command, context menu): inject into every
// frame, fill each frame, merge, remember the report for the popup, show the panel in the top frame.
import browser from 'webextension-polyfill';
import { sendToFrame, type FillOptions } from '~/lib/messaging';
import type { FillReport } from '~/lib/fill/types';
import { setLastReport } from '~/lib/storage';
import { CONTENT_SCRIPT, injectIntoFrames } from './inject';
import { mergeReports } from './merge-reports';

export async function fillTab(tabId: number, options: FillOptions = {}): Promise<FillReport> {
  const tab = await browser.tabs.get(tabId);
  const frameIds = await injectIntoFrames(tabId, CONTENT_SCRIPT);
  const settled = await Promise.allSettled(
    frameIds.map((frameId) => sendToFrame(tabId, frameId, 'fill-frame', { options })),
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
  const frameIds = await injectIntoFrames(tabId, CONTENT_SCRIPT);
  const settled = await Promise.allSettled(
    frameIds.map((frameId) => sendToFrame(tabId, frameId, 'undo-frame', {})),
  );
  await setLastReport(tabId, null);
  return settled.reduce((n, s) => n + (s.status === 'fulfilled' ? s.value.restored : 0), 0);
}
