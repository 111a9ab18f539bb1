import { Descriptions, Drawer, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../../api/org.ts';
import { formatDateTime } from '../../../components/format.ts';
import { changedFields, prettyChange, type ChangedField } from './filters.ts';
import { actionLabels, entityLabels } from './labels.ts';

/** One audit row in full, with its change pretty-printed. Read only. */
export function AuditDetail({ row, onClose }: { row: AuditRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const changes = row ? changedFields(row.change) : [];
  return (
    <Drawer open={Boolean(row)} onClose={onClose} title={t('audit.detailTitle')} width="min(640px, 100vw)" destroyOnHidden>
      {row && (
        <div data-testid="audit-detail">
          <Descriptions column={1} size="small" bordered styles={{ label: { width: '7em', whiteSpace: 'nowrap' } }}>
            <Descriptions.Item label={t('audit.fields.at')}>{formatDateTime(row.at, true)}</Descriptions.Item>
            <Descriptions.Item label={t('audit.fields.seq')}>{row.seq}</Descriptions.Item>
            <Descriptions.Item label={t('audit.fields.actor')}>
              <span className="ys-break">
                {row.actorName ?? '—'} <Typography.Text type="secondary">({row.actorType}{row.actorId ? ` · ${row.actorId}` : ''})</Typography.Text>
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.fields.action')}>
              {actionLabels[row.action] && <span style={{ marginInlineEnd: 8 }}>{t(actionLabels[row.action]!)}</span>}
              <Typography.Text code>{row.action}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.fields.entity')}>
              <span className="ys-break">
                {entityLabels[row.entity] ? `${t(entityLabels[row.entity]!)}（${row.entity}）` : row.entity}
                {row.entityId ? ` · ${row.entityId}` : ''}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.fields.ip')}>{row.ip ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('audit.fields.requestId')}>
              <span className="ys-break">{row.requestId ?? '—'}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.fields.hash')}>
              <Typography.Text className="ys-break" style={{ fontFamily: 'monospace', fontSize: 12 }} copyable>
                {row.hash}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 20 }}>
            {t('audit.fields.change')}
          </Typography.Title>
          {changes.length > 0 && (
            <Table<ChangedField>
              size="small"
              rowKey="field"
              pagination={false}
              dataSource={changes}
              style={{ marginBottom: 12 }}
              data-testid="audit-changed-fields"
              columns={[
                { title: t('audit.changedField'), dataIndex: 'field', key: 'field', width: '28%' },
                { title: t('audit.before'), dataIndex: 'before', key: 'before', render: (value: string) => <span className="ys-break">{value}</span> },
                { title: t('audit.after'), dataIndex: 'after', key: 'after', render: (value: string) => <span className="ys-break">{value}</span> },
              ]}
            />
          )}
          {row.change === null || row.change === undefined ? (
            <Typography.Text type="secondary" data-testid="audit-change">
              {t('audit.noChange')}
            </Typography.Text>
          ) : (
            <pre className="ys-json" data-testid="audit-change">
              {prettyChange(row.change)}
            </pre>
          )}
        </div>
      )}
    </Drawer>
  );
}
