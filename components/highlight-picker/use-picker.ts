import { useMemo, useState } from 'react';
import { buildInsertText } from '~/lib/highlights/build-insert-text';
import { countChars } from '~/lib/highlights/count-chars';
import { filterSources } from '~/lib/highlights/filter-sources';
import type { HighlightFormat } from '~/lib/highlights/format';
import { buildPickSources, type PickItem } from '~/lib/highlights/sources';
import { cutAtSentenceEnd, dropItemsToFit } from '~/lib/highlights/trim-to-fit';
import type { Resume } from '~/lib/resume/types';

/** The picker's state: what is chosen, in which order and format, and how that fits the field. */
export function usePicker(resume: Resume, initialFormat: HighlightFormat, room: number | null) {
  const sources = useMemo(() => buildPickSources(resume), [resume]);
  const itemsById = useMemo(() => new Map(sources.flatMap((s) => s.items.map((i) => [i.id, i]))), [sources]);
  const [query, setQuery] = useState('');
  const [chosen, setChosenState] = useState<string[]>([]);
  const [format, setFormatState] = useState(initialFormat);
  // A sentence-end cut replaces the built text until the selection or format changes again.
  const [cut, setCut] = useState<string | null>(null);

  const visible = useMemo(() => filterSources(sources, query), [sources, query]);
  const chosenItems = useMemo(
    () => chosen.map((id) => itemsById.get(id)).filter((i): i is PickItem => i !== undefined),
    [chosen, itemsById],
  );
  const render = (items: PickItem[]) => buildInsertText(items, sources, format);
  const built = render(chosenItems);
  const text = cut ?? built;
  const count = countChars(text);
  const over = room !== null ? count - room : 0;

  const setChosen = (next: string[] | ((prev: string[]) => string[])) => {
    setChosenState(next);
    setCut(null);
  };
  const setFormat = (next: HighlightFormat) => {
    setFormatState(next);
    setCut(null);
  };

  const fitByDropping = room !== null && over > 0 ? dropItemsToFit(chosenItems, render, room) : null;
  const fitByCutting = room !== null && over > 0 ? cutAtSentenceEnd(built, room) : null;

  return {
    sources,
    visible,
    itemsById,
    query,
    setQuery,
    chosen,
    chosenItems,
    setChosen,
    format,
    setFormat,
    text,
    count,
    over,
    isCut: cut !== null,
    undoCut: () => setCut(null),
    /** Dropping is offered only when something survives it. */
    dropToFit:
      fitByDropping && fitByDropping.length > 0 ? () => setChosen(fitByDropping.map((i) => i.id)) : null,
    cutToFit: fitByCutting ? () => setCut(fitByCutting) : null,
  };
}

export type PickerState = ReturnType<typeof usePicker>;
