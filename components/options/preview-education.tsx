import { useI18n } from '~/components/shared/i18n-context';
import { DateRangeRows, FactRow, PreviewEntry, PreviewSection } from './preview-parts';
import { Fact } from './fact-value';
import { usePreview } from './preview-context';

export function PreviewEducation() {
  const { t } = useI18n();
  const { resolved } = usePreview();
  if (resolved.education.length === 0) return null;
  return (
    <PreviewSection title={t('sectionEducation')}>
      {resolved.education.map((edu, i) => {
        const at = `education[${i}]`;
        return (
          <PreviewEntry key={i} heading={<Fact path={`${at}.school`} />} raw={edu.dates.raw}>
            <FactRow label={t('fSchoolNote')} path={`${at}.schoolNote`} />
            <FactRow label={t('fMajor')} path={`${at}.major`} />
            <FactRow label={t('fDegree')} path={`${at}.degree`} kind="degree" />
            <FactRow label={t('fStudyMode')} path={`${at}.studyMode`} kind="studyMode" />
            <DateRangeRows path={`${at}.dates`} />
            <div className="fact-row">
              <dt>{t('fGpa')}</dt>
              <dd className="gpa">
                <Fact path={`${at}.gpa.value`} kind="gpa" />
                <span className="unit">/</span>
                <Fact path={`${at}.gpa.scale`} kind="gpa" />
              </dd>
            </div>
            <FactRow label={t('fRanking')} path={`${at}.ranking`} />
            <FactRow label={t('fDescription')} path={`${at}.description`} kind="long" />
          </PreviewEntry>
        );
      })}
    </PreviewSection>
  );
}
