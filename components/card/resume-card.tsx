import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { buildCardSections } from '~/lib/card/build-card';
import { filterCard } from '~/lib/card/filter-card';
import type { UiLang } from '~/lib/i18n/lang';
import { cardStrings } from '~/lib/card/strings';
import type { Resume } from '~/lib/resume/types';
import { copyText } from '~/components/overlay/copy-text';
import { OverlayFrame } from '~/components/overlay/overlay-frame';
import type { Point } from '~/components/overlay/use-drag';
import { CardEntryView } from './card-entry';
import { CARD_CSS } from './card-css';

export interface ResumeCardProps {
  resume: Resume;
  lang: UiLang;
  /** Called after each successful copy (the popup may close itself, tests observe it). */
  onCopy?: (fact: { label: string; value: string }) => void;
  /** Inside the popup: static block, no drag and no close button unless onClose is given. */
  embedded?: boolean;
  onClose?: () => void;
  position?: Point | null;
  onMoveEnd?: (p: Point) => void;
}

const COPIED_MS = 1400;
/** The label column never takes more than this, so the values keep most of the card's width. */
const MAX_LABEL_PX = 132;
const MIN_LABEL_PX = 48;

/** The quick-reference card: every fact one click from the clipboard, searchable, draggable. */
export function ResumeCard({
  resume,
  lang,
  onCopy,
  embedded = false,
  onClose,
  position,
  onMoveEnd,
}: ResumeCardProps) {
  const s = cardStrings(lang);
  const titleId = useId();
  const [query, setQuery] = useState('');
  // The user's own open/closed choice per entry wins over the search's auto-expansion.
  const [opened, setOpened] = useState<Map<string, boolean>>(new Map());
  const [copied, setCopied] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const bodyRef = useRef<HTMLDivElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const sections = useMemo(() => buildCardSections(resume, lang), [resume, lang]);
  const result = useMemo(() => filterCard(sections, query), [sections, query]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async (key: string, label: string, value: string) => {
    const ok = await copyText(value);
    clearTimeout(timer.current);
    setCopied(ok ? key : null);
    setAnnounce(ok ? `${s.copied}: ${label}` : s.copyFailed);
    timer.current = setTimeout(() => setCopied(null), COPIED_MS);
    if (ok) onCopy?.({ label, value });
  };

  // Size the label column for the longest label shown, in whichever language: measured, because the
  // words' widths depend on the fonts the machine has. Tags (free text from the résumé) are cut instead.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    let widest = MIN_LABEL_PX;
    for (const label of body.querySelectorAll<HTMLElement>('.ra-label')) {
      if (!label.querySelector('.ra-tag')) widest = Math.max(widest, Math.ceil(label.scrollWidth) + 1);
    }
    body.style.setProperty('--ra-label-w', `${Math.min(widest, MAX_LABEL_PX)}px`);
  }, [result, opened]);

  const isOpen = (id: string) => opened.get(id) ?? result.expanded.has(id);
  const toggle = (id: string) => setOpened((prev) => new Map(prev).set(id, !isOpen(id)));

  return (
    <OverlayFrame
      title={s.cardTitle}
      titleId={titleId}
      closeLabel={s.close}
      lang={lang}
      css={CARD_CSS}
      className="ra-card"
      embedded={embedded}
      draggable
      position={position ?? null}
      onMoveEnd={onMoveEnd}
      // A 400-px window leaves no room for a 16-px gutter on both sides.
      placement={innerWidth < 440 ? { top: 8, right: 8 } : { top: 16, right: 16 }}
      {...(onClose ? { onClose } : {})}
    >
      <div className="ra-card-search">
        <input
          type="search"
          className="ra-input"
          value={query}
          placeholder={s.searchPlaceholder}
          aria-label={s.searchLabel}
          autoFocus={!embedded}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            // First Escape clears the search, the next one closes the card.
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              setQuery('');
            }
          }}
        />
      </div>
      {/* Not a Tab stop: Firefox makes a scrollable box focusable, one stop more before the first value. */}
      <div className="ra-card-body" ref={bodyRef} tabIndex={-1}>
        {result.sections.map((sec) => (
          <section key={sec.id} className="ra-section" aria-labelledby={`${titleId}-${sec.id}`}>
            <h3 className="ra-section-title" id={`${titleId}-${sec.id}`}>
              {sec.title}
            </h3>
            {sec.entries.map((entry) => (
              <CardEntryView
                key={entry.id}
                entry={entry}
                s={s}
                showTitle={sec.id !== 'basics' && sec.id !== 'skills'}
                detailsKind={sec.id === 'projects' ? 'highlights' : 'description'}
                expanded={isOpen(entry.id)}
                onToggle={() => toggle(entry.id)}
                copiedKey={copied}
                onCopy={copy}
              />
            ))}
          </section>
        ))}
        {result.sections.length === 0 && <p className="ra-empty">{s.noMatch}</p>}
      </div>
      <div role="status" aria-live="polite" className="ra-sr">
        {announce}
      </div>
    </OverlayFrame>
  );
}
