import type { Profile } from '~/lib/storage';
import { useI18n } from '~/components/shared/i18n-context';
import { ProfileItem } from './profile-item';

interface Props {
  profiles: Profile[];
  activeId?: string;
  selectedId?: string;
  onSelect(id: string): void;
}

export function ProfilesPanel({ profiles, activeId, selectedId, onSelect }: Props) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="profiles-title" data-testid="profiles">
      <h2 id="profiles-title">{t('profilesTitle')}</h2>
      {profiles.length === 0 ? (
        <p className="muted">{t('noProfiles')}</p>
      ) : (
        <ul className="profiles">
          {profiles.map((p) => (
            <ProfileItem
              key={p.id}
              profile={p}
              active={p.id === activeId}
              selected={p.id === selectedId}
              onSelect={() => onSelect(p.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
