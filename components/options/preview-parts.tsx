import type { ReactNode } from 'react';
import { getAtPath } from '~/lib/resume/overrides';
import { useI18n } from '~/components/shared/i18n-context';
import { Fact, type FactKind } from './fact-value';
import { usePreview } from './preview-context';

export function PreviewSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="preview-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** One entry of a repeated section (education #2), headed by its main value. */
export function PreviewEntry({
  heading,
  raw,
  children,
}: {
  heading: ReactNode;
  raw?: string;
  children: ReactNode;
}) {
  return (
    <div className="preview-entry">
      <div className="entry-heading">
        {heading}
        {raw && <span className="entry-raw muted">{raw}</span>}
      </div>
      <dl className="facts">{children}</dl>
    </div>
  );
}

export function FactRow({ label, path, kind }: { label: string; path: string; kind?: FactKind }) {
  return (
    <div className="fact-row">
      <dt>{label}</dt>
      <dd>
        <Fact path={path} kind={kind} />
      </dd>
    </div>
  );
}

/** Year and month of a date as two corrections, since forms ask for them separately. */
export function YearMonthFacts({ path }: { path: string }) {
  const { t } = useI18n();
  return (
    <span className="year-month">
      <Fact path={`${path}.year`} kind="number" />
      <span className="unit">{t('yearUnit') || '/'}</span>
      <Fact path={`${path}.month`} kind="number" pad={2} />
      {t('monthUnit') && <span className="unit">{t('monthUnit')}</span>}
    </span>
  );
}

export function DateRangeRows({ path }: { path: string }) {
  const { t } = useI18n();
  const { resolved } = usePreview();
  const current = getAtPath(resolved, `${path}.current`) === true;
  return (
    <>
      <div className="fact-row">
        <dt>{t('fStart')}</dt>
        <dd>
          <YearMonthFacts path={`${path}.start`} />
        </dd>
      </div>
      <div className="fact-row">
        <dt>{t('fEnd')}</dt>
        <dd className="end-date">
          {!current && <YearMonthFacts path={`${path}.end`} />}
          <PresentToggle path={`${path}.current`} current={current} />
        </dd>
      </div>
    </>
  );
}

/** 至今 replaces the end date; a form gets "present" (or its checkbox) instead of a month. */
function PresentToggle({ path, current }: { path: string; current: boolean }) {
  const { t } = useI18n();
  const { base, overrides, save } = usePreview();
  const edited = Object.hasOwn(overrides, path);
  const toggle = () => {
    const next = !current;
    void save(path, next === (getAtPath(base, path) === true) ? null : String(next));
  };
  return (
    <span className="fact" data-path={path} data-edited={edited || undefined}>
      <label className="present-toggle">
        <input type="checkbox" checked={current} onChange={toggle} />
        {t('present')}
      </label>
      {edited && <span className="badge badge-accent">{t('edited')}</span>}
    </span>
  );
}
