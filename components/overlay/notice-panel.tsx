import { useEffect, useId, useRef } from 'react';
import { OverlayFrame } from './overlay-frame';

const NOTICE_CSS = `.ra-notice-panel { top: 16px; right: 16px; width: 340px; }
.ra-notice { margin: 0; padding: 16px 14px; outline: none; }`;

export interface NoticePanelProps {
  lang: 'zh' | 'en';
  title: string;
  message: string;
  closeLabel: string;
  onClose: () => void;
}

/** A one-message overlay, e.g. when no résumé applies to this page yet. */
export function NoticePanel({ lang, title, message, closeLabel, onClose }: NoticePanelProps) {
  const titleId = useId();
  const body = useRef<HTMLParagraphElement>(null);
  // Focus inside the panel so Escape reaches it.
  useEffect(() => body.current?.focus(), []);
  return (
    <OverlayFrame
      title={title}
      titleId={titleId}
      closeLabel={closeLabel}
      lang={lang}
      css={NOTICE_CSS}
      className="ra-notice-panel"
      onClose={onClose}
    >
      <p className="ra-notice" tabIndex={-1} ref={body} role="alert">
        {message}
      </p>
    </OverlayFrame>
  );
}
