import { useMemo } from 'react';
import { profileLabel } from '~/components/shared/profile-label';
import { applyOverrides } from '~/lib/resume/overrides';
import { setOverride, type Profile } from '~/lib/storage';
import { useI18n } from '~/components/shared/i18n-context';
import { useOverrides } from '~/components/shared/use-stored';
import { ImportWarnings } from './import-issues';
import { PreviewContext, type PreviewData } from './preview-context';
import { PreviewBasic } from './preview-basic';
import { PreviewEducation } from './preview-education';
import { PreviewExperience } from './preview-experience';
import { PreviewProjects, PreviewSkills } from './preview-projects';

export function ResumePreview({ profile }: { profile: Profile }) {
  const { t } = useI18n();
  const overrides = useOverrides(profile.id);
  const { resume: resolved, stale } = useMemo(
    () => applyOverrides(profile.resume, overrides),
    [profile.resume, overrides],
  );
  const data = useMemo<PreviewData>(
    () => ({
      base: profile.resume,
      resolved,
      overrides,
      save: async (path, value) => {
        await setOverride(profile.id, path, value);
      },
    }),
    [profile.id, profile.resume, resolved, overrides],
  );
  const clearStale = async () => {
    for (const path of stale) await setOverride(profile.id, path, null);
  };

  return (
    <section className="card preview" data-testid="preview" aria-labelledby="preview-title">
      <div className="card-head">
        <h2 id="preview-title">{t('previewTitle')}</h2>
        <span className="badge">{t('previewOf', { label: profileLabel(profile, t) })}</span>
      </div>
      <p className="muted">{t('previewHint')}</p>
      {/* Line numbers only mean something for the Markdown the user wrote. */}
      <ImportWarnings
        warnings={profile.warnings}
        text={profile.source === 'json-resume' ? '' : profile.markdown}
      />
      {stale.length > 0 && (
        <div className="notice notice-warn" data-testid="stale-overrides">
          {t('staleOverrides', { count: stale.length })} <code>{stale.join(', ')}</code>{' '}
          <button type="button" className="btn btn-small" onClick={() => void clearStale()}>
            {t('clearStale')}
          </button>
        </div>
      )}
      <PreviewContext.Provider value={data}>
        <PreviewBasic />
        <PreviewEducation />
        <PreviewExperience />
        <PreviewProjects />
        <PreviewSkills />
      </PreviewContext.Provider>
    </section>
  );
}
