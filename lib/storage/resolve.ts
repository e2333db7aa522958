import { applyOverrides } from '~/lib/resume/overrides';
import type { Resume } from '~/lib/resume/types';
import { getOverrides } from './overrides';
import { listProfiles } from './profiles';
import { getSettings } from './settings';
import type { Profile } from './types';

export interface ResolvedResume {
  profile: Profile;
  /** The derived résumé with the user's corrections applied. */
  resume: Resume;
  /** Corrections whose path no longer exists after a re-import (an entry was removed). */
  stale: string[];
}

/** The profile `id`, else the active one, else the first; with corrections applied. */
export async function resolveResume(id?: string): Promise<ResolvedResume | null> {
  const [profiles, settings] = await Promise.all([listProfiles(), getSettings()]);
  const profile =
    id !== undefined ? profiles.find((p) => p.id === id) : pickActive(profiles, settings.activeProfileId);
  return profile ? withOverrides(profile) : null;
}

/**
 * Which résumé fills a page: the one the user chose for this site, else an English résumé for an
 * English page when there is one, else the active one.
 */
export async function resolveResumeForPage(page: {
  host: string;
  lang: 'zh' | 'en';
}): Promise<ResolvedResume | null> {
  const [profiles, settings] = await Promise.all([listProfiles(), getSettings()]);
  const chosen = settings.profileBySite[page.host];
  const bySite = chosen !== undefined ? profiles.find((p) => p.id === chosen) : undefined;
  const active = pickActive(profiles, settings.activeProfileId);
  const byLang =
    page.lang === 'en' ? (active?.lang === 'en' ? active : profiles.find((p) => p.lang === 'en')) : undefined;
  const profile = bySite ?? byLang ?? active;
  return profile ? withOverrides(profile) : null;
}

function pickActive(profiles: Profile[], activeId: string | undefined): Profile | undefined {
  return profiles.find((p) => p.id === activeId) ?? profiles[0];
}

async function withOverrides(profile: Profile): Promise<ResolvedResume> {
  const { resume, stale } = applyOverrides(profile.resume, await getOverrides(profile.id));
  return { profile, resume, stale };
}
