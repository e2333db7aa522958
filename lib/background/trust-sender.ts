// Who may ask the background for what. A content script runs in pages we do not control, and a page that
// compromises one (or a bug in one) must not be able to fill another tab, choose a profile, read the
// last report's filled values and URLs, or undo elsewhere. Content scripts get only what their own UI
// needs, always for their own tab; everything else is for the extension's own pages.
import type browser from 'webextension-polyfill';
import type { BackgroundProtocol } from '~/lib/messaging';

export type SenderKind = 'extension-page' | 'content-script' | 'untrusted';
type Sender = browser.Runtime.MessageSender;

/** Pages of ours that may be opened in a tab and still speak for the user (tests open the popup so). */
const OWN_TAB_PAGES = ['/popup.html', '/options.html'];

export function senderKind(sender: Sender, ownId: string, ownOrigin: string): SenderKind {
  if (sender.id !== ownId) return 'untrusted';
  const url = sender.url ?? '';
  if (url.startsWith(ownOrigin)) {
    if (!sender.tab) return 'extension-page';
    const path = URL.canParse(url) ? new URL(url).pathname : '';
    return OWN_TAB_PAGES.includes(path) ? 'extension-page' : 'untrusted';
  }
  return sender.tab?.id !== undefined ? 'content-script' : 'untrusted';
}

/**
 * What a content script's own UI sends: the report panel's Undo, the focus button, the card's copy, and
 * the fill script's word that a wizard it filled moved to the next step (filled, if at all, in its own
 * tab, only when the user turned that on, on a site whose adapter knows the wizard).
 */
const CONTENT_SCRIPT_MAY: ReadonlySet<keyof BackgroundProtocol> = new Set([
  'undo',
  'open-picker',
  'copy-text',
  'step-changed',
]);

export function mayHandle(type: keyof BackgroundProtocol, kind: SenderKind): boolean {
  if (kind === 'extension-page') return true;
  return kind === 'content-script' && CONTENT_SCRIPT_MAY.has(type);
}

export class UntrustedSenderError extends Error {
  constructor(type: string) {
    super(`"${type}" is not accepted from this sender.`);
  }
}

/**
 * The tab a message is about: a content script's own tab (whatever tabId it names), or for an extension
 * page the tab it names, else none (the caller then takes the active tab).
 */
export function tabOf(kind: SenderKind, sender: Sender, requested: number | undefined): number | undefined {
  return kind === 'content-script' ? sender.tab?.id : requested;
}
