import type { CSSProperties, KeyboardEvent, ReactNode } from 'react';
import { CloseIcon } from './icons';
import { THEME_CSS } from './theme-css';
import { useDrag, type Point } from './use-drag';

export interface OverlayFrameProps {
  title: string;
  titleId: string;
  closeLabel: string;
  lang: 'zh' | 'en';
  /** Extra CSS for the component inside; rendered in the same <style> so the frame works anywhere. */
  css: string;
  onClose?: () => void;
  /** Inside the popup: a plain block in the page flow, no drag, no fixed positioning. */
  embedded?: boolean;
  draggable?: boolean;
  /** Saved position; null puts the panel where `placement` says. */
  position?: Point | null;
  onMoveEnd?: (p: Point) => void;
  /** Position and size when not dragged (the picker passes its anchored box here). */
  placement?: CSSProperties;
  className?: string;
  headerExtra?: ReactNode;
  children: ReactNode;
}

/** Shared chrome: theme, header with title and close button, Escape to close, optional dragging. */
export function OverlayFrame(props: OverlayFrameProps) {
  const { embedded = false, draggable = false, onClose } = props;
  const { panelRef, pos, dragging, onPointerDown } = useDrag(props.position ?? null, props.onMoveEnd);
  const canDrag = draggable && !embedded;
  const style: CSSProperties | undefined = embedded
    ? undefined
    : pos && canDrag
      ? { ...props.placement, left: pos.x, top: pos.y, right: 'auto', bottom: 'auto' }
      : props.placement;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && onClose && !e.defaultPrevented) {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };

  return (
    <div className="ra-root" lang={props.lang === 'zh' ? 'zh-CN' : 'en'}>
      <style>{THEME_CSS + props.css}</style>
      <div
        ref={panelRef}
        role="dialog"
        aria-labelledby={props.titleId}
        className={['ra-panel', embedded && 'ra-embedded', props.className].filter(Boolean).join(' ')}
        style={style}
        onKeyDown={onKeyDown}
      >
        <div
          className={['ra-head', canDrag && 'ra-draggable', dragging && 'ra-dragging']
            .filter(Boolean)
            .join(' ')}
          onPointerDown={canDrag ? onPointerDown : undefined}
        >
          <h2 id={props.titleId} className="ra-title">
            {props.title}
          </h2>
          {props.headerExtra}
          {onClose && (
            <button
              type="button"
              className="ra-icon-btn"
              aria-label={props.closeLabel}
              title={props.closeLabel}
              onClick={onClose}
            >
              <CloseIcon />
            </button>
          )}
        </div>
        {props.children}
      </div>
    </div>
  );
}
