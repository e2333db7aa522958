import { useState } from 'react';
import type { CardFact } from '~/lib/card/facts-types';
import type { CardStrings } from '~/lib/card/strings';
import { MoreIcon } from '~/components/overlay/icons';

export interface FactRowProps {
  fact: CardFact;
  s: CardStrings;
  /** Key of the value that was just copied ('<fact id>' or '<fact id>#<alt index>'). */
  copiedKey: string | null;
  onCopy: (key: string, label: string, value: string) => void;
}

/** One fact: click the value to copy it; ⋯ opens its other renderings, each also one click to copy. */
export function FactRow({ fact, s, copiedKey, onCopy }: FactRowProps) {
  const [open, setOpen] = useState(false);
  const altsId = `ra-alts-${fact.id}`;
  const badge = <span className="ra-copied">✓ {s.copied}</span>;
  return (
    <li className="ra-fact" data-fact={fact.id}>
      <span className="ra-label">
        {fact.tag ? (
          <span className="ra-tag" title={fact.tag}>
            {fact.tag}
          </span>
        ) : (
          fact.label
        )}
      </span>
      <button
        type="button"
        className={fact.value.length > 60 ? 'ra-value ra-long' : 'ra-value'}
        title={s.copy}
        aria-label={`${s.copy} ${fact.tag ?? fact.label}: ${fact.value}`}
        onClick={() => onCopy(fact.id, fact.label, fact.value)}
      >
        {fact.value}
      </button>
      {fact.alternatives.length > 0 ? (
        <button
          type="button"
          className="ra-icon-btn"
          aria-expanded={open}
          aria-controls={altsId}
          aria-label={`${s.moreRenderings}: ${fact.label}`}
          title={s.moreRenderings}
          onClick={() => setOpen((o) => !o)}
          onKeyDown={(e) => {
            // Escape folds the renderings first; the next Escape closes the card.
            if (e.key === 'Escape' && open) {
              e.preventDefault();
              setOpen(false);
            }
          }}
        >
          <MoreIcon />
        </button>
      ) : (
        <span />
      )}
      {copiedKey === fact.id && badge}
      {open && (
        <ul className="ra-alts" id={altsId}>
          {fact.alternatives.map((alt, i) => (
            <li key={`${alt.label}:${alt.value}`}>
              <button
                type="button"
                className="ra-alt"
                aria-label={`${s.copy} ${alt.label}: ${alt.value}`}
                onClick={() => onCopy(`${fact.id}#${i}`, alt.label, alt.value)}
              >
                <span className="ra-alt-label">{alt.label}</span>
                <span>{alt.value}</span>
                {copiedKey === `${fact.id}#${i}` && badge}
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
