// Every message the extension sends, in one place. Popup / commands / context menu → background →
// content scripts in each frame. Typed so a sender and its handler cannot drift apart.
import browser from 'webextension-polyfill';
import type { FillReport, UndoResult } from './fill/types';
import type { Resume } from './resume/types';
import type { AnswerBook } from './answers/types';
import type { TypedAnswer } from './answers/learned';
import type { StoredAttachment } from './attachments/types';

export interface FillOptions {
  /** Profile to fill from; default: the one chosen for this site, else the active one. */
  profileId?: string;
  /** Force a language instead of detecting it from the page. */
  lang?: 'zh' | 'en';
  /** Overwrite values the user already typed. */
  overwrite?: boolean;
  /** 'off': fill with the generic engine alone. Harness builds only (the benchmark compares the two). */
  adapters?: 'off';
}

/**
 * What a frame needs to fill: the résumé for a Chinese and for an English page (the frame knows its
 * own language), already resolved by the background, so the fill script never reads storage.
 */
export interface FillPayload {
  options: FillOptions;
  resumes: { zh: Resume; en: Resume };
  overwrite: boolean;
  /** The user's answers the fill may use (identifiers only when the user turned that on). */
  answers?: AnswerBook;
  /** The files of the profile filling a Chinese and an English page (résumé PDF, cover letter, transcript). */
  attachments?: { zh: StoredAttachment[]; en: StoredAttachment[] };
}

/** Messages handled by the background. */
export interface BackgroundProtocol {
  fill: { req: { tabId?: number; options?: FillOptions }; res: FillReport };
  undo: { req: { tabId?: number }; res: UndoResult };
  'last-report': { req: { tabId?: number }; res: FillReport | null };
  'toggle-card': { req: { tabId?: number }; res: { shown: boolean } };
  'open-picker': { req: { tabId?: number }; res: { opened: boolean } };
  /** A one-page wizard the user filled moved on to another step (sent by the fill script). */
  'step-changed': { req: { step: string }; res: { filled: boolean } };
  /** What the user typed since the last fill into the fields it left empty (popup → every frame). */
  'typed-answers': { req: { tabId?: number }; res: TypedAnswer[] };
  /** Written by the background from an extension context, never in the page. */
  'copy-text': { req: { text: string }; res: { ok: boolean } };
}

/** Messages handled by content scripts (sent to one frame or all). */
export interface ContentProtocol {
  'fill-frame': { req: FillPayload; res: FillReport | null };
  'undo-frame': { req: Record<string, never>; res: UndoResult };
  'card-toggle': { req: Record<string, never>; res: { shown: boolean } };
  'picker-open': { req: Record<string, never>; res: { opened: boolean } };
  'report-show': { req: { report: FillReport }; res: { shown: boolean } };
  'typed-answers-frame': { req: Record<string, never>; res: TypedAnswer[] };
}

type Envelope<P, K extends keyof P> = { type: K } & (P[K] extends { req: infer R } ? R : never);
type Res<P, K extends keyof P> = P[K] extends { res: infer R } ? R : never;
export type BackgroundMessage = {
  [K in keyof BackgroundProtocol]: Envelope<BackgroundProtocol, K>;
}[keyof BackgroundProtocol];
export type ContentMessage = {
  [K in keyof ContentProtocol]: Envelope<ContentProtocol, K>;
}[keyof ContentProtocol];

export function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  req: BackgroundProtocol[K]['req'],
): Promise<Res<BackgroundProtocol, K>> {
  return browser.runtime.sendMessage({ type, ...req }) as Promise<Res<BackgroundProtocol, K>>;
}

export function sendToFrame<K extends keyof ContentProtocol>(
  tabId: number,
  frameId: number,
  type: K,
  req: ContentProtocol[K]['req'],
): Promise<Res<ContentProtocol, K>> {
  return browser.tabs.sendMessage(tabId, { type, ...req }, { frameId }) as Promise<Res<ContentProtocol, K>>;
}

type Handlers<P> = {
  [K in keyof P]?: (msg: Envelope<P, K>, sender: browser.Runtime.MessageSender) => Promise<Res<P, K>>;
};

/** Registers handlers; messages of other types are left for other listeners (returns undefined). */
export function onMessages<P>(handlers: Handlers<P>): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
    const type = (msg as { type?: string } | null)?.type as keyof P | undefined;
    const handler = type !== undefined ? handlers[type] : undefined;
    if (!handler) return undefined;
    return (handler as (m: unknown, s: browser.Runtime.MessageSender) => Promise<unknown>)(msg, sender);
  });
}
