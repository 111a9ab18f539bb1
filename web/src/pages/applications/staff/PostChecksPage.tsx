import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Form, Input, Modal, Segmented, Table, Tag, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { actOnPostCheck, listPostChecks, type PostCheckAction, type PostCheckItem } from '../../../api/applications.ts';
import { isApiError, isSessionEnded } from '../../../api/client.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useNarrow } from '../../registry/useNarrow.ts';
import { BLOCK_READERS, CASE_READERS, holdsAny } from './access.ts';
import type { DeadlineState } from './deadline.ts';
import { casePath } from './labels.ts';
import { DeadlineTag } from './WorkTags.tsx';
import './work.css';

const RESULTS = ['pending', 'passed', 'failed'] as const;
type Result = (typeof RESULTS)[number];
const resultColors: Record<Result, string> = { pending: 'blue', passed: 'green', failed: 'red' };
/** Who decides a check (its holders: the deciding department's approvers and inspectors); the office urges. */
const DECIDERS = ['approver', 'inspector'] as const;

const asDeadline = (value: string): DeadlineState => (['normal', 'warning', 'overdue'].includes(value) ? (value as DeadlineState) : 'none');

/** 事后核查: commitment-based approvals to check; a false commitment revokes the licence and bars the applicant. */
export function PostChecksPage() {
  const { t } = useTranslation();
  const { roles } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const result: Result = (RESULTS as readonly string[]).includes(params.get('result') ?? '') ? (params.get('result') as Result) : 'pending';
  const checks = useRemote(useCallback((signal: AbortSignal) => listPostChecks({ result }, signal), [result]));
  const [acting, setActing] = useState<{ check: PostCheckItem; action: PostCheckAction } | null>(null);
  const decider = holdsAny(roles, DECIDERS);
  const urger = roles.has('office');
  const caseReader = holdsAny(roles, CASE_READERS);
  const narrow = useNarrow();

  const actionsOf = (c: PostCheckItem) =>
    c.result !== 'pending' ? null : (
      <span className="ys-tags">
        {decider && (
          <>
            <Button size="small" onClick={() => setActing({ check: c, action: 'pass' })} data-testid="post-check-pass">
              {t('work.postChecks.pass')}
            </Button>
            <Button size="small" danger onClick={() => setActing({ check: c, action: 'fail' })} data-testid="post-check-fail">
              {t('work.postChecks.fail')}
            </Button>
          </>
        )}
        {urger && (
          <Button size="small" onClick={() => setActing({ check: c, action: 'urge' })}>
            {t('work.postChecks.urge')}
          </Button>
        )}
      </span>
    );
  const numberOf = (c: PostCheckItem) =>
    caseReader ? (
      <Link to={casePath(c.applicationId)} className="ys-code">
        {c.number ?? '—'}
      </Link>
    ) : (
      <span className="ys-code">{c.number ?? '—'}</span>
    );
  const resultOf = (c: PostCheckItem) => (
    <div>
      <Tag color={resultColors[c.result]}>{t(`work.postChecks.results.${c.result}`)}</Tag>
      {c.findings && <div className="ys-break ys-muted">{c.findings}</div>}
    </div>
  );
  const dueOf = (c: PostCheckItem) =>
    c.result === 'pending' ? (
      <span className="ys-work-deadline">
        {c.dueOn} <DeadlineTag deadline={asDeadline(c.deadline)} dueAt={null} showDue={false} />
      </span>
    ) : (
      c.dueOn
    );

  const columns: TableColumnsType<PostCheckItem> = [
    {
      title: t('work.fields.number'),
      key: 'number',
      render: (_, c) => (
        <div style={{ minWidth: 0 }}>
          {numberOf(c)}
          <div className="ys-break">{c.title}</div>
        </div>
      ),
    },
    { title: t('work.fields.applicant'), dataIndex: 'applicantName', key: 'applicant', render: (name: string) => <span className="ys-break">{name}</span> },
    { title: t('work.fields.department'), dataIndex: 'departmentName', key: 'department', responsive: ['xl'] },
    { title: t('work.postChecks.dueOn'), key: 'dueOn', width: 200, render: (_, c) => dueOf(c) },
    { title: t('work.postChecks.result'), key: 'result', width: 180, render: (_, c) => resultOf(c) },
    { title: t('common.actions'), key: 'actions', width: 220, render: (_, c) => actionsOf(c) },
  ];

  return (
    <div data-testid="post-checks-page">
      <PageHeader
        title={t('work.menu.postChecks')}
        description={t('work.postChecks.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={checks.reload} aria-label={t('common.refresh')} />
            {holdsAny(roles, BLOCK_READERS) && (
              <Button onClick={() => void navigate('/work/commitment-blocks')}>{t('work.menu.blocks')}</Button>
            )}
          </>
        }
      />
      <Segmented
        value={result}
        onChange={(value) => setParams(value === 'pending' ? {} : { result: String(value) })}
        options={RESULTS.map((r) => ({ value: r, label: t(`work.postChecks.results.${r}`) }))}
        style={{ marginBottom: 12 }}
      />
      <Card styles={{ body: { padding: 0 } }}>
        {checks.error && !checks.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={checks.error} onRetry={checks.reload} />
          </div>
        ) : (
          <>
            {narrow ? (
              <div className="ys-work-cards" style={{ paddingTop: 12 }} data-testid="post-checks-cards">
                {(checks.data?.items ?? []).map((c) => (
                  <Card key={c.id} size="small" data-testid="post-check-card">
                    <div className="ys-work-card-head">
                      <span className="ys-work-card-title">{c.title}</span>
                      {resultOf(c)}
                    </div>
                    <dl className="ys-work-facts">
                      <dt>{t('work.fields.number')}</dt>
                      <dd>{numberOf(c)}</dd>
                      <dt>{t('work.fields.applicant')}</dt>
                      <dd>{c.applicantName}</dd>
                      <dt>{t('work.postChecks.dueOn')}</dt>
                      <dd>{dueOf(c)}</dd>
                    </dl>
                    {actionsOf(c)}
                  </Card>
                ))}
                {checks.loading && !checks.data && <Card loading size="small" />}
                {checks.data?.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`work.postChecks.empty.${result}`)} />}
              </div>
            ) : (
              <Table<PostCheckItem>
                rowKey="id"
                size="middle"
                columns={columns}
                dataSource={checks.data?.items ?? []}
                loading={checks.loading}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`work.postChecks.empty.${result}`)} /> }}
                pagination={{ pageSize: 20, hideOnSinglePage: true, style: { padding: '0 16px' } }}
                data-testid="post-checks-table"
              />
            )}
          </>
        )}
      </Card>
      {acting && (
        <PostCheckDialog
          check={acting.check}
          action={acting.action}
          onClose={() => setActing(null)}
          onDone={() => {
            setActing(null);
            checks.reload();
          }}
        />
      )}
    </div>
  );
}

