import { Collapse, Descriptions, Drawer, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../../api/org.ts';
import { formatDateTime } from '../../../components/format.ts';
import { ActionText, ActorText, EntityText } from './AuditCells.tsx';
import { changedFields, changeMembers, prettyChange, type ChangedField, type ChangeMember } from './filters.ts';

const breakable = (value: string) => <span className="ys-break">{value}</span>;

/**
 * One audit row in full. The change reads as a table (the fields that changed, or the members recorded); the whole
 * record as stored stays one click away under 原始记录, folded unless there is no table to read.
 */
export function AuditDetail({ row, onClose }: { row: AuditRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const changes = row ? changedFields(row.change) : [];
  const members = row && changes.length === 0 ? changeMembers(row.change) : [];
  return (
    <Drawer open={Boolean(row)} onClose={onClose} title={t('audit.detailTitle')} width="min(640px, 100vw)" destroyOnHidden>
      {row && (
        <div data-testid="audit-detail">
          <Descriptions column={1} size="small" bordered styles={{ label: { width: '7em', whiteSpace: 'nowrap' } }}>
            <Descriptions.Item label={t('audit.fields.at')}>{formatDateTime(row.at, true)}</Descriptions.Item>
            <Descriptions.Item label={t('audit.fields.seq')}>{row.seq}</Descriptions.Item>
            <Descriptions.Item label={t('audit.fields.actor')}>
              <span data-testid="audit-detail-actor">
                <ActorText row={row} detail />
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.fields.action')}>
              <ActionText code={row.action} codeAs="chip" />
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.fields.entity')}>
              <span data-testid="audit-detail-entity">
                <EntityText row={row} detail />
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
                { title: t('audit.changedField'), dataIndex: 'field', key: 'field', width: '28%', render: breakable },
                { title: t('audit.before'), dataIndex: 'before', key: 'before', render: breakable },
                { title: t('audit.after'), dataIndex: 'after', key: 'after', render: breakable },
              ]}
            />
          )}
          {members.length > 0 && (
            <Table<ChangeMember>
              size="small"
              rowKey="field"
              pagination={false}
              dataSource={members}
              style={{ marginBottom: 12 }}
              data-testid="audit-change-members"
              columns={[
                { title: t('audit.changedField'), dataIndex: 'field', key: 'field', width: '28%', render: breakable },
                { title: t('audit.value'), dataIndex: 'value', key: 'value', render: breakable },
              ]}
            />
          )}
          {row.change === null || row.change === undefined ? (
            <Typography.Text type="secondary" data-testid="audit-change">
              {t('audit.noChange')}
            </Typography.Text>
          ) : (
            <Collapse
              size="small"
              defaultActiveKey={changes.length > 0 || members.length > 0 ? [] : ['raw']}
              data-testid="audit-raw-record"
              items={[
                {
                  key: 'raw',
                  label: t('audit.rawRecord'),
                  children: (
                    <pre className="ys-json" data-testid="audit-change">
                      {prettyChange(row.change)}
                    </pre>
                  ),
                },
              ]}
            />
          )}
        </div>
      )}
    </Drawer>
  );
}
