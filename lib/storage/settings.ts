import { serialized, settingsItem, writeItem } from './items';
import { DEFAULT_SETTINGS, type Settings } from './types';

export async function getSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return { ...DEFAULT_SETTINGS, ...stored };
}

/** Shallow merge; a key set to undefined is removed (e.g. `{ cardPosition: undefined }`). */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return serialized(() => patchSettings(patch));
}

/** The unqueued step, for callers already inside `serialized`. */
export async function patchSettings(patch: Partial<Settings>): Promise<Settings> {
  const next: Settings = { ...(await getSettings()), ...patch };
  for (const key of Object.keys(next) as (keyof Settings)[]) {
    if (next[key] === undefined) delete next[key];
  }
  await writeItem(settingsItem, next);
  return next;
}

export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((stored) => cb({ ...DEFAULT_SETTINGS, ...stored }));
}