function PostCheckDialog({ check, action, onClose, onDone }: { check: PostCheckItem; action: PostCheckAction; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment?: string }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const fail = action === 'fail';

  async function submit() {
    let comment: string | undefined;
    try {
      ({ comment } = await form.validateFields());
    } catch {
      return; // the form shows what is missing
    }
    setBusy(true);
    setFailure(null);
    try {
      await actOnPostCheck(check.id, { action, version: check.caseVersion, comment: comment?.trim() || undefined });
      void message.success(t(`work.postChecks.done.${action === 'handover' ? 'urge' : action}`));
      onDone();
    } catch (error) {
      if (isSessionEnded(error)) return;
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        void message.warning(`${error.userMessage} ${t('work.action.reloaded')}`);
        onDone();
        return;
      }
      setFailure(isApiError(error) ? error.userMessage : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t(`work.postChecks.${action === 'handover' ? 'urge' : action}`)}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" danger={fail} loading={busy} onClick={() => void submit()} data-testid="post-check-submit">
            {t(`work.postChecks.${action === 'handover' ? 'urge' : action}`)}
          </Button>
        </>
      }
      data-testid="post-check-dialog"
    >
      <p className="ys-break">
        {check.number} · {check.title} · {check.applicantName}
      </p>
      {fail && <Alert type="error" showIcon message={t('work.postChecks.failWarning')} style={{ marginBottom: 12 }} data-testid="post-check-warning" />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="comment"
          label={fail ? t('work.postChecks.findings') : t('work.postChecks.comment')}
          rules={fail ? [{ required: true, whitespace: true, message: t('work.postChecks.findingsRequired') }] : []}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="post-check-comment" />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon message={failure} className="ys-break" />}
    </Modal>
  );
}
