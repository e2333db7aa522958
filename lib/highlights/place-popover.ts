// Where a popover anchored to a field goes: below it if it fits, else above, else the side with more
// room (scrolling inside); always clamped into the viewport so no part is off screen.

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above' | 'over';
  /** Height available; the popover scrolls inside when it is taller. */
  maxHeight: number;
}

const GAP = 6;

export function placePopover(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  margin = 8,
  minHeight = 360,
): Placement {
  const full = Math.max(viewport.height - 2 * margin, 0);
  const below = viewport.height - (anchor.top + anchor.height) - GAP - margin;
  const above = anchor.top - GAP - margin;
  const width = Math.min(size.width, viewport.width - 2 * margin);
  const left = clamp(anchor.left, margin, viewport.width - margin - width);
  const fit = (top: number, maxHeight: number, side: Placement['side']): Placement => {
    const h = Math.min(size.height, maxHeight);
    return { top: clamp(top, margin, viewport.height - margin - h), left, side, maxHeight };
  };
  if (size.height <= below) return fit(anchor.top + anchor.height + GAP, below, 'below');
  if (size.height <= above) return fit(anchor.top - GAP - size.height, above, 'above');
  // Neither side fits: a cramped side is worse than covering part of a tall field.
  if (Math.max(below, above) < minHeight) return fit(margin, full, 'over');
  if (below >= above) return fit(anchor.top + anchor.height + GAP, below, 'below');
  return fit(margin, above, 'above');
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(v, Math.max(lo, hi)));
}
