import { useI18n } from '~/components/shared/i18n-context';
import { DateRangeRows, FactRow, PreviewEntry, PreviewSection } from './preview-parts';
import { Fact } from './fact-value';
import { usePreview } from './preview-context';

export function PreviewExperience() {
  const { t } = useI18n();
  const { resolved } = usePreview();
  if (resolved.experience.length === 0) return null;
  return (
    <PreviewSection title={t('sectionExperience')}>
      {resolved.experience.map((job, i) => {
        const at = `experience[${i}]`;
        return (
          <PreviewEntry key={i} heading={<Fact path={`${at}.company`} />} raw={job.dates.raw}>
            <FactRow label={t('fDepartment')} path={`${at}.department`} />
            <FactRow label={t('fTitle')} path={`${at}.title`} />
            <FactRow label={t('fLevel')} path={`${at}.level`} />
            <DateRangeRows path={`${at}.dates`} />
            <FactRow label={t('fDescription')} path={`${at}.description`} kind="long" />
          </PreviewEntry>
        );
      })}
    </PreviewSection>
  );
}
