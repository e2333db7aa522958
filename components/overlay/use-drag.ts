import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';

export interface Point {
  x: number;
  y: number;
}

/** Keeps the whole panel on screen when it can, and at least its header when the window is smaller. */
export function clampToViewport(p: Point, size: { width: number; height: number }, margin = 8): Point {
  const maxX = Math.max(margin, innerWidth - size.width - margin);
  const maxY = Math.max(margin, innerHeight - Math.min(size.height, 44) - margin);
  return {
    x: Math.round(Math.min(Math.max(p.x, margin), maxX)),
    y: Math.round(Math.min(Math.max(p.y, margin), maxY)),
  };
}

/**
 * Drag a fixed panel by its header. Returns the current position (null = the CSS default corner) and the
 * pointer handler for the header; `onEnd` gets the final position once, when the pointer is released.
 */
export function useDrag(initial: Point | null, onEnd?: (p: Point) => void) {
  const panelRef = useRef<HTMLDivElement | null>(null);
  const [pos, setPos] = useState<Point | null>(initial);
  const [dragging, setDragging] = useState(false);

  // A position saved on a wide screen may be off a narrow one: pull it back in on mount and resize.
  useEffect(() => {
    const fit = () => {
      const el = panelRef.current;
      if (el) setPos((cur) => cur && clampToViewport(cur, el.getBoundingClientRect()));
    };
    fit();
    addEventListener('resize', fit);
    return () => removeEventListener('resize', fit);
  }, []);

  const onPointerDown = useCallback(
    (e: ReactPointerEvent<HTMLElement>) => {
      if (e.button !== 0 || (e.target as Element).closest('button, input, a, select, textarea')) return;
      const panel = panelRef.current;
      if (!panel) return;
      e.preventDefault();
      const rect = panel.getBoundingClientRect();
      const dx = e.clientX - rect.left;
      const dy = e.clientY - rect.top;
      const header = e.currentTarget;
      header.setPointerCapture?.(e.pointerId);
      setDragging(true);
      let last: Point | null = null;
      const move = (ev: PointerEvent) => {
        last = clampToViewport({ x: ev.clientX - dx, y: ev.clientY - dy }, rect);
        setPos(last);
      };
      const up = () => {
        header.removeEventListener('pointermove', move);
        header.removeEventListener('pointerup', up);
        header.removeEventListener('pointercancel', up);
        setDragging(false);
        if (last) onEnd?.(last);
      };
      header.addEventListener('pointermove', move);
      header.addEventListener('pointerup', up);
      header.addEventListener('pointercancel', up);
    },
    [onEnd],
  );

  return { panelRef, pos, dragging, onPointerDown };
}
