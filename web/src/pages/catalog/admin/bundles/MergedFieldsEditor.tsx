import { DeleteOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Checkbox,
  Empty,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { MergedField } from '../../../../api/catalog-admin.ts';
import type { FormField } from '../../../../../../common/catalog/form-fields.ts';
import { FORM_FIELD_TYPES } from '../../../../../../common/catalog/vocabulary.ts';
import { prefillOptions } from '../labels.ts';
import { blankField } from './bundleBody.ts';
import {
  autoMap,
  cellKey,
  mappedField,
  reuseCount,
  setMapping,
  typesAgree,
  type MemberFields,
} from './mapping.ts';
import { withNote } from '../../../../i18n/punctuation.ts';

export interface MatrixMember extends MemberFields {
  name: string;
}

interface Props {
  fields: readonly MergedField[];
  onChange: (fields: MergedField[]) => void;
  members: readonly MatrixMember[];
  /** Cells the live check marks (cellKey → severity). */
  problems: ReadonlyMap<string, 'error' | 'warning'>;
  readonly: boolean;
}

type Row = MergedField & { index: number };

/** 合并表单: each merged field (a question asked once) and, per member item, the field of its form it fills. */
export function MergedFieldsEditor({ fields, onChange, members, problems, readonly }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const patch = (index: number, change: Partial<MergedField>) =>
    onChange(fields.map((f, i) => (i === index ? { ...f, ...change } : f)));
  const typeOptions = FORM_FIELD_TYPES.map((type) => ({
    value: type,
    label: t(`catalogAdmin.merged.types.${type}`),
  }));
  const keys = new Set(fields.map((f) => f.key));

  const runAutoMap = (addMissing: boolean) => {
    const result = autoMap(fields, members, addMissing);
    onChange(result.fields);
    void message.info(t('catalogAdmin.merged.autoDone', { mapped: result.mapped, added: result.added }));
  };

  const memberOption = (field: MergedField, member: FormField) => ({
    value: member.key,
    disabled: !typesAgree(field, member),
    label: `${member.required ? '* ' : ''}${withNote(member.label, member.key)}`,
  });
  const columns: TableColumnsType<Row> = [
    {
      title: t('catalogAdmin.merged.key'),
      key: 'key',
      fixed: 'left',
      width: 160,
      render: (_, row) => (
        <Input
          className="ys-code"
          value={row.key}
          maxLength={40}
          disabled={readonly}
          status={
            /^[a-z][a-z0-9_]{0,39}$/.test(row.key) && fields.filter((f) => f.key === row.key).length === 1
              ? undefined
              : 'error'
          }
          onChange={(event) => patch(row.index, { key: event.target.value })}
          aria-label={t('catalogAdmin.merged.key')}
        />
      ),
    },
    {
      title: t('catalogAdmin.merged.label'),
      key: 'label',
      width: 170,
      render: (_, row) => (
        <Input
          value={row.label}
          maxLength={60}
          disabled={readonly}
          status={row.label.trim() ? undefined : 'error'}
          onChange={(event) => patch(row.index, { label: event.target.value })}
          aria-label={t('catalogAdmin.merged.label')}
        />
      ),
    },
    {
      title: t('catalogAdmin.merged.type'),
      key: 'type',
      width: 120,
      render: (_, row) => (
        <Select
          value={row.type}
          disabled={readonly}
          options={typeOptions}
          onChange={(type) => patch(row.index, { type })}
          style={{ width: '100%' }}
          popupMatchSelectWidth={false}
        />
      ),
    },
    {
      title: t('catalogAdmin.merged.required'),
      key: 'required',
      width: 64,
      align: 'center',
      render: (_, row) => (
        <Checkbox
          checked={row.required}
          disabled={readonly}
          onChange={(event) => patch(row.index, { required: event.target.checked })}
          aria-label={t('catalogAdmin.merged.required')}
        />
      ),
    },
    ...members.map((member) => ({
      title: (
        <span className="ys-break" title={member.code}>
          {member.name}
        </span>
      ),
      key: `member-${member.code}`,
      width: 180,
      render: (_: unknown, row: Row) => {
        const problem = problems.get(cellKey(row.index, member.code));
        return (
          <div className={problem ? 'is-problem' : undefined}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              value={mappedField(row, member.code)}
              disabled={readonly || member.fields === null}
              placeholder={t('catalogAdmin.merged.notMapped')}
              options={(member.fields ?? []).map((f) => memberOption(row, f))}
              onChange={(value: string | undefined) =>
                onChange(setMapping(fields, row.index, member.code, value ?? null))
              }
              status={problem === 'error' ? 'error' : problem === 'warning' ? 'warning' : undefined}
              popupMatchSelectWidth={false}
              aria-label={`${row.label || row.key} → ${member.name}`}
            />
          </div>
        );
      },
    })),
    {
      title: '',
      key: 'actions',
      width: 48,
      fixed: 'right',
      render: (_, row) =>
        !readonly && (
          <Button
            type="text"
            danger
            size="small"
            icon={<DeleteOutlined />}
            onClick={() => onChange(fields.filter((_, i) => i !== row.index))}
            aria-label={t('catalogAdmin.members.remove')}
          />
        ),
    },
  ];

  return (
    <div data-testid="merged-fields">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('catalogAdmin.merged.matrixHint')}
      </Typography.Paragraph>
      {!readonly && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Button
            icon={<PlusOutlined />}
            onClick={() => onChange([...fields, blankField(keys)])}
            data-testid="merged-add"
          >
            {t('catalogAdmin.merged.add')}
          </Button>
          <Button
            icon={<ThunderboltOutlined />}
            onClick={() => runAutoMap(true)}
            disabled={members.length === 0}
            data-testid="merged-fill"
          >
            {t('catalogAdmin.merged.fill')}
          </Button>
          <Button
            onClick={() => runAutoMap(false)}
            disabled={fields.length === 0 || members.length === 0}
            data-testid="merged-automap"
          >
            {t('catalogAdmin.merged.autoMap')}
          </Button>
        </Space>
      )}
      <Table<Row>
        className="ys-matrix"
        size="small"
        rowKey="index"
        bordered
        columns={columns}
        dataSource={fields.map((field, index) => ({ ...field, index }))}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalogAdmin.merged.empty')} />
          ),
        }}
        expandable={{
          expandedRowRender: (row) => (
            <div className="ys-form-grid-3" style={{ padding: '4px 0' }}>
              <label>
                <div className="ys-muted">{t('catalogAdmin.merged.options')}</div>
                <Select
                  mode="tags"
                  open={false}
                  suffixIcon={null}
                  value={row.options}
                  disabled={readonly || row.type !== 'enum'}
                  onChange={(options: string[]) => patch(row.index, { options })}
                  tokenSeparators={[',', '，', '、']}
                  style={{ width: '100%' }}
                />
              </label>
              <label>
                <div className="ys-muted">{t('catalogAdmin.merged.prefill')}</div>
                <Select
                  allowClear
                  value={row.prefill ?? undefined}
                  disabled={readonly}
                  placeholder={t('catalogAdmin.form.noPrefill')}
                  options={prefillOptions()}
                  onChange={(prefill) => patch(row.index, { prefill: prefill ?? null })}
                  style={{ width: '100%' }}
                  popupMatchSelectWidth={false}
                />
              </label>
              <label>
                <div className="ys-muted">{t('catalogAdmin.merged.description')}</div>
                <Input
                  value={row.description}
                  maxLength={200}
                  disabled={readonly}
                  onChange={(event) => patch(row.index, { description: event.target.value })}
                />
              </label>
            </div>
          ),
        }}
        footer={
          fields.length > 0
            ? () => (
                <span className="ys-tags">
                  {fields
                    .filter((f) => reuseCount(f) > 1)
                    .map((f) => (
                      <Tag key={f.key} color="blue" bordered={false} style={{ marginInlineEnd: 0 }}>
                        {f.label || f.key}：{t('catalogAdmin.merged.reuse', { count: reuseCount(f) })}
                      </Tag>
                    ))}
                </span>
              )
            : undefined
        }
        data-testid="mapping-matrix"
      />
    </div>
  );
}
