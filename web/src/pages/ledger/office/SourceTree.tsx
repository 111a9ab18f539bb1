// One source's issues → measures with their task counts (closed / all), each opening its tasks; the office adds an
// issue or a measure in place.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Form, Input, Modal, Select, Skeleton } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isSessionEnded } from '../../../api/client.ts';
import { createIssue, createMeasure, getSourceTree, type IssueView } from '../../../api/ledger.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { applyProblem } from '../../../components/problemForm.ts';

const counts = (n: { tasks: number; closed: number }) => `${n.closed}/${n.tasks}`;
const tasksOf = (query: Record<string, string>) => `/office/ledger/tasks?${new URLSearchParams(query).toString()}`;

export function SourceTree({ sourceId, writer }: { sourceId: string; writer: boolean }) {
  const { t } = useTranslation();
  const tree = useRemote(useCallback((signal: AbortSignal) => getSourceTree(sourceId, signal), [sourceId]));
  const [adding, setAdding] = useState<'issue' | 'measure' | null>(null);
  if (tree.error && !tree.loading) return <LoadError error={tree.error} onRetry={tree.reload} />;
  if (!tree.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  const { issues, unassigned } = tree.data;
  return (
    <div className="ys-ledger-tree" data-testid="ledger-source-tree">
      {issues.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledger.structure.noIssues')} />
      ) : (
        <ol>
          {issues.map((issue) => (
            <li key={issue.id}>
              <div className="ys-ledger-tree-row">
                <span className="ys-break">
                  <span className="ys-code">{issue.code}</span> {issue.title}
                  {issue.indicator && <span className="ys-muted"> · {issue.indicator}</span>}
                </span>
                <Link to={tasksOf({ issueId: issue.id })} className="ys-ledger-tree-count" title={t('ledger.structure.countHint')}>
                  {counts(issue)}
                </Link>
              </div>
              {issue.measures.length > 0 && (
                <ul>
                  {issue.measures.map((m) => (
                    <li key={m.id} className="ys-ledger-tree-row">
                      <span className="ys-break">
                        <span className="ys-code">{m.code}</span> {m.title}
                      </span>
                      <Link to={tasksOf({ measureId: m.id })} className="ys-ledger-tree-count" title={t('ledger.structure.countHint')}>
                        {counts(m)}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {unassigned.tasks > 0 && (
        <div className="ys-ledger-tree-row ys-muted">
          <span>{t('ledger.structure.unassigned')}</span>
          <Link to={tasksOf({ sourceId })} className="ys-ledger-tree-count">
            {counts(unassigned)}
          </Link>
        </div>
      )}
      {writer && (
        <div className="ys-tags" style={{ marginTop: 8 }}>
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding('issue')}>
            {t('ledger.structure.addIssue')}
          </Button>
          {issues.length > 0 && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding('measure')}>
              {t('ledger.structure.addMeasure')}
            </Button>
          )}
        </div>
      )}
      {adding && (
        <NodeDialog
          kind={adding}
          sourceId={sourceId}
          issues={issues}
          onClose={() => setAdding(null)}
          onDone={() => {
            setAdding(null);
            tree.reload();
          }}
        />
      )}
    </div>
  );
}

function NodeDialog({ kind, sourceId, issues, onClose, onDone }: { kind: 'issue' | 'measure'; sourceId: string; issues: readonly IssueView[]; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ issueId?: string; code: string; title: string; indicator?: string }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit() {
    let values: { issueId?: string; code: string; title: string; indicator?: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      if (kind === 'issue') await createIssue({ sourceId, code: values.code, title: values.title, indicator: values.indicator ?? '' });
      else await createMeasure({ issueId: values.issueId!, code: values.code, title: values.title });
      onDone();
    } catch (error) {
      if (isSessionEnded(error)) return;
      setFailure(applyProblem(form, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open title={t(kind === 'issue' ? 'ledger.structure.addIssue' : 'ledger.structure.addMeasure')} onCancel={onClose} onOk={() => void submit()} okButtonProps={{ loading: busy }} okText={t('common.save')} destroyOnHidden>
      <Form form={form} layout="vertical" requiredMark="optional">
        {kind === 'measure' && (
          <Form.Item name="issueId" label={t('ledger.fields.issue')} rules={[{ required: true, message: t('ledger.form.required') }]}>
            <Select showSearch optionFilterProp="label" options={issues.map((i) => ({ value: i.id, label: `${i.code} ${i.title}` }))} popupMatchSelectWidth={false} />
          </Form.Item>
        )}
        <Form.Item name="code" label={t('ledger.structure.code')} rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="title" label={t('ledger.fields.title')} rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}>
          <Input.TextArea rows={2} maxLength={kind === 'issue' ? 300 : 500} />
        </Form.Item>
        {kind === 'issue' && (
          <Form.Item name="indicator" label={t('ledger.structure.indicator')}>
            <Input maxLength={60} />
          </Form.Item>
        )}
      </Form>
      {failure && <Alert type="error" showIcon message={failure} className="ys-break" />}
    </Modal>
  );
}
