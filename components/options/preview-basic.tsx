import { useI18n } from '~/components/shared/i18n-context';
import { FactRow, PreviewSection, YearMonthFacts } from './preview-parts';
import { usePreview } from './preview-context';

export function PreviewBasic() {
  const { t } = useI18n();
  const { resolved } = usePreview();
  const { contact } = resolved;
  return (
    <PreviewSection title={t('sectionBasic')}>
      <dl className="facts facts-grid">
        <FactRow label={t('fName')} path="name.full" />
        <FactRow label={t('fFamily')} path="name.family" />
        <FactRow label={t('fGiven')} path="name.given" />
        <FactRow label={t('fLatinFull')} path="name.latin.full" />
        <FactRow label={t('fLatinFamily')} path="name.latin.family" />
        <FactRow label={t('fLatinGiven')} path="name.latin.given" />
        {contact.phone && (
          <>
            <FactRow label={t('fPhone')} path="contact.phone.national" />
            <FactRow label={t('fPhoneCode')} path="contact.phone.countryCode" />
            <FactRow label={t('fPhoneE164')} path="contact.phone.e164" />
          </>
        )}
        <FactRow label={t('fEmail')} path="contact.email" />
        {contact.birth && (
          <div className="fact-row">
            <dt>{t('fBirth')}</dt>
            <dd>
              <YearMonthFacts path="contact.birth" />
            </dd>
          </div>
        )}
        <FactRow label={t('fWebsite')} path="contact.website" />
        {/* Optional links: shown when the résumé has them, so the list stays about this person. */}
        {contact.location !== undefined && <FactRow label={t('fLocation')} path="contact.location" />}
        {contact.github !== undefined && <FactRow label={t('fGithub')} path="contact.github" />}
        {contact.linkedin !== undefined && <FactRow label={t('fLinkedin')} path="contact.linkedin" />}
        {contact.wechat !== undefined && <FactRow label={t('fWechat')} path="contact.wechat" />}
      </dl>
    </PreviewSection>
  );
}
