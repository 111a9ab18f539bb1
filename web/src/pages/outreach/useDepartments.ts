import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { listDepartments, type Department } from '../../api/org.ts';
import { useRemote } from '../../api/useRemote.ts';

/** The department tree's rows (for DepartmentSelect) and a department's name by id, in the chosen language. */
export function useDepartments() {
  const { i18n } = useTranslation();
  const remote = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  const list: readonly Department[] = useMemo(() => remote.data?.departments ?? [], [remote.data]);
  const english = i18n.language === 'en';
  const nameOf = useCallback(
    (id: string | null | undefined) => {
      if (!id) return '—';
      const found = list.find((d) => d.id === id);
      return found ? (english ? found.nameEn : found.name) : '—';
    },
    [list, english],
  );
  return { list, nameOf, loading: remote.loading };
}
