import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HOLDER_KIND_LABELS } from '../../../../../common/api/registry.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { listDepartments } from '../../../api/org.ts';
import { listLicenceTypes, type LicenceType } from '../../../api/registry.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { bilingual } from '../labels.ts';
import '../registry.css';
import { useNarrow } from '../useNarrow.ts';
import { LicenceTypeForm } from './LicenceTypeForm.tsx';
import { listMark } from '../../../i18n/punctuation.ts';

type Editing = { type: LicenceType | null } | null;

/** 证照类型 (admins): the kinds of licence the platform issues, each with its department and data fields. */
export function LicenceTypesPage() {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const label = useDepartmentLabel();
  const [editing, setEditing] = useState<Editing>(null);
  const types = useRemote(useCallback((signal: AbortSignal) => listLicenceTypes(signal), []));
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  const list = useMemo(() => types.data?.types ?? [], [types.data]);

  const validity = (type: LicenceType) =>
    type.validityYears
      ? t('registry.licenceTypes.validityYears', { years: type.validityYears })
      : t('registry.licence.noEnd');
  const usage = (type: LicenceType) =>
    type.inUse ? (
      <Tag color="blue">{t('registry.licenceTypes.inUse')}</Tag>
    ) : (
      <Tag>{t('registry.licenceTypes.unused')}</Tag>
    );
  const fieldList = (type: LicenceType) => type.fields.map((f) => f.label).join(listMark());
  const editButton = (type: LicenceType) => (
    <Button
      type="text"
      icon={<EditOutlined />}
      onClick={() => setEditing({ type })}
      aria-label={`${t('common.edit')} ${type.name}`}
      data-testid="licence-type-edit"
    />
  );

  const columns: TableColumnsType<LicenceType> = [
    {
      title: t('registry.licenceTypes.fields.name'),
      key: 'name',
      render: (_, type) => (
        <div style={{ minWidth: 0 }}>
          <div className="ys-break" data-testid="licence-type-row-name">
            {type.name}
          </div>
          <div className="ys-muted ys-code">{type.code}</div>
        </div>
      ),
    },
    {
      title: t('registry.licenceTypes.fields.holderKind'),
      key: 'holder',
      width: 110,
      render: (_, type) => bilingual(HOLDER_KIND_LABELS[type.holderKind]),
    },
    {
      title: t('registry.licenceTypes.fields.issuingDepartment'),
      key: 'department',
      responsive: ['lg'],
      render: (_, type) => <span className="ys-break">{type.issuingDepartmentName ? label(type.issuingDepartmentName, type.issuingDepartmentId) : '—'}</span>,
    },
    {
      title: t('registry.licenceTypes.fields.validityYears'),
      key: 'validity',
      width: 100,
      render: (_, type) => validity(type),
    },
    {
      title: t('registry.licenceTypes.fields.fields'),
      key: 'fields',
      responsive: ['md'],
      render: (_, type) => (
        <Tooltip title={fieldList(type)}>
          <span>{t('registry.licenceTypes.fieldCount', { count: type.fields.length })}</span>
        </Tooltip>
      ),
    },
    { title: t('registry.licenceTypes.usage'), key: 'usage', width: 96, render: (_, type) => usage(type) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 72,
      align: 'right',
      render: (_, type) => editButton(type),
    },
  ];

  return (
    <div data-testid="licence-types-page">
      <PageHeader
        title={t('registry.menu.licenceTypes')}
        description={t('registry.licenceTypes.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={types.reload} aria-label={t('common.refresh')} />
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ type: null })}
              data-testid="licence-type-create"
            >
              {t('registry.licenceTypes.create')}
            </Button>
          </>
        }
      />
      {types.error && !types.loading ? (
        <LoadError error={types.error} onRetry={types.reload} />
      ) : narrow ? (
        <div className="ys-card-list" data-testid="licence-type-cards">
          {list.map((type) => (
            <Card key={type.id} size="small" className="ys-entity-card">
              <div className="ys-entity-card-head">
                <span className="ys-entity-card-name" data-testid="licence-type-row-name">
                  {type.name}
                </span>
                {editButton(type)}
              </div>
              <dl className="ys-facts">
                <dt>{t('registry.licenceTypes.fields.code')}</dt>
                <dd className="ys-code">{type.code}</dd>
                <dt>{t('registry.licenceTypes.fields.holderKind')}</dt>
                <dd>{bilingual(HOLDER_KIND_LABELS[type.holderKind])}</dd>
                <dt>{t('registry.licenceTypes.fields.issuingDepartment')}</dt>
                <dd>{type.issuingDepartmentName ? label(type.issuingDepartmentName, type.issuingDepartmentId) : '—'}</dd>
                <dt>{t('registry.licenceTypes.fields.validityYears')}</dt>
                <dd>{validity(type)}</dd>
                <dt>{t('registry.licenceTypes.fields.fields')}</dt>
                <dd>{fieldList(type)}</dd>
                <dt>{t('registry.licenceTypes.usage')}</dt>
                <dd>{usage(type)}</dd>
              </dl>
            </Card>
          ))}
          {!types.loading && list.length === 0 && <Empty description={t('registry.licenceTypes.empty')} />}
        </div>
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<LicenceType>
            rowKey="id"
            columns={columns}
            dataSource={list}
            loading={types.loading}
            pagination={false}
            locale={{
              emptyText: (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('registry.licenceTypes.empty')} />
              ),
            }}
            data-testid="licence-types-table"
          />
        </Card>
      )}
      {editing && (
        <LicenceTypeForm
          type={editing.type}
          departments={departments.data?.departments ?? []}
          onClose={() => setEditing(null)}
          onSaved={types.reload}
          onStale={types.reload}
        />
      )}
    </div>
  );
}
