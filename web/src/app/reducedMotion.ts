import { useSyncExternalStore } from 'react';

// 减少动态效果: a person who asked their system for less motion gets no opening, closing or sliding animations
// (antd's `motion` token off for every component). The browser journeys run this way too, as such a user.
const query = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia?.(query);
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** True while the system asks for reduced motion; follows a change of the setting without a reload. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}
