import type { CardEntry } from '~/lib/card/facts-types';
import type { CardStrings } from '~/lib/card/strings';
import { ChevronIcon } from '~/components/overlay/icons';
import { FactRow } from './fact-row';

export interface CardEntryViewProps {
  entry: CardEntry;
  s: CardStrings;
  showTitle: boolean;
  /** Projects fold their highlights; education and jobs fold a description. */
  detailsKind: 'highlights' | 'description';
  expanded: boolean;
  onToggle: () => void;
  copiedKey: string | null;
  onCopy: (key: string, label: string, value: string) => void;
}

export function CardEntryView(props: CardEntryViewProps) {
  const { entry, s, showTitle, expanded, onToggle, copiedKey, onCopy } = props;
  const [show, hide] =
    props.detailsKind === 'highlights'
      ? [s.showHighlights, s.hideHighlights]
      : [s.showDescription, s.hideDescription];
  const detailsId = `ra-details-${entry.id}`;
  return (
    <div className="ra-entry">
      {showTitle && (
        <div className="ra-entry-head">
          <span className="ra-entry-title">{entry.title}</span>
          {entry.subtitle && <span className="ra-entry-sub">{entry.subtitle}</span>}
        </div>
      )}
      <ul className="ra-facts">
        {entry.facts.map((f) => (
          <FactRow key={f.id} fact={f} s={s} copiedKey={copiedKey} onCopy={onCopy} />
        ))}
      </ul>
      {entry.details.length > 0 && (
        <>
          <button
            type="button"
            className="ra-expand"
            aria-expanded={expanded}
            aria-controls={detailsId}
            onClick={onToggle}
          >
            <ChevronIcon open={expanded} />
            {expanded ? hide : show} ({entry.details.length})
          </button>
          {expanded && (
            <ul className="ra-facts ra-details" id={detailsId}>
              {entry.details.map((f) => (
                <FactRow key={f.id} fact={f} s={s} copiedKey={copiedKey} onCopy={onCopy} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
