// The quick-reference card inside the popup, for pages where content scripts cannot run (browser pages,
// extension stores). Reads the résumé with the user's corrections applied, like the in-page card.
import { useEffect, useState } from 'react';
import { ResumeCard } from '~/components/card/resume-card';
import { resolveResume, type ResolvedResume } from '~/lib/storage';
import { useI18n } from '~/components/shared/i18n-context';

export function PopupCard({ profileId }: { profileId: string }) {
  const { t } = useI18n();
  const [resolved, setResolved] = useState<ResolvedResume | null>(null);
  useEffect(() => {
    void resolveResume(profileId).then(setResolved);
  }, [profileId]);
  if (!resolved) return null;
  return (
    <section className="popup-card" data-testid="popup-card">
      <p className="muted">{t('cardHere')}</p>
      <ResumeCard resume={resolved.resume} lang={resolved.profile.lang} embedded />
    </section>
  );
}
