// The chosen list is an ordered list of item ids; the order is the order of the inserted text.

export function toggleChosen(chosen: readonly string[], id: string): string[] {
  return chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id];
}

/** Whole-group checkbox: when every id is chosen, unchoose them all; else append the missing ones in order. */
export function toggleGroup(chosen: readonly string[], ids: readonly string[]): string[] {
  if (ids.length > 0 && ids.every((id) => chosen.includes(id))) return chosen.filter((c) => !ids.includes(c));
  return [...chosen, ...ids.filter((id) => !chosen.includes(id))];
}

export type GroupState = 'none' | 'some' | 'all';

export function groupState(chosen: readonly string[], ids: readonly string[]): GroupState {
  const n = ids.filter((id) => chosen.includes(id)).length;
  return n === 0 ? 'none' : n === ids.length ? 'all' : 'some';
}

export function moveBy(chosen: readonly string[], id: string, delta: number): string[] {
  const from = chosen.indexOf(id);
  if (from < 0) return [...chosen];
  return moveTo(chosen, id, Math.max(0, Math.min(chosen.length - 1, from + delta)));
}

export function moveTo(chosen: readonly string[], id: string, index: number): string[] {
  const rest = chosen.filter((c) => c !== id);
  if (rest.length === chosen.length) return [...chosen];
  const at = Math.max(0, Math.min(rest.length, index));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}
