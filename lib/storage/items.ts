// One versioned storage item per concern. Only lib/storage touches these; everything else calls the
// functions exported from lib/storage/index.ts.
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import browser from 'webextension-polyfill';
import type { FillReport } from '~/lib/fill/types';
import type { Overrides } from '~/lib/resume/overrides';
import type { AnswerEntry } from '~/lib/answers/types';
import type { StoredAttachment } from '~/lib/attachments/types';
import {
  migrateAnswersToV2,
  migrateAttachmentsToV2,
  migrateOverridesV1toV2,
  migrateProfilesV1toV2,
  migrateSettingsV1toV2,
} from './migrations';
import type { Profile, Settings } from './types';

export const STORAGE_VERSION = 2;
type VersionMeta = { v: number };

export const profilesItem = storage.defineItem<Profile[], VersionMeta>('local:profiles', {
  fallback: [],
  version: STORAGE_VERSION,
  migrations: { 2: migrateProfilesV1toV2 },
});

export const overridesItem = storage.defineItem<Record<string, Overrides>, VersionMeta>('local:overrides', {
  fallback: {},
  version: STORAGE_VERSION,
  migrations: { 2: migrateOverridesV1toV2 },
});

/** The user's answers to questions a résumé does not hold; new in version 2 (nothing to carry over). */
export const answersItem = storage.defineItem<AnswerEntry[], VersionMeta>('local:answers', {
  fallback: [],
  version: STORAGE_VERSION,
  migrations: { 2: migrateAnswersToV2 },
});

/** Each profile's files (résumé PDF, cover letter, transcript), by profile id; new in version 2. */
export const attachmentsItem = storage.defineItem<Record<string, StoredAttachment[]>, VersionMeta>(
  'local:attachments',
  { fallback: {}, version: STORAGE_VERSION, migrations: { 2: migrateAttachmentsToV2 } },
);

/** Stored partially: defaults are merged on read so a new setting needs no migration. */
export const settingsItem = storage.defineItem<Partial<Settings>, VersionMeta>('local:settings', {
  fallback: {},
  version: STORAGE_VERSION,
  migrations: { 2: migrateSettingsV1toV2 },
});

// Reports only matter while the browser runs, and tab ids are reused after a restart. Chrome hides
// storage.session from content scripts, so only the background and the popup read and write reports.
// Defined on first use, not at load: WXT reads an item as soon as it is defined, and the overlay and
// light scripts import this module (through lib/storage/index.ts) — a session item defined there threw
// "Access to storage is not allowed from this context" in the page's console.
let lastReports: WxtStorageItem<Record<string, FillReport>, Record<string, unknown>> | null = null;
export function lastReportsItem(): WxtStorageItem<Record<string, FillReport>, Record<string, unknown>> {
  const area = browser.storage?.session ? 'session' : 'local';
  return (lastReports ??= storage.defineItem<Record<string, FillReport>>(`${area}:lastReports`, {
    fallback: {},
  }));
}

/**
 * Writes the value together with its version. WXT records the version only on the first write to an
 * empty key in the page that defined the item; after "delete all data" a later write would otherwise
 * leave version-2 data without a version, and the next start would run the v1 migration on it.
 */
export async function writeItem<T>(item: WxtStorageItem<T, VersionMeta>, value: T): Promise<void> {
  // One storage write for both (WXT keeps the meta under `<key>$`): two writes let a reader in between
  // see version-2 data with no version yet.
  const [area, key] = item.key.split(':') as ['local' | 'session' | 'sync', string];
  await browser.storage[area].set({ [key]: value, [`${key}$`]: { v: STORAGE_VERSION } });
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs read-modify-write steps one at a time, so two quick edits in the same page (an override saved
 * while a rename is in flight) cannot overwrite each other.
 */
export function serialized<T>(step: () => Promise<T>): Promise<T> {
  const run = queue.then(step, step);
  queue = run.catch(() => undefined);
  return run;
}
