import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Form, Input, Modal, Segmented, Table, Tag, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { liftCommitmentBlock, listCommitmentBlocks, type CommitmentBlock } from '../../../api/applications.ts';
import { isApiError, isSessionEnded } from '../../../api/client.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useNarrow } from '../../registry/useNarrow.ts';
import { BLOCK_LIFTERS, holdsAny } from './access.ts';
import { casePath } from './labels.ts';
import './work.css';

/** The barred applicant's name, then 'uscc:9115…' as the code (opening the enterprise file) or "a person's account". */
function Applicant({ applicantKey, name }: { applicantKey: string; name: string | null }) {
  const { t } = useTranslation();
  const [kind, value = ''] = applicantKey.split(/:(.*)/s);
  return (
    <div>
      {name && <div className="ys-break">{name}</div>}
      {kind === 'uscc' ? (
        <Link to={`/registry/entities/${encodeURIComponent(value)}`} className="ys-code">
          {value}
        </Link>
      ) : (
        <span className="ys-muted">{t('work.blocks.person')}</span>
      )}
    </div>
  );
}

/** 承诺限制: applicants barred from commitment-based approval after a false commitment; the office lifts a bar (信用修复). */
export function CommitmentBlocksPage() {
  const { t } = useTranslation();
  const { roles } = useSession();
  const [params, setParams] = useSearchParams();
  const activeOnly = params.get('all') !== '1';
  const blocks = useRemote(useCallback((signal: AbortSignal) => listCommitmentBlocks(activeOnly, signal), [activeOnly]));
  const [lifting, setLifting] = useState<CommitmentBlock | null>(null);
  const lifter = holdsAny(roles, BLOCK_LIFTERS);
  const narrow = useNarrow();

  const stateOf = (b: CommitmentBlock) =>
    b.liftedAt ? (
      <div>
        <Tag>{t('work.blocks.lifted')}</Tag>
        <div className="ys-muted ys-break">
          {formatDateTime(b.liftedAt)} {b.liftReason}
        </div>
      </div>
    ) : (
      <span className="ys-tags">
        <Tag color="red">{t('work.blocks.active')}</Tag>
        {lifter && (
          <Button size="small" onClick={() => setLifting(b)} data-testid="block-lift">
            {t('work.blocks.lift')}
          </Button>
        )}
      </span>
    );

  const columns: TableColumnsType<CommitmentBlock> = [
    {
      title: t('work.blocks.applicant'),
      key: 'applicant',
      width: 200,
      render: (_, b) => <Applicant applicantKey={b.applicantKey} name={b.applicantName} />,
    },
    { title: t('work.blocks.reason'), dataIndex: 'reason', key: 'reason', render: (reason: string) => <span className="ys-break">{reason}</span> },
    {
      title: t('work.blocks.application'),
      key: 'application',
      width: 110,
      render: (_, b) => (b.applicationId ? <Link to={casePath(b.applicationId)} className="ys-code">{b.applicationNumber ?? t('work.blocks.open')}</Link> : '—'),
    },
    { title: t('work.blocks.createdAt'), dataIndex: 'createdAt', key: 'createdAt', width: 150, render: (at: string) => formatDateTime(at) },
    {
      title: t('work.fields.state'),
      key: 'state',
      width: 220,
      render: (_, b) => stateOf(b),
    },
  ];

  return (
    <div data-testid="blocks-page">
      <PageHeader title={t('work.menu.blocks')} description={t('work.blocks.description')} extra={<Button icon={<ReloadOutlined />} onClick={blocks.reload} aria-label={t('common.refresh')} />} />
      <Segmented
        value={activeOnly ? 'active' : 'all'}
        onChange={(value) => setParams(value === 'all' ? { all: '1' } : {})}
        options={[
          { value: 'active', label: t('work.blocks.activeOnly') },
          { value: 'all', label: t('work.blocks.all') },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Card styles={{ body: { padding: 0 } }}>
        {blocks.error && !blocks.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={blocks.error} onRetry={blocks.reload} />
          </div>
        ) : (
          <>
            {narrow ? (
              <div className="ys-work-cards" style={{ paddingTop: 12 }} data-testid="blocks-cards">
                {(blocks.data?.items ?? []).map((b) => (
                  <Card key={b.id} size="small" data-testid="block-card">
                    <dl className="ys-work-facts">
                      <dt>{t('work.blocks.applicant')}</dt>
                      <dd>
                        <Applicant applicantKey={b.applicantKey} name={b.applicantName} />
                      </dd>
                      <dt>{t('work.blocks.reason')}</dt>
                      <dd>{b.reason}</dd>
                      <dt>{t('work.blocks.createdAt')}</dt>
                      <dd>
                        {formatDateTime(b.createdAt)} {b.applicationId && <Link to={casePath(b.applicationId)}>{t('work.blocks.open')}</Link>}
                      </dd>
                    </dl>
                    {stateOf(b)}
                  </Card>
                ))}
                {blocks.loading && !blocks.data && <Card loading size="small" />}
                {blocks.data?.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={activeOnly ? t('work.blocks.emptyActive') : t('work.blocks.empty')} />}
              </div>
            ) : (
              <Table<CommitmentBlock>
                rowKey="id"
                size="middle"
                columns={columns}
                dataSource={blocks.data?.items ?? []}
                loading={blocks.loading}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={activeOnly ? t('work.blocks.emptyActive') : t('work.blocks.empty')} /> }}
                pagination={{ pageSize: 20, hideOnSinglePage: true, style: { padding: '0 16px' } }}
                data-testid="blocks-table"
              />
            )}
          </>
        )}
      </Card>
      {lifting && (
        <LiftDialog
          block={lifting}
          onClose={() => setLifting(null)}
          onDone={() => {
            setLifting(null);
            blocks.reload();
          }}
        />
      )}
    </div>
  );
}

function LiftDialog({ block, onClose, onDone }: { block: CommitmentBlock; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit() {
    let reason: string;
    try {
      ({ reason } = await form.validateFields());
    } catch {
      return; // the form shows what is missing
    }
    setBusy(true);
    try {
      await liftCommitmentBlock(block.id, reason.trim());
      void message.success(t('work.blocks.liftDone'));
      onDone();
    } catch (error) {
      if (isSessionEnded(error)) return;
      setFailure(isApiError(error) ? error.userMessage : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open title={t('work.blocks.liftTitle')} onCancel={onClose} onOk={() => void submit()} okText={t('work.blocks.lift')} cancelText={t('common.cancel')} confirmLoading={busy} destroyOnHidden>
      <p className="ys-break">{block.reason}</p>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('work.blocks.liftReason')} rules={[{ required: true, whitespace: true, min: 2, message: t('work.blocks.liftReasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={300} showCount />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon message={failure} />}
    </Modal>
  );
}
