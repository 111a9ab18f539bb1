// Who a case goes to: a department from the tree (转办) or a staff member found by name (转办, 委派).
import { Select } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { listDepartments, listUsers, type UserSummary } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { withNote } from '../../../i18n/punctuation.ts';

export function DepartmentPicker({ value, onChange, id }: { value?: string | null; onChange?: (value: string | null) => void; id?: string }) {
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  return (
    <DepartmentSelect
      id={id}
      departments={departments.data?.departments ?? []}
      loading={departments.loading}
      value={value}
      onChange={onChange}
      data-testid="action-department"
    />
  );
}

/** Staff in the reader's data scope, searched by name or username as it is typed. */
export function UserPicker({ value, onChange, id, testId }: { value?: string | null; onChange?: (value: string | null) => void; id?: string; testId?: string }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const [q, setQ] = useState('');
  const [users, setUsers] = useState<UserSummary[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      listUsers({ q: q.trim() || undefined, pageSize: 20 }, controller.signal)
        .then((reply) => setUsers(reply.items.filter((u) => u.kind === 'staff' && !u.disabled)))
        .catch(() => undefined)
        .finally(() => {
          if (!controller.signal.aborted) setLoading(false);
        });
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);
  return (
    <Select
      id={id}
      allowClear
      showSearch
      filterOption={false}
      onSearch={setQ}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      loading={loading}
      placeholder={t('work.action.userSearch')}
      notFoundContent={loading ? null : t('work.action.noUsers')}
      options={users.map((u) => ({ value: u.id, label: withNote(u.name, u.departmentName ? label(u.departmentName, u.departmentId) : u.username) }))}
      data-testid={testId}
    />
  );
}
