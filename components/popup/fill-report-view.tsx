// The popup's copy of the in-page report: which fields were filled, need a look, or are still empty.
import type { FieldReport, FillReport } from '~/lib/fill/types';
import { useI18n } from '~/components/shared/i18n-context';
import { countsLine, fieldName, reportRows, rowStatusWord } from '~/lib/fill/report/report-words';

function placedBy(f: FieldReport, t: ReturnType<typeof useI18n>['t']): string {
  return f.placedBy?.by === 'adapter'
    ? t('reportPlacedBy', { selector: f.placedBy.selector, variant: f.placedBy.variant })
    : t('reportPlacedGeneric');
}

export function FillReportView({ report }: { report: FillReport }) {
  const { t, lang } = useI18n();
  const rows = reportRows(report.fields);
  return (
    <div className="fill-report" data-testid="fill-report" role="status">
      <p className="fill-adapter" data-testid="fill-adapter" data-adapter={report.adapter}>
        {t('reportAdapter', {
          adapter: report.adapter === 'generic' ? t('reportGeneric') : report.adapter,
        })}
      </p>
      <p className="fill-result">
        {countsLine(report, lang)
          .map((c) => c.text)
          .join(' · ')}
      </p>
      {(report.siteNotes?.length ?? 0) > 0 && (
        <ul className="report-notes" data-testid="site-notes">
          {report.siteNotes!.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
      {rows.length > 0 && (
        <ul className="report-rows" aria-label={t('reportTitle')}>
          {rows.map((f, i) => (
            <li
              key={i}
              className={`report-row status-${f.status}${f.openQuestion ? ' open-question' : ''}`}
              title={`${f.reason} · ${placedBy(f, t)}`}
            >
              <span className="report-dot" aria-hidden="true" />
              <span className="report-label">{fieldName(f, report.fields, lang)}</span>
              <span className="report-status">{t(rowStatusWord(f))}</span>
              {f.openQuestion && (
                <span className="report-hint" data-testid="open-question-hint">
                  {t('reportPickerHint')}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {report.selectorMisses?.length > 0 && (
        <div className="report-misses" data-testid="selector-misses">
          <p>{t('reportMissed', { count: report.selectorMisses.length })}</p>
          <ul>
            {report.selectorMisses.map((m, i) => (
              <li key={i} title={m.reason}>
                <code>{m.selector}</code> {m.what} ({m.variant})
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
