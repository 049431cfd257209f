import { useEffect, useRef, useState, type ReactNode } from 'react';

/** How far below (or above) the window a chart starts drawing, so it is ready as it scrolls in. */
const AHEAD = '240px 0px';

/**
 * Draws `children` (a chart) once its place comes near the window, and keeps it drawn after that.
 * Until then an empty box of the chart's usual height holds its place, so nothing jumps. The charts
 * above the fold draw first; the ones below cost nothing until someone scrolls to them.
 */
export function DrawWhenNear({ children }: { children: ReactNode }) {
  const place = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver !== 'function');

  useEffect(() => {
    if (near || !place.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          setNear(true);
        }
      },
      { rootMargin: AHEAD },
    );
    observer.observe(place.current);
    return () => observer.disconnect();
  }, [near]);

  if (near) return <>{children}</>;
  return <div ref={place} className="chart-card__pending" data-drawn="when-near" />;
}
