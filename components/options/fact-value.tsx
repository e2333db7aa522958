import { useRef, useState, type KeyboardEvent } from 'react';
import { formatGpa } from '~/lib/i18n/format-gpa';
import { getAtPath } from '~/lib/resume/overrides';
import { useI18n } from '~/components/shared/i18n-context';
import type { StringKey } from '~/lib/i18n/strings';
import { usePreview, valueText } from './preview-context';
import { isValidCorrection } from './validate-correction';

export type FactKind = 'text' | 'long' | 'number' | 'gpa' | 'degree' | 'studyMode';

const CHOICES: Partial<Record<FactKind, [string, StringKey][]>> = {
  degree: [
    ['highschool', 'degree_highschool'],
    ['associate', 'degree_associate'],
    ['bachelor', 'degree_bachelor'],
    ['master', 'degree_master'],
    ['mba', 'degree_mba'],
    ['doctorate', 'degree_doctorate'],
  ],
  studyMode: [
    ['full-time', 'studyMode_full'],
    ['part-time', 'studyMode_part'],
  ],
};

/**
 * One derived value, editable in place: click, type, Enter saves it as a correction. A correction that
 * equals the derived value is dropped rather than stored, so "edited" means something.
 */
export function Fact({ path, kind = 'text', pad }: { path: string; kind?: FactKind; pad?: number }) {
  const { t } = useI18n();
  const { base, resolved, overrides, save } = usePreview();
  const [draft, setDraft] = useState<string | null>(null);
  // Enter and Escape unmount the editor, which can fire blur afterwards: only the first outcome counts.
  const open = useRef(false);
  const [invalid, setInvalid] = useState(false);
  const current = valueText(getAtPath(resolved, path));
  const edited = Object.hasOwn(overrides, path);
  const choices = CHOICES[kind];

  const startEditing = () => {
    open.current = true;
    setDraft(current);
  };
  const cancel = () => {
    open.current = false;
    setInvalid(false);
    setDraft(null);
  };
  const commit = async (next: string) => {
    if (!open.current) return;
    const value = next.trim();
    if (value !== current && !isValidCorrection(path, value)) {
      setInvalid(true); // keep the editor open with what was typed
      return;
    }
    cancel();
    if (value === current) return;
    await save(path, value === valueText(getAtPath(base, path)) ? null : value);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Escape') cancel();
    else if (e.key === 'Enter' && !(kind === 'long' && e.shiftKey)) {
      e.preventDefault();
      void commit(e.currentTarget.value);
    }
  };

  const label = choices?.find(([v]) => v === current)?.[1];
  const shown = label
    ? t(label)
    : pad && /^\d+$/.test(current)
      ? current.padStart(pad, '0')
      : kind === 'gpa' && current
        ? formatGpa(current)
        : current;
  let body;
  if (draft === null) {
    body = (
      <button type="button" className={`fact-value${current ? '' : ' fact-empty'}`} onClick={startEditing}>
        {shown || t('empty')}
      </button>
    );
  } else if (choices) {
    body = (
      <select
        className="input fact-input"
        autoFocus
        value={draft}
        onChange={(e) => void commit(e.currentTarget.value)}
        onBlur={cancel}
        onKeyDown={(e) => e.key === 'Escape' && cancel()}
      >
        <option value="">{t('notSet')}</option>
        {choices.map(([v, key]) => (
          <option key={v} value={v}>
            {t(key)}
          </option>
        ))}
      </select>
    );
  } else {
    const Editor = kind === 'long' ? 'textarea' : 'input';
    body = (
      <Editor
        className="input fact-input"
        autoFocus
        value={draft}
        title={t('editHint')}
        inputMode={kind === 'number' || kind === 'gpa' ? 'decimal' : undefined}
        rows={kind === 'long' ? 3 : undefined}
        aria-invalid={invalid || undefined}
        onChange={(e) => {
          setInvalid(false);
          setDraft(e.currentTarget.value);
        }}
        onKeyDown={onKey}
        onBlur={(e) => void commit(e.currentTarget.value)}
      />
    );
  }

  return (
    <span
      className={`fact${kind === 'long' ? ' fact-long' : ''}`}
      data-path={path}
      data-edited={edited || undefined}
    >
      {body}
      {invalid && (
        <span className="fact-invalid" role="alert">
          {t('invalidValue')}
        </span>
      )}
      {edited && draft === null && (
        <>
          <span className="badge badge-accent">{t('edited')}</span>
          <button type="button" className="btn btn-link btn-small" onClick={() => void save(path, null)}>
            {t('reset')}
          </button>
        </>
      )}
    </span>
  );
}
