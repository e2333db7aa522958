import { describe, expect, it } from 'vitest';
import { mayHandle, senderKind, tabOf } from '~/lib/background/trust-sender';

const ID = 'own-id';
const ORIGIN = `chrome-extension://${ID}/`;
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };

describe('senderKind / mayHandle', () => {
  const contentScript = { id: ID, url: 'https://jobs.example.com/apply', tab, frameId: 2 };
  const popup = { id: ID, url: `${ORIGIN}popup.html` };
  const popupInTab = { id: ID, url: `${ORIGIN}popup.html?tabId=3`, tab };
  const otherPageInTab = { id: ID, url: `${ORIGIN}offscreen.html`, tab };
  const otherExtension = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' };

  it('tells content scripts, our pages and strangers apart', () => {
    expect(senderKind(contentScript, ID, ORIGIN)).toBe('content-script');
    expect(senderKind(popup, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind(popupInTab, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind(otherPageInTab, ID, ORIGIN)).toBe('untrusted');
    expect(senderKind(otherExtension, ID, ORIGIN)).toBe('untrusted');
    expect(senderKind({ id: ID, url: 'https://a.example' }, ID, ORIGIN)).toBe('untrusted');
  });

  it('serves reports, fills and the card to extension pages only', () => {
    for (const type of ['fill', 'last-report', 'toggle-card'] as const) {
      expect(mayHandle(type, 'content-script')).toBe(false);
      expect(mayHandle(type, 'extension-page')).toBe(true);
      expect(mayHandle(type, 'untrusted')).toBe(false);
    }
    for (const type of ['undo', 'open-picker', 'copy-text', 'step-changed'] as const) {
      expect(mayHandle(type, 'content-script')).toBe(true);
      expect(mayHandle(type, 'untrusted')).toBe(false);
    }
  });

  it('a content script acts on its own tab whatever tabId it names; a page names the tab', () => {
    expect(tabOf('content-script', contentScript, 99)).toBe(7);
    expect(tabOf('extension-page', popup, 99)).toBe(99);
    expect(tabOf('extension-page', popup, undefined)).toBeUndefined();
  });
});
