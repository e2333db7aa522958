import { useCallback, useState } from 'react';
import { useI18n } from '~/components/shared/i18n-context';
import { profileLabel } from '~/components/shared/profile-label';
import { useProfiles, useSettings } from '~/components/shared/use-stored';
import { AnswersPanel } from './answers-panel';
import { AttachmentsPanel } from './attachments-panel';
import { DangerZone } from './danger-zone';
import { ImportPanel } from './import-panel';
import { ProfilesPanel } from './profiles-panel';
import { ResumePreview } from './resume-preview';
import { SettingsPanel } from './settings-panel';
import { useFileDrop } from './use-file-drop';
import { useImporter } from './use-importer';

export function OptionsApp() {
  const { t, chosen, setLang } = useI18n();
  const profiles = useProfiles();
  const settings = useSettings();
  // The profile shown in the preview: the one just imported or clicked, else the active one.
  const [selectedId, setSelectedId] = useState<string>();
  const importer = useImporter(setSelectedId);
  const { importFile } = importer;
  const dropFile = useCallback((file: File) => void importFile(file), [importFile]);
  const dragging = useFileDrop(dropFile);

  const list = profiles ?? [];
  const active = list.find((p) => p.id === settings?.activeProfileId) ?? list[0];
  const shown = list.find((p) => p.id === selectedId) ?? active;
  const lastImport =
    importer.state.kind === 'done' && importer.state.result.ok ? importer.state.result : null;
  const imported = list.find((p) => p.id === lastImport?.profileId);
  const importedLabel = imported && profileLabel(imported, t);

  return (
    <div className="page">
      <header className="topbar">
        <div className="topbar-inner">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              简
            </span>
            <div>
              <h1>{t('appTitle')}</h1>
              <p className="muted">{t('appSubtitle')}</p>
            </div>
          </div>
          <div className="topbar-side">
            <span className="privacy">
              <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true">
                <path
                  fill="currentColor"
                  d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 6V4.5a2 2 0 1 1 4 0V7H6Z"
                />
              </svg>
              {t('privacyNote')}
            </span>
            <label className="ui-lang">
              <span>{t('uiLangLabel')}</span>
              <select
                className="input input-small"
                data-testid="ui-lang"
                title={t('uiLangHint')}
                value={chosen ?? 'auto'}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setLang(v === 'zh' || v === 'en' ? v : undefined);
                }}
              >
                <option value="auto">{t('uiLangAuto')}</option>
                <option value="zh">中文</option>
                <option value="en">English</option>
              </select>
            </label>
          </div>
        </div>
      </header>
      <main className="container">
        <div className="top-grid">
          <ImportPanel importer={importer} importedLabel={importedLabel} />
          <div className="side-column">
            <ProfilesPanel
              profiles={list}
              activeId={active?.id}
              selectedId={shown?.id}
              onSelect={setSelectedId}
            />
            {settings && <SettingsPanel settings={settings} />}
          </div>
        </div>
        {shown && <ResumePreview key={shown.id} profile={shown} />}
        {shown && <AttachmentsPanel profile={shown} />}
        {settings && <AnswersPanel settings={settings} />}
        <DangerZone
          onDeleted={() => {
            setSelectedId(undefined);
            importer.dismiss();
          }}
        />
      </main>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-box">{t('dropHere')}</div>
        </div>
      )}
    </div>
  );
}
