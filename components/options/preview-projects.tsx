import { useI18n } from '~/components/shared/i18n-context';
import { DateRangeRows, FactRow, PreviewEntry, PreviewSection } from './preview-parts';
import { Fact } from './fact-value';
import { usePreview } from './preview-context';

export function PreviewProjects() {
  const { t } = useI18n();
  const { resolved } = usePreview();
  if (resolved.projects.length === 0) return null;
  return (
    <PreviewSection title={t('sectionProjects')}>
      {resolved.projects.map((project, i) => {
        const at = `projects[${i}]`;
        return (
          <PreviewEntry key={i} heading={<Fact path={`${at}.name`} />} raw={project.dates.raw}>
            <FactRow label={t('fRole')} path={`${at}.role`} />
            <DateRangeRows path={`${at}.dates`} />
            <FactRow label={t('fSummary')} path={`${at}.summary`} kind="long" />
            <div className="fact-row fact-row-block">
              <dt>{t('fHighlights')}</dt>
              <dd>
                <ol className="highlights">
                  {project.highlights.map((_, j) => (
                    <li key={j}>
                      <span className="highlight-tag">
                        <Fact path={`${at}.highlights[${j}].tag`} />
                      </span>
                      <Fact path={`${at}.highlights[${j}].text`} kind="long" />
                    </li>
                  ))}
                </ol>
              </dd>
            </div>
          </PreviewEntry>
        );
      })}
    </PreviewSection>
  );
}

export function PreviewSkills() {
  const { t } = useI18n();
  const { resolved } = usePreview();
  if (resolved.skills.length === 0) return null;
  return (
    <PreviewSection title={t('sectionSkills')}>
      <ul className="skills">
        {resolved.skills.map((_, i) => (
          <li key={i}>
            <Fact path={`skills[${i}]`} kind="long" />
          </li>
        ))}
      </ul>
    </PreviewSection>
  );
}
