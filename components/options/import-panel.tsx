import { useState, type ChangeEvent } from 'react';
import sampleResume from '~/samples/sample-resume.md?raw';
import { useI18n } from '~/components/shared/i18n-context';
import { ImportErrors } from './import-issues';
import { ImportedAnswers } from './imported-answers';
import type { Importer } from './use-importer';

export function ImportPanel({ importer, importedLabel }: { importer: Importer; importedLabel?: string }) {
  const { t } = useI18n();
  const [pasted, setPasted] = useState('');
  // Pressing import with nothing pasted says so instead of doing nothing.
  const [pasteEmpty, setPasteEmpty] = useState(false);
  const { state } = importer;
  const busy = state.kind === 'busy';

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    await importer.importFile(file);
    input.value = ''; // choosing the same file again must import it again
  };

  const onPaste = async () => {
    if (pasted.trim() === '') {
      importer.dismiss(); // an earlier import's errors are not about this (empty) paste
      setPasteEmpty(true);
      return;
    }
    setPasteEmpty(false);
    const result = await importer.importText(pasted);
    if (result.ok) setPasted('');
  };

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('importTitle')}</h2>
      <p className="muted">{t('importHint')}</p>
      <div className="import-actions">
        <label className="btn btn-primary file-button">
          {t('chooseFile')}
          <input
            type="file"
            accept=".md,.markdown,.txt,.json"
            data-testid="import-file"
            onChange={(e) => void onFile(e)}
            disabled={busy}
          />
        </label>
        <button
          type="button"
          className="btn"
          data-testid="load-sample"
          disabled={busy}
          onClick={() => void importer.importText(sampleResume, { fileName: 'sample-resume.md' })}
        >
          {t('loadSample')}
        </button>
      </div>
      <label className="paste-label" htmlFor="import-paste">
        {t('pasteLabel')}
      </label>
      <textarea
        id="import-paste"
        className="input paste-area"
        data-testid="import-paste"
        rows={6}
        spellCheck={false}
        placeholder={t('pastePlaceholder')}
        value={pasted}
        onChange={(e) => {
          setPasted(e.currentTarget.value);
          setPasteEmpty(false);
        }}
      />
      <div className="paste-actions">
        <button
          type="button"
          className="btn"
          data-testid="import-paste-submit"
          disabled={busy}
          onClick={() => void onPaste()}
        >
          {t('pasteSubmit')}
        </button>
        <span className="import-status" role="status">
          {busy && t('importing')}
          {pasteEmpty && !busy && (
            <span className="paste-empty" data-testid="paste-empty">
              {t('pasteEmpty')}
            </span>
          )}
          {state.kind === 'done' && state.result.ok && (
            <span className="ok" data-testid="import-ok">
              ✓ {t('importOk', { label: importedLabel ?? '' })}
            </span>
          )}
        </span>
      </div>
      {state.kind === 'done' && !state.result.ok && (
        <ImportErrors errors={state.result.errors} text={state.text} />
      )}
      {state.kind === 'done' && state.result.ok && state.result.answers && (
        <ImportedAnswers key={state.result.profileId} answers={state.result.answers} />
      )}
    </section>
  );
}
