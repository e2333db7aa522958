import { updateSettings, type Settings } from '~/lib/storage';
import { useI18n } from '~/components/shared/i18n-context';

type Flag = 'overwrite' | 'fillNextSteps';

export function SettingsPanel({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const flags: [Flag, string, string][] = [
    ['overwrite', t('overwrite'), t('overwriteHint')],
    ['fillNextSteps', t('fillNextSteps'), t('fillNextStepsHint')],
  ];
  return (
    <section className="card" aria-labelledby="settings-title" data-testid="settings">
      <h2 id="settings-title">{t('settingsTitle')}</h2>
      <div className="switches">
        {flags.map(([key, label, hint]) => (
          <label key={key} className="switch">
            <input
              type="checkbox"
              data-testid={`setting-${key}`}
              checked={settings[key] ?? false}
              onChange={(e) => void updateSettings({ [key]: e.currentTarget.checked })}
            />
            <span>
              <span className="switch-label">{label}</span>
              <span className="switch-hint muted">{hint}</span>
            </span>
          </label>
        ))}
      </div>
    </section>
  );
}
