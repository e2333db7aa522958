import browser from 'webextension-polyfill';
import { onMessages, type BackgroundProtocol } from '~/lib/messaging';
import { activeTabId } from '~/lib/background/inject';
import { fillTab, undoTab } from '~/lib/background/fill-tab';
import { getLastReport } from '~/lib/storage';
import { openPicker, toggleCard } from '~/lib/background/overlay-tab';

export default defineBackground(() => {
  onMessages<BackgroundProtocol>({
    fill: async ({ tabId, options }) => fillTab(await activeTabId(tabId), options),
    undo: async ({ tabId }) => ({ restored: await undoTab(await activeTabId(tabId)) }),
    'last-report': async ({ tabId }) => getLastReport(await activeTabId(tabId)),
    'toggle-card': async ({ tabId }) => toggleCard(await activeTabId(tabId)),
    'open-picker': async ({ tabId }, sender) =>
      openPicker(await activeTabId(tabId ?? sender.tab?.id), sender.frameId ?? 0),
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
