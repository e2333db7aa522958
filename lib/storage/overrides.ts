import type { Overrides } from '~/lib/resume/overrides';
import { overridesItem, serialized, writeItem } from './items';

export async function getOverrides(profileId: string): Promise<Overrides> {
  return (await overridesItem.getValue())[profileId] ?? {};
}

/** Stores a correction for one path; `null` removes it so the derived value shows again. */
export function setOverride(profileId: string, path: string, value: string | null): Promise<Overrides> {
  return serialized(async () => {
    const all = await overridesItem.getValue();
    const { [path]: _previous, ...rest } = all[profileId] ?? {};
    const next: Overrides = value === null ? rest : { ...rest, [path]: value };
    const { [profileId]: _old, ...others } = all;
    await writeItem(overridesItem, Object.keys(next).length > 0 ? { ...others, [profileId]: next } : others);
    return next;
  });
}

export function watchOverrides(profileId: string, cb: (overrides: Overrides) => void): () => void {
  return overridesItem.watch((all) => cb(all[profileId] ?? {}));
}
