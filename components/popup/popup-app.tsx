import browser from 'webextension-polyfill';
import { profileLabel } from '~/components/shared/profile-label';
import { setActiveProfile } from '~/lib/storage';
import { useI18n } from '~/components/shared/i18n-context';
import { useProfiles, useSettings } from '~/components/shared/use-stored';
import { useState } from 'react';
import { PopupActions } from './popup-actions';
import { PopupCard } from './popup-card';

export function PopupApp() {
  const { t } = useI18n();
  const profiles = useProfiles();
  const settings = useSettings();
  const [cardInPopup, setCardInPopup] = useState(false);
  const openOptions = () => void browser.runtime.openOptionsPage().then(() => window.close());
  if (profiles === null || settings === null) return <div className="popup" aria-busy="true" />;

  const active = profiles.find((p) => p.id === settings.activeProfileId) ?? profiles[0];
  return (
    <div className="popup">
      <header className="popup-head">
        <span className="brand-mark" aria-hidden="true">
          简
        </span>
        <strong>{t('appTitle')}</strong>
      </header>
      <div className="popup-status" data-testid="popup-status" data-loaded={active ? 'true' : 'false'}>
        {active ? (
          <>
            <div className="popup-name">{active.resume.name.full}</div>
            {profiles.length > 1 ? (
              <label className="popup-switch">
                <span className="muted">{t('popupProfile')}</span>
                <select
                  className="input"
                  data-testid="profile-switch"
                  value={active.id}
                  onChange={(e) => void setActiveProfile(e.currentTarget.value)}
                >
                  {profiles.map((p) => (
                    <option key={p.id} value={p.id}>
                      {profileLabel(p, t)}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <div className="muted">{profileLabel(active, t)}</div>
            )}
          </>
        ) : (
          <>
            <div className="popup-name">{t('popupNoResume')}</div>
            <p className="muted">{t('popupNoResumeHint')}</p>
            <button type="button" className="btn btn-primary btn-block" onClick={openOptions}>
              {t('popupImport')}
            </button>
          </>
        )}
      </div>
      {active && <PopupActions onCardUnavailable={() => setCardInPopup(true)} />}
      {active && cardInPopup && <PopupCard profileId={active.id} />}
      <footer className="popup-foot">
        <button type="button" className="btn btn-link" data-testid="open-options" onClick={openOptions}>
          {t('openOptions')} →
        </button>
      </footer>
    </div>
  );
}
