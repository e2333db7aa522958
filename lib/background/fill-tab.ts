// The one path every trigger takes (popup button, keyboard command, context menu): resolve the résumé,
// inject the engine into every frame, fill each frame, merge, remember the report for the popup, show
// the panel in the top frame.
import browser from 'webextension-polyfill';
import { sendToFrame, type FillOptions, type FillPayload } from '~/lib/messaging';
import type { FillReport, UndoResult } from '~/lib/fill/types';
import type { TypedAnswer } from '~/lib/answers/learned';
import {
  answerBookForFill,
  getAttachments,
  getSettings,
  resolveResume,
  resolveResumeForPage,
  setLastReport,
} from '~/lib/storage';
import { FILL_SCRIPT, injectIntoFrames } from './inject';
import { emptyCounts, mergeReports } from './merge-reports';

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
  const [zh, en, settings, answers] = await Promise.all([
    pick('zh'),
    pick('en'),
    getSettings(),
    answerBookForFill(),
  ]);
  if (!zh || !en) throw new NoResumeError();
  // The files go along with their profile's résumé: a Chinese page gets the Chinese CV's PDF.
  const [zhFiles, enFiles] = await Promise.all([
    getAttachments(zh.profile.id),
    getAttachments(en.profile.id),
  ]);
  return {
    options,
    resumes: { zh: zh.resume, en: en.resume },
    overwrite: settings.overwrite,
    answers,
    attachments: { zh: zhFiles, en: enFiles },
  };
}

/**
 * How long a frame may take to answer. The engine keeps its own budget (PAGE_BUDGET_MS) and reports when
 * it runs out, so this only catches a frame that cannot answer at all (its page stuck in a loop, the
 * frame gone): the other frames' reports are not held hostage by it.
 */
export const FRAME_DEADLINE_MS = 35_000;

function answerWithin<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export async function fillTab(tabId: number, options: FillOptions = {}): Promise<FillReport> {
  const tab = await browser.tabs.get(tabId);
  const payload = await payloadFor(tab.url ?? '', options);
  const frameIds = await injectIntoFrames(tabId, FILL_SCRIPT);
  const settled = await Promise.allSettled(
    frameIds.map((frameId) =>
      answerWithin(sendToFrame(tabId, frameId, 'fill-frame', payload), FRAME_DEADLINE_MS),
    ),
  );
  const reports = settled.flatMap((s) => (s.status === 'fulfilled' && s.value ? [s.value] : []));
  const silent = frameIds.filter(
    (_, i) =>
      settled[i]!.status === 'rejected' &&
      /no answer/.test(String((settled[i] as PromiseRejectedResult).reason?.message)),
  );
  if (silent.length > 0 && reports.length > 0) reports.push(silentFramesReport(tab.url ?? '', silent));
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

/** A report line per frame that never answered, so the user knows part of the page was not filled. */
function silentFramesReport(url: string, frameIds: number[]): FillReport {
  const fields = frameIds.map((id) => ({
    label: id === 0 ? 'the page' : `frame ${id}`,
    status: 'failed' as const,
    reason: `did not answer within ${FRAME_DEADLINE_MS / 1000} s; what it filled, if anything, is not listed`,
  }));
  const counts = emptyCounts();
  counts.failed = fields.length;
  return {
    url,
    adapter: 'generic',
    lang: 'en',
    durationMs: FRAME_DEADLINE_MS,
    fields,
    counts,
    selectorMisses: [],
  };
}

export async function undoTab(tabId: number): Promise<UndoResult> {
  const frameIds = await injectIntoFrames(tabId, FILL_SCRIPT);
  const settled = await Promise.allSettled(
    frameIds.map((frameId) => sendToFrame(tabId, frameId, 'undo-frame', {})),
  );
  await setLastReport(tabId, null);
  const total: UndoResult = { restored: 0, removed: 0, kept: 0 };
  for (const s of settled) {
    if (s.status !== 'fulfilled') continue;
    total.restored += s.value.restored;
    total.removed += s.value.removed ?? 0;
    total.kept += s.value.kept ?? 0;
  }
  return total;
}

/** What the user typed since the last fill into the fields it left empty, from every frame of the tab. */
export async function typedAnswersInTab(tabId: number): Promise<TypedAnswer[]> {
  const frameIds = await injectIntoFrames(tabId, FILL_SCRIPT);
  const settled = await Promise.allSettled(
    frameIds.map((frameId) => sendToFrame(tabId, frameId, 'typed-answers-frame', {})),
  );
  return settled.flatMap((s) => (s.status === 'fulfilled' && Array.isArray(s.value) ? s.value : []));
}
