import { useEffect, useState, type CSSProperties } from 'react';
import { placePopover, type Box } from '~/lib/highlights/place-popover';

const WIDE = 800;

/** Fixed-position style near the anchor field, kept there while the page scrolls or resizes. */
export function useAnchorPlacement(anchor: (() => Box | null) | undefined): CSSProperties {
  const [, setTick] = useState(0);
  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), setTick((t) => t + 1)));
    };
    addEventListener('scroll', schedule, { capture: true, passive: true });
    addEventListener('resize', schedule, { passive: true });
    return () => {
      removeEventListener('scroll', schedule, { capture: true });
      removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, []);
  const vw = innerWidth;
  const vh = innerHeight;
  const width = Math.min(vw >= WIDE ? 760 : 520, vw - 16);
  const box = anchor?.() ?? { top: 40, left: (vw - width) / 2, width, height: 0 };
  const p = placePopover(box, { width, height: vw >= WIDE ? 560 : 640 }, { width: vw, height: vh });
  return { top: p.top, left: p.left, width, maxHeight: p.maxHeight };
}
