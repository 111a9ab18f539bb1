import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { createDepartment, updateDepartment, type CreateDepartmentBody, type Department, type Region } from '../../../api/org.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { applyProblem } from '../../../components/problemForm.ts';
import { departmentKinds, isDepartmentKind, type DepartmentKind } from './kinds.ts';
import { subtreeIds } from './tree.ts';
import { withNote } from '../../../i18n/punctuation.ts';

export type DepartmentFormTarget = { mode: 'create'; parentId: string | null } | { mode: 'edit'; department: Department };

interface Props {
  target: DepartmentFormTarget;
  departments: readonly Department[];
  regions: readonly Region[];
  onClose: () => void;
  /** After a save, or after a version conflict (the list must be reloaded either way). */
  onChanged: () => void;
}

type Values = Omit<CreateDepartmentBody, 'kind'> & { kind: DepartmentKind };

/** Create a department, or edit one (with its version: a concurrent edit is refused, not lost). */
export function DepartmentForm({ target, departments, regions, onClose, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const editing = target.mode === 'edit' ? target.department : null;
  const english = i18n.language === 'en';

  const initialValues: Partial<Values> = editing
    ? {
        code: editing.code,
        name: editing.name,
        nameEn: editing.nameEn,
        shortName: editing.shortName,
        kind: isDepartmentKind(editing.kind) ? editing.kind : undefined,
        regionCode: editing.regionCode,
        parentId: editing.parentId,
      }
    : { kind: 'department', parentId: target.mode === 'create' ? target.parentId : null };

  // A department cannot sit under itself or anything beneath it.
  const blocked = useMemo(() => (editing ? subtreeIds(departments, editing.id) : undefined), [departments, editing]);
  const regionOptions = useMemo(
    () => regions.map((r) => ({ value: r.code, label: withNote(english ? r.nameEn : r.name, r.code), search: `${r.name} ${r.nameEn} ${r.code}` })),
    [regions, english],
  );

  const save = async (values: Values) => {
    setSaving(true);
    setFailure(null);
    try {
      if (editing) {
        const { code: _code, ...changes } = values;
        await updateDepartment(editing.id, { ...changes, version: editing.version });
      } else {
        await createDepartment(values);
      }
      void message.success(t('common.saved'));
      onChanged();
      onClose();
    } catch (error) {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        void message.error(t('common.versionConflict'));
        onChanged();
        onClose();
        return;
      }
      setFailure(applyProblem(form, error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={editing ? t('departments.editTitle', { name: editing.name }) : t('departments.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      maskClosable={false}
      destroyOnHidden
      width={600}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => void save(values)} data-testid="department-form">
        <Form.Item name="name" label={t('departments.fields.name')} rules={[{ required: true, whitespace: true, min: 2, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="shortName" label={t('departments.fields.shortName')} rules={[{ required: true, whitespace: true, max: 40 }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('departments.fields.nameEn')} rules={[{ required: true, whitespace: true, min: 2, max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('departments.fields.code')}
          extra={editing ? t('departments.codeFixed') : t('departments.codeHint')}
          rules={[{ required: true, min: 2, max: 40 }, { pattern: /^[A-Z0-9-]+$/, message: t('departments.codePattern') }]}
          normalize={(value: string) => value?.toUpperCase()}
        >
          <Input maxLength={40} disabled={Boolean(editing)} />
        </Form.Item>
        <Form.Item name="kind" label={t('departments.fields.kind')} rules={[{ required: true }]}>
          <Select options={Object.entries(departmentKinds).map(([value, kind]) => ({ value, label: t(kind.label) }))} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('departments.fields.region')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="search" options={regionOptions} placeholder={t('departments.selectRegion')} />
        </Form.Item>
        <Form.Item name="parentId" label={t('departments.fields.parent')} extra={t('departments.parentHint')}>
          <DepartmentSelect departments={departments} disabledIds={blocked} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
