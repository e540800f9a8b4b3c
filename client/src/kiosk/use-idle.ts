import { useEffect } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/** Calls `onIdle` after `idleMs` without a touch, key or scroll, while `active`. */
export function useIdle(active: boolean, idleMs: number, onIdle: () => void): void {
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(onIdle, idleMs);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(onIdle, idleMs);
    };
    for (const type of ACTIVITY) document.addEventListener(type, reset, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) document.removeEventListener(type, reset, { capture: true });
    };
  }, [active, idleMs, onIdle]);
}
