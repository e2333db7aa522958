import type { ImportIssue, Resume } from '~/lib/resume/types';
import { attachmentsItem, overridesItem, profilesItem, serialized, writeItem } from './items';
import { defaultLabel } from './migrations';
import { getSettings, patchSettings } from './settings';
import type { Profile } from './types';

export function listProfiles(): Promise<Profile[]> {
  return profilesItem.getValue();
}

export async function getProfile(id: string): Promise<Profile | null> {
  return (await listProfiles()).find((p) => p.id === id) ?? null;
}

export function watchProfiles(cb: (profiles: Profile[]) => void): () => void {
  return profilesItem.watch((profiles) => cb(profiles ?? []));
}

export function setActiveProfile(id: string): Promise<void> {
  return serialized(async () => {
    if (!(await getProfile(id))) throw new Error(`No profile with id ${id}`);
    await patchSettings({ activeProfileId: id });
  });
}

export function renameProfile(id: string, label: string): Promise<void> {
  return serialized(async () => {
    const trimmed = label.trim();
    if (!trimmed) return;
    const profiles = await listProfiles();
    await writeItem(
      profilesItem,
      profiles.map((p) => (p.id === id ? { ...p, label: trimmed } : p)),
    );
  });
}

/** Removes the profile, its corrections and every setting that points at it. */
export function deleteProfile(id: string): Promise<void> {
  return serialized(async () => {
    const remaining = (await listProfiles()).filter((p) => p.id !== id);
    await writeItem(profilesItem, remaining);
    const { [id]: _dropped, ...overrides } = await overridesItem.getValue();
    await writeItem(overridesItem, overrides);
    const { [id]: _files, ...attachments } = await attachmentsItem.getValue();
    await writeItem(attachmentsItem, attachments);
    const settings = await getSettings();
    const profileBySite = Object.fromEntries(
      Object.entries(settings.profileBySite).filter(([, v]) => v !== id),
    );
    const activeProfileId = settings.activeProfileId === id ? remaining[0]?.id : settings.activeProfileId;
    await patchSettings({ profileBySite, activeProfileId });
  });
}

export interface ImportedResume {
  resume: Resume;
  warnings: ImportIssue[];
  markdown: string;
  fileName?: string;
  source: Profile['source'];
  replaceId?: string;
}

/**
 * Saves a parsed résumé. Re-importing the same person in the same language (or naming the profile
 * with replaceId) replaces that profile's text and résumé but keeps its id, label and corrections.
 */
export function storeImported(imported: ImportedResume): Promise<string> {
  return serialized(async () => {
    const profiles = await listProfiles();
    const { resume } = imported;
    const target = imported.replaceId
      ? profiles.find((p) => p.id === imported.replaceId)
      : profiles.find((p) => p.lang === resume.lang && sameName(p.resume, resume));
    const profile: Profile = {
      id: target?.id ?? crypto.randomUUID(),
      label: target?.label ?? defaultLabel(resume),
      lang: resume.lang,
      markdown: imported.markdown,
      fileName: imported.fileName,
      importedAt: Date.now(),
      resume,
      warnings: imported.warnings,
      source: imported.source,
    };
    const next = target ? profiles.map((p) => (p.id === target.id ? profile : p)) : [...profiles, profile];
    await writeItem(profilesItem, next);
    const settings = await getSettings();
    if (!settings.activeProfileId || !next.some((p) => p.id === settings.activeProfileId)) {
      await patchSettings({ activeProfileId: profile.id });
    }
    return profile.id;
  });
}

function sameName(a: Resume, b: Resume): boolean {
  const norm = (r: Resume) => (r.name?.full || r.name?.raw || '').replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
}
