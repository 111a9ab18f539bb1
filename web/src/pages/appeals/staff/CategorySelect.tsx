// 诉求分类 as a two-level tree, searchable by name, English name, keywords or code. A tree select (not a
// cascader): it shares the work pages' tree code, so the vendor chunks stay free of cycles.
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../../api/appeals.ts';
import { categoryTree } from './intake.ts';

interface Props {
  categories: readonly Category[];
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** A filter may pick a top category (it covers its leaves); filing picks a leaf. */
  parentsSelectable?: boolean;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  'aria-label'?: string;
  'data-testid'?: string;
}

export function CategorySelect({ categories, value, onChange, parentsSelectable = false, allowClear = true, ...rest }: Props) {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  const treeData = useMemo(() => categoryTree(categories, { english, parentsSelectable }), [categories, english, parentsSelectable]);
  return (
    <TreeSelect
      {...rest}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? undefined)}
      treeData={treeData}
      showSearch
      treeNodeFilterProp="search"
      treeExpandAction="click"
      allowClear={allowClear}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)', maxHeight: 400 } } }}
    />
  );
}
