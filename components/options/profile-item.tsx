import { useState } from 'react';
import { profileLabel } from '~/components/shared/profile-label';
import { deleteProfile, renameProfile, setActiveProfile, type Profile } from '~/lib/storage';
import { exportProfile, type ExportFormat } from '~/lib/storage/import';
import { useI18n } from '~/components/shared/i18n-context';
import { downloadFile } from './download-file';

interface Props {
  profile: Profile;
  active: boolean;
  selected: boolean;
  onSelect(): void;
}

export function ProfileItem({ profile, active, selected, onSelect }: Props) {
  const { t, lang } = useI18n();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // ID numbers leave the browser in an export only when the user ticks this for that export.
  const [withIds, setWithIds] = useState(false);
  const [exported, setExported] = useState<string | null>(null);

  const download = async (format: ExportFormat) => {
    try {
      const { fileName, text, answers } = await exportProfile(profile.id, format, {
        includeIdNumbers: withIds,
      });
      downloadFile(fileName, text, format === 'markdown' ? 'text/markdown' : 'application/json');
      setExported(format === 'markdown' ? t('exportedWithAnswers', { count: answers }) : null);
    } catch (err) {
      setExported(t('exportFailed', { message: err instanceof Error ? err.message : String(err) }));
    }
  };
  const saveName = async () => {
    if (renaming !== null) await renameProfile(profile.id, renaming);
    setRenaming(null);
  };
  const date = new Date(profile.importedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  return (
    <li className={`profile${selected ? ' profile-selected' : ''}`} data-profile-id={profile.id}>
      <div className="profile-main">
        {renaming === null ? (
          <button type="button" className="profile-label" onClick={onSelect}>
            {profileLabel(profile, t)}
          </button>
        ) : (
          <form
            className="rename-form"
            onSubmit={(e) => {
              e.preventDefault();
              void saveName();
            }}
          >
            <input
              className="input"
              autoFocus
              value={renaming}
              aria-label={t('rename')}
              onChange={(e) => setRenaming(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
            />
            <button type="submit" className="btn btn-small btn-primary">
              {t('save')}
            </button>
          </form>
        )}
        <div className="profile-meta muted">
          <span className="badge">{profile.lang === 'zh' ? t('langZh') : t('langEn')}</span>
          {active && <span className="badge badge-accent">{t('active')}</span>}
          <span>{t('importedAt', { date })}</span>
          {profile.fileName && <span className="file-name">{profile.fileName}</span>}
        </div>
      </div>
      <div className="profile-actions">
        {!active && (
          <button type="button" className="btn btn-small" onClick={() => void setActiveProfile(profile.id)}>
            {t('makeActive')}
          </button>
        )}
        <button type="button" className="btn btn-small" onClick={() => setRenaming(profile.label)}>
          {t('rename')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          data-testid="export-markdown"
          onClick={() => void download('markdown')}
        >
          {t('exportMarkdown')}
        </button>
        <label className="export-ids" title={t('exportIncludeIdsHint')}>
          <input
            type="checkbox"
            data-testid="export-include-ids"
            checked={withIds}
            onChange={(e) => setWithIds(e.currentTarget.checked)}
          />{' '}
          {t('exportIncludeIds')}
        </label>
        <button type="button" className="btn btn-small" onClick={() => void download('json-resume')}>
          {t('exportJson')}
        </button>
        {confirming ? (
          <span className="confirm">
            {t('confirmDeleteProfile', { label: profileLabel(profile, t) })}
            <button
              type="button"
              className="btn btn-small btn-danger-solid"
              onClick={() => void deleteProfile(profile.id)}
            >
              {t('confirmDelete')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </span>
        ) : (
          <button type="button" className="btn btn-small btn-danger" onClick={() => setConfirming(true)}>
            {t('delete')}
          </button>
        )}
      </div>
      <p className="muted export-note" data-testid="export-note">
        {exported ?? t('exportIncludeIdsHint')}
      </p>
    </li>
  );
}
