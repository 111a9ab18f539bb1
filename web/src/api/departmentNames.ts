// Departments' names in the interface language. Most replies carry a department's Chinese name as the record
// keeps it; in English the page looks the department up — by id when it has one, else by that Chinese name (full or
// short) — in the public department list, read once per page load, and shows its English name. Anything not found
// (a name composed with a person's, a department since removed) shows as it came.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../common/api/org.ts';
import { listDepartments } from './org.ts';

type Known = Pick<Department, 'id' | 'name' | 'shortName' | 'nameEn'>;

/** A department's name to show: `name` as given, or in English its English name when the department is known. */
export type DepartmentLabel = (name: string | null | undefined, id?: string | null) => string;

export function departmentLabelOf(known: readonly Known[], english: boolean): DepartmentLabel {
  if (!english || known.length === 0) return (name) => name ?? '';
  const byId = new Map(known.map((d) => [d.id, d.nameEn]));
  const byName = new Map<string, string>();
  // Full names first: a short name equal to another body's full name never hides that body.
  for (const d of known) byName.set(d.name, d.nameEn);
  for (const d of known) if (!byName.has(d.shortName)) byName.set(d.shortName, d.nameEn);
  return (name, id) => (id ? byId.get(id) : undefined) ?? (name ? byName.get(name.trim()) : undefined) ?? name ?? '';
}

let cache: readonly Known[] | null = null;
let loading: Promise<readonly Known[]> | null = null;

function loadDepartments(): Promise<readonly Known[]> {
  loading ??= listDepartments()
    .then((reply) => (cache = reply.departments))
    .catch(() => {
      // Not read (offline, a server error): names stay as they came, and the next page asks again.
      loading = null;
      return [];
    });
  return loading;
}

/** The label function for this render's language; in English it loads the department list on first use. */
export function useDepartmentLabel(): DepartmentLabel {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  const [known, setKnown] = useState<readonly Known[] | null>(cache);
  useEffect(() => {
    if (!english || known) return;
    let live = true;
    void loadDepartments().then((list) => {
      if (live && list.length) setKnown(list);
    });
    return () => {
      live = false;
    };
  }, [english, known]);
  return useMemo(() => departmentLabelOf(known ?? [], english), [known, english]);
}
