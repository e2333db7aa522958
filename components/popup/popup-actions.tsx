// What the popup can do on the current page: fill it, show what was filled, undo, open the card.
import { useEffect, useState } from 'react';
import type { FillReport, UndoResult } from '~/lib/fill/types';
import { sendToBackground, type BackgroundProtocol, type FillOptions } from '~/lib/messaging';
import { useI18n } from '~/components/shared/i18n-context';
import { FillReportView } from './fill-report-view';
import { RememberTyped } from './remember-typed';

type FillState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; report: FillReport }
  | { kind: 'undone'; result: UndoResult }
  | { kind: 'error'; message: string };

/**
 * The popup acts on the active tab. Opened as a normal page (the end-to-end harness does this), it is
 * told which tab and, optionally, which language: `popup.html?tabId=12&lang=en`; `&adapters=off` asks
 * for the generic engine alone, which only harness builds honour (the benchmark's comparison).
 */
export function fillRequest(search: string): BackgroundProtocol['fill']['req'] {
  const query = new URLSearchParams(search);
  const tabId = Number(query.get('tabId'));
  const lang = query.get('lang');
  const options: FillOptions = {
    ...((lang === 'zh' || lang === 'en') && { lang }),
    ...(query.get('adapters') === 'off' && { adapters: 'off' as const }),
  };
  return {
    ...(Number.isInteger(tabId) && tabId > 0 && { tabId }),
    ...(Object.keys(options).length > 0 && { options }),
  };
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function PopupActions({
  disabled = false,
  onCardUnavailable,
}: {
  disabled?: boolean;
  onCardUnavailable?: () => void;
}) {
  const { t } = useI18n();
  const [state, setState] = useState<FillState>({ kind: 'idle' });
  // Undo walks every widget back through its own UI, which takes seconds: a second press must not start
  // a second undo over the first.
  const [undoing, setUndoing] = useState(false);
  const request = fillRequest(location.search);

  useEffect(() => {
    // Reopening the popup shows the report of the last fill on this tab.
    sendToBackground('last-report', { tabId: request.tabId })
      .then((report) => report && setState((s) => (s.kind === 'idle' ? { kind: 'done', report } : s)))
      .catch(() => undefined);
  }, [request.tabId]);

  const fill = async () => {
    setState({ kind: 'busy' });
    try {
      const report = await sendToBackground('fill', request);
      if (!report) throw new Error('no answer from the extension');
      setState({ kind: 'done', report });
    } catch (err) {
      setState({ kind: 'error', message: message(err) });
    }
  };
  const undo = async () => {
    setUndoing(true);
    try {
      const result = await sendToBackground('undo', { tabId: request.tabId });
      setState({ kind: 'undone', result });
    } catch (err) {
      setState({ kind: 'error', message: message(err) });
    } finally {
      setUndoing(false);
    }
  };
  const card = async () => {
    // Browser pages and extension stores refuse content scripts: the popup shows the card itself.
    const shown = await sendToBackground('toggle-card', { tabId: request.tabId }).catch(() => null);
    if (shown) window.close();
    else onCardUnavailable?.();
  };

  return (
    <div className="popup-actions">
      <button
        type="button"
        className="btn btn-primary btn-block"
        data-testid="fill-page"
        disabled={disabled || state.kind === 'busy'}
        onClick={() => void fill()}
      >
        {state.kind === 'busy' ? t('filling') : t('fillPage')}
      </button>
      <div className="popup-row">
        {state.kind === 'done' && (
          <button
            type="button"
            className="btn"
            data-testid="undo-fill"
            disabled={undoing}
            onClick={() => void undo()}
          >
            {t('undoFill')}
          </button>
        )}
        <button type="button" className="btn" data-testid="show-card" onClick={() => void card()}>
          {t('showCard')}
        </button>
      </div>
      {state.kind === 'done' && <FillReportView report={state.report} />}
      {state.kind === 'done' && <RememberTyped tabId={request.tabId} />}
      {state.kind === 'undone' && (
        <p
          className="fill-result"
          data-testid="undo-done"
          data-removed={state.result.removed}
          data-kept={state.result.kept}
          role="status"
        >
          {t('undoDone', { count: state.result.restored })}
          {state.result.removed > 0 && <> · {t('undoRemovedEntries', { count: state.result.removed })}</>}
          {state.result.kept > 0 && <> · {t('undoKeptEntries', { count: state.result.kept })}</>}
        </p>
      )}
      {state.kind === 'error' && (
        <p className="fill-error" data-testid="fill-error" role="alert">
          {t('fillError', { message: state.message })}
        </p>
      )}
    </div>
  );
}
