import { useCallback, useEffect, useRef, useState } from 'react';

export interface ScrollEdges {
  /** More to see to the left / to the right. */
  before: boolean;
  after: boolean;
}

/**
 * Whether a sideways scroller hides content on either side, kept up to date on scroll and
 * resize, so the board can show that there is more (a fade and a button at that edge).
 */
export function useScrollEdges<T extends HTMLElement>() {
  const [node, setNode] = useState<T | null>(null);
  const [edges, setEdges] = useState<ScrollEdges>({ before: false, after: false });
  const frame = useRef(0);

  const measure = useCallback(() => {
    if (!node) return;
    const before = node.scrollLeft > 1;
    const after = node.scrollLeft + node.clientWidth < node.scrollWidth - 1;
    setEdges((current) => (current.before === before && current.after === after ? current : { before, after }));
  }, [node]);

  useEffect(() => {
    if (!node) return;
    const schedule = () => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(measure);
    };
    schedule();
    node.addEventListener('scroll', schedule, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    observer?.observe(node);
    // Columns added or removed change the width without resizing the scroller.
    const mutations = new MutationObserver(schedule);
    mutations.observe(node, { childList: true });
    return () => {
      cancelAnimationFrame(frame.current);
      node.removeEventListener('scroll', schedule);
      observer?.disconnect();
      mutations.disconnect();
    };
  }, [node, measure]);

  /** Scrolls by most of a screen's width towards that side. */
  const scrollBy = useCallback(
    (direction: -1 | 1) => node?.scrollBy({ left: direction * node.clientWidth * 0.8, behavior: 'smooth' }),
    [node],
  );

  return { setNode, edges, scrollBy };
}
