import type { Translate } from '~/lib/i18n/strings';
import { defaultLabel } from '~/lib/storage/migrations';
import type { Profile } from '~/lib/storage/types';

/**
 * A profile's name as the UI shows it. The label the importer made ("李思远 · 中文") names the résumé's
 * language in the UI's words ("李思远 · Chinese" in English); a label the user wrote stays as written.
 */
export function profileLabel(profile: Pick<Profile, 'label' | 'resume'>, t: Translate): string {
  if (profile.label !== defaultLabel(profile.resume)) return profile.label;
  const name = profile.resume.name?.full || profile.resume.name?.raw || '—';
  return `${name} · ${t(profile.resume.lang === 'en' ? 'langEn' : 'langZh')}`;
}
