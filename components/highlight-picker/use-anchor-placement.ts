// Where the picker goes: Floating UI places it below the field, flips it above when that has more room,
// and sizes it to the room it gets — but never below the height at which the chosen rows, the format
// and the preview still show: with less room than that on either side it takes its full height and
// shifts over the field instead, inside the viewport. The panel's inner layout gives way within that height (the list scrolls).
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react';

/** An element's box in viewport coordinates (what getBoundingClientRect gives). */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const WIDE = 800;
const MARGIN = 8;
const GAP = 6;
/** The height the picker asks for, and the least it accepts before covering the field (wide / narrow). */
const PREFERRED = { wide: 560, narrow: 640 };
const LEAST = { wide: 460, narrow: 520 };

function sizes(vw: number, vh: number) {
  const wide = vw >= WIDE;
  const cap = Math.max(0, vh - 2 * MARGIN);
  return {
    width: Math.min(wide ? 760 : 520, vw - 2 * MARGIN),
    preferred: Math.min(wide ? PREFERRED.wide : PREFERRED.narrow, cap),
    least: Math.min(wide ? LEAST.wide : LEAST.narrow, cap),
  };
}

/** Fixed-position style near the anchor field, kept there while the page scrolls, resizes or the panel grows. */
export function useAnchorPlacement(
  anchor: (() => Box | null) | undefined,
  inside: RefObject<HTMLElement | null>,
): CSSProperties {
  const [style, setStyle] = useState<CSSProperties>(() => {
    const { width, preferred } = sizes(innerWidth, innerHeight);
    return { top: MARGIN, left: Math.max(MARGIN, (innerWidth - width) / 2), width, maxHeight: preferred };
  });

  useLayoutEffect(() => {
    let live = true;
    let frame = 0;
    const update = () => {
      const panel = inside.current?.closest<HTMLElement>('.ra-panel');
      if (!panel) return;
      const { width, preferred, least } = sizes(innerWidth, innerHeight);
      // Measure at the height asked for, so flip compares the sides fairly each time.
      panel.style.width = `${width}px`;
      panel.style.maxHeight = `${preferred}px`;
      // A DOMRect's fields are getters on its prototype: copy them one by one, never by spreading.
      const {
        top,
        left,
        width: w,
        height: h,
      } = anchor?.() ?? {
        top: 40,
        left: (innerWidth - width) / 2,
        width,
        height: 0,
      };
      const rect = { top, left, width: w, height: h, x: left, y: top, right: left + w, bottom: top + h };
      const reference = { getBoundingClientRect: () => rect };
      let maxHeight = preferred;
      void computePosition(reference, panel, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(GAP),
          flip({ padding: MARGIN, fallbackPlacements: ['top-start'], fallbackStrategy: 'bestFit' }),
          size({
            padding: MARGIN,
            apply({ availableHeight, elements }) {
              // Less room than `least` means covering the field anyway: then take the full height.
              const room = Math.floor(availableHeight);
              maxHeight = room >= least ? Math.min(preferred, room) : preferred;
              elements.floating.style.maxHeight = `${maxHeight}px`;
            },
          }),
          // Too little room on either side: the panel moves over the field, inside the window.
          shift({ padding: MARGIN, crossAxis: true }),
        ],
      }).then(({ x, y }) => {
        if (live) setStyle({ top: Math.round(y), left: Math.round(x), width, maxHeight });
      });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), update()));
    };
    update();
    addEventListener('scroll', schedule, { capture: true, passive: true });
    addEventListener('resize', schedule, { passive: true });
    const panel = inside.current?.closest('.ra-panel');
    const resized = new ResizeObserver(schedule);
    if (panel) resized.observe(panel);
    return () => {
      live = false;
      removeEventListener('scroll', schedule, { capture: true });
      removeEventListener('resize', schedule);
      resized.disconnect();
      cancelAnimationFrame(frame);
    };
    // The anchor function is re-created on every render of the controller; reading it late is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return style;
}
