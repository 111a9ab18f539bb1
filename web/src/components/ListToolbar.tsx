import { FilterOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import type { SearchProps } from 'antd/es/input/Search';
import { useState, type ReactNode } from 'react';

/**
 * The toolbar above a staff list: a search box (with the phone's filter toggle beside it), then the
 * page's filters in a grid of `columns` per row that folds away behind the toggle on phones.
 */
export function ListToolbar({
  search,
  filtersLabel,
  toggleTestId,
  columns,
  children,
}: {
  search: SearchProps & { 'data-testid'?: string };
  /** The toggle's text, e.g. 筛选 or 筛选（2）. */
  filtersLabel: string;
  toggleTestId?: string;
  columns: 2 | 3 | 4 | 6;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div className="ys-table-toolbar ys-list-toolbar">
      <div className="ys-list-search">
        <Input.Search
          allowClear
          enterButton
          aria-label={typeof search.placeholder === 'string' ? search.placeholder : undefined}
          {...search}
        />
        <Button
          className="ys-filters-toggle"
          icon={<FilterOutlined />}
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          data-testid={toggleTestId}
        >
          {filtersLabel}
        </Button>
      </div>
      <div className={`ys-list-filters ys-list-filters-${columns}${open ? ' is-open' : ''}`}>{children}</div>
    </div>
  );
}
