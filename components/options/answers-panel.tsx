// The Answers section: the user's answers to what a résumé does not hold (性别, 政治面貌, work
// authorization…), a value per page language, edited in place like the preview's facts; their own
// questions (added here or remembered after a fill) with the question text; identifiers masked, and
// filled only when the switch is on; export / import as the answers file `npm run fill --answers` takes.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '~/components/shared/i18n-context';
import { CONCEPTS, isSensitive } from '~/lib/answers/concepts';
import { answersFileText, parseAnswersFile } from '~/lib/answers/answers-file';
import { maskValue } from '~/lib/answers/mask';
import { customConceptId } from '~/lib/answers/question-key';
import { isCustomConcept, type AnswerEntry } from '~/lib/answers/types';
import {
  getAnswers,
  mergeAnswers,
  removeAnswer,
  setAnswer,
  updateSettings,
  watchAnswers,
  type Settings,
} from '~/lib/storage';
import { downloadFile } from './download-file';

function useAnswers(): AnswerEntry[] | null {
  const [answers, setAnswers] = useState<AnswerEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    const unwatch = watchAnswers((a) => live && setAnswers(a));
    void getAnswers().then((a) => live && setAnswers(a));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return answers;
}

/** One language's value of one concept: click to edit, Enter or leaving the box saves, Escape cancels. */
function AnswerValue(props: {
  concept: string;
  lang: 'zh' | 'en';
  value: string | undefined;
  suggestions?: string[];
}) {
  const { concept, lang, value = '', suggestions } = props;
  const { t } = useI18n();
  const [draft, setDraft] = useState<string | null>(null);
  const open = useRef(false);
  const secret = isSensitive(concept);
  const listId = `answer-words-${concept}-${lang}`;
  const close = () => {
    open.current = false;
    setDraft(null);
  };
  const commit = async (next: string) => {
    if (!open.current) return;
    close();
    if (next.trim() !== value) await setAnswer(concept, { [lang]: next.trim() });
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') close();
    else if (e.key === 'Enter') {
      e.preventDefault();
      void commit(e.currentTarget.value);
    }
  };
  if (draft === null)
    return (
      <button
        type="button"
        className={`fact-value${value ? '' : ' fact-empty'}`}
        data-testid={`answer-${concept}-${lang}`}
        title={secret && value ? t('answersMasked') : undefined}
        onClick={() => {
          open.current = true;
          // An identifier is typed anew, never shown back in the box.
          setDraft(secret ? '' : value);
        }}
      >
        {value ? (secret ? maskValue(value) : value) : t('empty')}
      </button>
    );
  return (
    <>
      <input
        className="input fact-input"
        autoFocus
        type={secret ? 'password' : 'text'}
        autoComplete="off"
        data-testid="answer-input"
        value={draft}
        title={t('editHint')}
        list={suggestions?.length ? listId : undefined}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={onKey}
        onBlur={(e) => void commit(e.currentTarget.value)}
      />
      {suggestions?.length ? (
        <datalist id={listId}>
          {suggestions.map((w) => (
            <option key={w} value={w} />
          ))}
        </datalist>
      ) : null}
    </>
  );
}

function AddQuestion() {
  const { t, lang } = useI18n();
  const [question, setQuestion] = useState('');
  const [value, setValue] = useState('');
  const add = async () => {
    if (!question.trim() || !value.trim()) return;
    await setAnswer(customConceptId(question), { question: question.trim(), [lang]: value.trim() });
    setQuestion('');
    setValue('');
  };
  return (
    <form
      className="answers-add"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <input
        className="input"
        data-testid="answer-add-question"
        placeholder={t('answersAddQuestion')}
        value={question}
        onChange={(e) => setQuestion(e.currentTarget.value)}
      />
      <input
        className="input"
        data-testid="answer-add-value"
        placeholder={t('answersAddValue')}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
      />
      <button type="submit" className="btn" data-testid="answer-add">
        {t('answersAdd')}
      </button>
    </form>
  );
}

function ExportImport({ answers }: { answers: AnswerEntry[] }) {
  const { t } = useI18n();
  const [note, setNote] = useState<string | null>(null);
  const importFile = async (file: File) => {
    const parsed = parseAnswersFile(await file.text());
    if (!parsed.ok) return setNote(t('answersImportFailed', { message: parsed.error }));
    await mergeAnswers(parsed.answers);
    setNote(t('answersImported', { count: parsed.answers.length }));
  };
  return (
    <div className="answers-files">
      <button
        type="button"
        className="btn btn-small"
        data-testid="answers-export"
        disabled={answers.length === 0}
        onClick={() => downloadFile('answers.json', answersFileText(answers), 'application/json')}
      >
        {t('answersExport')}
      </button>
      <label className="btn btn-small">
        {t('answersImport')}
        <input
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="answers-import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {note && (
        <span className="muted" role="status" data-testid="answers-import-note">
          {note}
        </span>
      )}
    </div>
  );
}

export function AnswersPanel({ settings }: { settings: Settings }) {
  const { t, lang } = useI18n();
  const answers = useAnswers();
  if (!answers) return null;
  const byConcept = new Map(answers.map((e) => [e.concept, e]));
  const custom = answers.filter((e) => isCustomConcept(e.concept));
  return (
    <section className="card answers" aria-labelledby="answers-title" data-testid="answers">
      <div className="card-head">
        <h2 id="answers-title">{t('answersTitle')}</h2>
        <ExportImport answers={answers} />
      </div>
      <p className="muted">{t('answersHint')}</p>
      <table className="answers-table">
        <thead>
          <tr>
            <th>{t('answersConcept')}</th>
            <th>{t('answersZhValue')}</th>
            <th>{t('answersEnValue')}</th>
          </tr>
        </thead>
        <tbody>
          {CONCEPTS.map((c) => (
            <tr key={c.id} data-concept={c.id}>
              <th scope="row">{c.title[lang]}</th>
              {(['zh', 'en'] as const).map((l) => (
                <td key={l}>
                  <AnswerValue
                    concept={c.id}
                    lang={l}
                    value={byConcept.get(c.id)?.[l]}
                    suggestions={c.options?.map((o) => o[l][0]!)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <label className="switch">
        <input
          type="checkbox"
          data-testid="setting-fillIdNumbers"
          checked={settings.fillIdNumbers ?? false}
          onChange={(e) => void updateSettings({ fillIdNumbers: e.currentTarget.checked })}
        />
        <span>
          <span className="switch-label">{t('answersFillIds')}</span>
          <span className="switch-hint muted">{t('answersFillIdsHint')}</span>
        </span>
      </label>
      <h3>{t('answersCustomTitle')}</h3>
      {custom.length > 0 && (
        <table className="answers-table" data-testid="answers-custom">
          <tbody>
            {custom.map((e) => (
              <tr key={e.concept} data-concept={e.concept}>
                <th scope="row">
                  {e.question}
                  {e.options?.length ? <span className="muted"> （{e.options.join(' / ')}）</span> : null}
                  {e.learned && <span className="badge badge-accent">{t('answersLearned')}</span>}
                </th>
                {(['zh', 'en'] as const).map((l) => (
                  <td key={l}>
                    <AnswerValue concept={e.concept} lang={l} value={e[l]} suggestions={e.options} />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="btn btn-link btn-small"
                    onClick={() => void removeAnswer(e.concept)}
                  >
                    {t('answersRemove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddQuestion />
    </section>
  );
}
