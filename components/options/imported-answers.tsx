// The answers an imported Markdown résumé carries (`answers:` in its front matter), offered after the
// import: each one marked new / adds to yours / same / differs (yours shown beside it), stored only when
// the user confirms, and a different answer replaces theirs only where they ticked it.
import { useEffect, useState } from 'react';
import { useI18n } from '~/components/shared/i18n-context';
import { conceptById, isSensitive } from '~/lib/answers/concepts';
import type { FrontMatterAnswers } from '~/lib/answers/front-matter-answers';
import { importSummary, type ImportedAnswerRow } from '~/lib/answers/merge-imported';
import { maskValue } from '~/lib/answers/mask';
import type { AnswerEntry } from '~/lib/answers/types';
import { applyImportedAnswers, compareImportedAnswers } from '~/lib/storage/import';
import type { StringKey } from '~/lib/i18n/strings-zh';

const KIND_WORD: Record<ImportedAnswerRow['kind'], StringKey> = {
  new: 'importAnswersNew',
  adds: 'importAnswersAdds',
  same: 'importAnswersSame',
  differs: 'importAnswersDiffers',
};

function shown(e: AnswerEntry | undefined): string {
  if (!e) return '';
  const words = [e.zh, e.en].filter((v): v is string => !!v?.trim());
  return words.map((w) => (isSensitive(e.concept) ? maskValue(w) : w)).join(' / ');
}

export function ImportedAnswers({ answers }: { answers: NonNullable<FrontMatterAnswers> }) {
  const { t, lang } = useI18n();
  const [loaded, setLoaded] = useState<{ of: FrontMatterAnswers; rows: ImportedAnswerRow[] } | null>(null);
  const [replace, setReplace] = useState<Set<string>>(new Set());
  const [done, setDone] = useState<string | null>(null);
  // Each import's answers are a new offer: nothing ticked, nothing done yet (reset while rendering, as
  // React advises for state that follows a prop).
  const [offer, setOffer] = useState(answers);
  if (offer !== answers) {
    setOffer(answers);
    setReplace(new Set());
    setDone(null);
  }
  useEffect(() => {
    if (answers.ok)
      void compareImportedAnswers(answers.answers).then((rows) => setLoaded({ of: answers, rows }));
  }, [answers]);
  const rows = loaded?.of === answers ? loaded.rows : null;

  if (!answers.ok)
    return (
      <p className="error" role="status" data-testid="imported-answers-invalid">
        {t('importAnswersInvalid', { message: answers.error })}
      </p>
    );
  if (done)
    return (
      <p className="ok" role="status" data-testid="imported-answers-done">
        {done}
      </p>
    );
  if (!rows || rows.length === 0) return null;
  const title = (concept: string, e: AnswerEntry) =>
    conceptById(concept)?.title[lang] ?? e.question ?? concept.replace(/^custom:/, '');
  const confirm = async () => {
    const now = await applyImportedAnswers(rows, replace);
    const s = importSummary(now, replace);
    setDone(
      t('importAnswersDone', {
        added: s.added,
        completed: s.completed,
        replaced: s.replaced,
        kept: s.keptYours,
      }),
    );
  };
  return (
    <div className="imported-answers" data-testid="imported-answers">
      <h3>{t('importAnswersTitle')}</h3>
      <p className="muted">{t('importAnswersHint', { count: rows.length })}</p>
      <table className="answers-table">
        <tbody>
          {rows.map((r) => (
            <tr key={r.concept} data-concept={r.concept} data-kind={r.kind}>
              <th scope="row">{title(r.concept, r.theirs)}</th>
              <td>{shown(r.theirs)}</td>
              <td>
                <span className="badge">{t(KIND_WORD[r.kind])}</span>
                {r.kind === 'differs' && (
                  <>
                    {' '}
                    <span className="muted">{t('importAnswersYours', { value: shown(r.mine) })}</span>{' '}
                    <label>
                      <input
                        type="checkbox"
                        data-testid={`imported-answer-replace-${r.concept}`}
                        checked={replace.has(r.concept)}
                        onChange={(e) => {
                          const next = new Set(replace);
                          if (e.currentTarget.checked) next.add(r.concept);
                          else next.delete(r.concept);
                          setReplace(next);
                        }}
                      />{' '}
                      {t('importAnswersReplace')}
                    </label>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="paste-actions">
        <button
          type="button"
          className="btn btn-primary"
          data-testid="imported-answers-confirm"
          onClick={() => void confirm()}
        >
          {t('importAnswersConfirm')}
        </button>
        <button
          type="button"
          className="btn"
          data-testid="imported-answers-skip"
          onClick={() => setDone(t('importAnswersSkipped'))}
        >
          {t('importAnswersSkip')}
        </button>
      </div>
    </div>
  );
}
