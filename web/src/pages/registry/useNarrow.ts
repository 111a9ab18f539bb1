import { useMediaQuery } from '../../components/useMediaQuery.ts';

/**
 * True on phone-width screens (below antd's `md`), read synchronously so a list renders as cards
 * from its first paint instead of flashing a table first.
 */
export const useNarrow = (): boolean => useMediaQuery('(max-width: 767px)');
