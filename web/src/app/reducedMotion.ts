import { useMediaQuery } from '../components/useMediaQuery.ts';

// 减少动态效果: a person who asked their system for less motion gets no opening, closing or sliding animations
// (antd's `motion` token off for every component). The browser journeys run this way too, as such a user.

/** True while the system asks for reduced motion; follows a change of the setting without a reload. */
export const useReducedMotion = (): boolean => useMediaQuery('(prefers-reduced-motion: reduce)');
