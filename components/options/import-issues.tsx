import type { ImportIssue } from '~/lib/resume/types';
import { renderMessage } from '~/lib/i18n/strings';
import { useI18n } from '~/components/shared/i18n-context';
import { SourceExcerpt } from './source-excerpt';

function IssueItem({ issue, text }: { issue: ImportIssue; text: string }) {
  const { t, lang } = useI18n();
  // The code stays a data attribute for tests; the user reads the message, in the UI language. A
  // warning stored by an older version has only its English message.
  const message = issue.says ? renderMessage(lang, issue.says) : issue.message;
  return (
    <li className="issue" data-code={issue.code}>
      <div className="issue-message">{message}</div>
      <div className="issue-meta">
        {issue.path && (
          <span>
            {t('issuePath')} <code>{issue.path}</code>
          </span>
        )}
        {issue.line !== undefined && (
          <span>
            {t('issueAt')}{' '}
            <code>
              {issue.line}:{issue.column ?? 1}
            </code>
          </span>
        )}
      </div>
      {issue.line !== undefined && text !== '' && (
        <SourceExcerpt text={text} line={issue.line} column={issue.column} />
      )}
    </li>
  );
}

export function ImportErrors({ errors, text }: { errors: ImportIssue[]; text: string }) {
  const { t } = useI18n();
  return (
    <div className="notice notice-error" data-testid="import-errors" role="alert">
      <strong>{t('errorsTitle', { count: errors.length })}</strong>
      <p className="notice-lead">{t('nothingSaved')}</p>
      <ul className="issues">
        {errors.map((issue, i) => (
          <IssueItem key={i} issue={issue} text={text} />
        ))}
      </ul>
    </div>
  );
}

export function ImportWarnings({ warnings, text }: { warnings: ImportIssue[]; text: string }) {
  const { t } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <details className="notice notice-warn" data-testid="import-warnings">
      <summary>{t('warningsTitle', { count: warnings.length })}</summary>
      <ul className="issues">
        {warnings.map((issue, i) => (
          <IssueItem key={i} issue={issue} text={text} />
        ))}
      </ul>
    </details>
  );
}
