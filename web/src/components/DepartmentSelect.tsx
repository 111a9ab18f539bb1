import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../api/org.ts';
import { buildTree, toTreeOptions } from '../pages/admin/departments/tree.ts';

export interface DepartmentSelectProps {
  departments: readonly Department[];
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Departments that may not be chosen (e.g. a department and its subtree as its own parent). */
  disabledIds?: ReadonlySet<string>;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  id?: string;
  loading?: boolean;
  'data-testid'?: string;
}

/** Picks a department from the tree, searchable by name or code. */
export function DepartmentSelect({ departments, value, onChange, disabledIds, placeholder, allowClear = true, ...rest }: DepartmentSelectProps) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const treeData = useMemo(
    () => toTreeOptions(buildTree(departments), { disabledIds, english }),
    [departments, disabledIds, english],
  );
  return (
    <TreeSelect
      {...rest}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      treeData={treeData}
      showSearch
      treeNodeFilterProp="search"
      allowClear={allowClear}
      placeholder={placeholder ?? t('departments.select')}
      treeDefaultExpandedKeys={treeData.map((node) => node.value)}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)' } } }}
    />
  );
}
