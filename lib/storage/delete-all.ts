import browser from 'webextension-polyfill';
import { serialized } from './items';

/** Forgets everything the extension stored: profiles, corrections, settings and fill reports. */
export function deleteAllData(): Promise<void> {
  return serialized(async () => {
    await browser.storage.local.clear();
    await browser.storage.session?.clear();
  });
}
