// "Remember what I typed" under a fill's report: what the user typed since into the fields the fill left
// empty, as a short list; only the items the user ticks are saved as answers (nothing is learned
// silently), and each stays visible and editable in the options page's Answers section.
import { useState } from 'react';
import { useI18n } from '~/components/shared/i18n-context';
import { learnedEntry, type TypedAnswer } from '~/lib/answers/learned';
import { sendToBackground } from '~/lib/messaging';
import { setAnswer } from '~/lib/storage';

type State =
  | { kind: 'idle' }
  | { kind: 'list'; items: TypedAnswer[]; chosen: boolean[] }
  | { kind: 'saved'; count: number }
  | { kind: 'error'; message: string };

export function RememberTyped({ tabId }: { tabId?: number }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const scan = async () => {
    try {
      const items = await sendToBackground('typed-answers', { tabId });
      setState({ kind: 'list', items, chosen: items.map(() => false) });
    } catch (err) {
      setState({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };
  const save = async (items: TypedAnswer[], chosen: boolean[]) => {
    const picked = items.filter((_, i) => chosen[i]);
    for (const item of picked) await setAnswer(item.concept, learnedEntry(item));
    setState({ kind: 'saved', count: picked.length });
  };

  if (state.kind === 'idle' || state.kind === 'error')
    return (
      <div className="remember">
        <button
          type="button"
          className="btn btn-block"
          data-testid="remember-scan"
          onClick={() => void scan()}
        >
          {t('rememberScan')}
        </button>
        {state.kind === 'error' && (
          <p className="fill-error" role="alert">
            {state.message}
          </p>
        )}
      </div>
    );
  if (state.kind === 'saved')
    return (
      <p className="fill-result" data-testid="remember-saved" role="status">
        {t('rememberSaved', { count: state.count })}
      </p>
    );
  const { items, chosen } = state;
  const count = chosen.filter(Boolean).length;
  return (
    <div className="remember" data-testid="remember-list">
      <p className="remember-title">{t('rememberTitle')}</p>
      {items.length === 0 ? (
        <p className="muted" data-testid="remember-none">
          {t('rememberNone')}
        </p>
      ) : (
        <>
          <p className="muted">{t('rememberHint')}</p>
          <ul className="remember-items">
            {items.map((item, i) => (
              <li key={`${item.concept}:${i}`}>
                <label>
                  <input
                    type="checkbox"
                    data-testid="remember-item"
                    data-concept={item.concept}
                    checked={chosen[i]}
                    onChange={(e) => {
                      const next = [...chosen];
                      next[i] = e.currentTarget.checked;
                      setState({ kind: 'list', items, chosen: next });
                    }}
                  />
                  <span className="remember-question">{item.question}</span>
                  <span className="remember-value">{item.value}</span>
                </label>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="btn btn-primary btn-block"
            data-testid="remember-save"
            disabled={count === 0}
            onClick={() => void save(items, chosen)}
          >
            {t('rememberSave', { count })}
          </button>
        </>
      )}
    </div>
  );
}
