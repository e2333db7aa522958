import { useState } from 'react';
import { deleteAllData } from '~/lib/storage';
import { useI18n } from '~/components/shared/i18n-context';

export function DangerZone({ onDeleted }: { onDeleted(): void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);

  const confirm = async () => {
    await deleteAllData();
    setConfirming(false);
    setDone(true);
    onDeleted();
  };

  return (
    <section className="card card-danger" aria-labelledby="danger-title">
      <h2 id="danger-title">{t('dangerTitle')}</h2>
      <p className="muted">{t('deleteAllHint')}</p>
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-label={t('confirmDeleteAll')}>
          <span>{t('confirmDeleteAll')}</span>
          <button
            type="button"
            className="btn btn-danger-solid"
            data-testid="delete-all-confirm"
            onClick={() => void confirm()}
          >
            {t('confirmDelete')}
          </button>
          <button type="button" className="btn" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <div className="confirm">
          <button
            type="button"
            className="btn btn-danger"
            data-testid="delete-all"
            onClick={() => {
              setDone(false);
              setConfirming(true);
            }}
          >
            {t('deleteAll')}
          </button>
          {done && (
            <span className="ok" role="status">
              ✓ {t('deletedAll')}
            </span>
          )}
        </div>
      )}
    </section>
  );
}
