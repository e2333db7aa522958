import browser from 'webextension-polyfill';
import { onMessages, type BackgroundProtocol } from '~/lib/messaging';
import { activeTabId } from '~/lib/background/inject';
import { fillTab, typedAnswersInTab, undoTab } from '~/lib/background/fill-tab';
import { stepChanged } from '~/lib/background/next-step';
import { getLastReport } from '~/lib/storage';
import { openPicker, toggleCard } from '~/lib/background/overlay-tab';
import { writeClipboard } from '~/lib/background/clipboard';
import { mayHandle, senderKind, tabOf, UntrustedSenderError } from '~/lib/background/trust-sender';

export default defineBackground(() => {
  // Every message is checked against its sender first (lib/background/trust-sender.ts).
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const trusted = (type: keyof BackgroundProtocol, sender: browser.Runtime.MessageSender) => {
    const kind = senderKind(sender, own.id, own.origin);
    if (!mayHandle(type, kind)) throw new UntrustedSenderError(type);
    return kind;
  };
  const tabFor = async (
    type: keyof BackgroundProtocol,
    sender: browser.Runtime.MessageSender,
    tabId?: number,
  ) => activeTabId(tabOf(trusted(type, sender), sender, tabId));
  onMessages<BackgroundProtocol>({
    fill: async ({ tabId, options }, sender) => fillTab(await tabFor('fill', sender, tabId), options),
    undo: async ({ tabId }, sender) => undoTab(await tabFor('undo', sender, tabId)),
    'typed-answers': async ({ tabId }, sender) =>
      typedAnswersInTab(await tabFor('typed-answers', sender, tabId)),
    'last-report': async ({ tabId }, sender) => getLastReport(await tabFor('last-report', sender, tabId)),
    'toggle-card': async ({ tabId }, sender) => toggleCard(await tabFor('toggle-card', sender, tabId)),
    'open-picker': async ({ tabId }, sender) =>
      openPicker(await tabFor('open-picker', sender, tabId), sender.tab ? (sender.frameId ?? 0) : 0),
    'step-changed': async (_msg, sender) => stepChanged(await tabFor('step-changed', sender)),
    'copy-text': async ({ text }, sender) => {
      trusted('copy-text', sender);
      return { ok: typeof text === 'string' && (await writeClipboard(text)) };
    },
  });

  browser.commands.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (command === 'fill-page') void fillTab(tabId).catch(console.warn);
    if (command === 'toggle-card') void toggleCard(tabId).catch(console.warn);
    if (command === 'open-picker') void openPicker(tabId).catch(console.warn);
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: 'fill-page',
      title: browser.i18n.getMessage('menuFill'),
      contexts: ['page', 'editable'],
    });
    browser.contextMenus.create({
      id: 'open-picker',
      title: browser.i18n.getMessage('menuPicker'),
      contexts: ['editable'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === 'fill-page') void fillTab(tab.id).catch(console.warn);
    if (info.menuItemId === 'open-picker') void openPicker(tab.id, info.frameId ?? 0).catch(console.warn);
  });
});
