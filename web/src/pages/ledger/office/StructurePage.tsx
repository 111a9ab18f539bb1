// /office/ledger/structure — 台账结构 / 领导小组: the sources (the province's feedback, its action plan, the city's plan,
// leaders' instructions …) with their counts, each opening its issue → measure tree; the office adds a source. And
// the leading group with its changes this half-year.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Empty, Form, Input, Modal, Select, Table, Tabs } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SOURCE_KINDS, type SourceKind } from '../../../../../common/ledger/vocabulary.ts';
import { isSessionEnded } from '../../../api/client.ts';
import { createSource, listSources, type SourceView } from '../../../api/ledger.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { applyProblem } from '../../../components/problemForm.ts';
import { holdsAny, LEDGER_WRITERS } from '../access.ts';
import { sourceKindLabel, tasksPath } from '../labels.ts';
import { MembersPanel } from './MembersPanel.tsx';
import { SourceTree } from './SourceTree.tsx';
import '../ledger.css';
import './office.css';

export function StructurePage() {
  const { t } = useTranslation();
  const { roles } = useSession();
  const writer = holdsAny(roles, LEDGER_WRITERS);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'group' ? 'group' : 'sources';
  return (
    <div data-testid="ledger-structure-page">
      <PageHeader title={t('ledger.menu.structure')} description={t('ledger.structure.description')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'group' ? { tab: key } : {}, { replace: true })}
        items={[
          { key: 'sources', label: t('ledger.structure.sources'), children: <SourcesPanel writer={writer} /> },
          { key: 'group', label: t('ledger.structure.group'), children: <MembersPanel writer={writer} /> },
        ]}
      />
    </div>
  );
}

function SourcesPanel({ writer }: { writer: boolean }) {
  const { t } = useTranslation();
  const list = useRemote(useCallback((signal: AbortSignal) => listSources(signal), []));
  const [adding, setAdding] = useState(false);
  return (
    <Card size="small" styles={{ body: { padding: 0 } }} title={t('ledger.structure.sourcesTitle')} extra={writer && <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="ledger-source-add">{t('ledger.structure.addSource')}</Button>}>
      {list.error && !list.loading ? (
        <div style={{ padding: 16 }}>
          <LoadError error={list.error} onRetry={list.reload} />
        </div>
      ) : (
        <Table<SourceView>
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.data ?? []}
          pagination={false}
          expandable={{ expandedRowRender: (s) => <SourceTree sourceId={s.id} writer={writer} />, expandRowByClick: false }}
          locale={{ emptyText: list.data ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledger.structure.noSources')} /> : <div style={{ height: 80 }} /> }}
          data-testid="ledger-sources"
          columns={[
            {
              title: t('ledger.fields.source'),
              key: 'title',
              render: (_, s) => (
                <div className="ys-break">
                  <div className="ys-muted ys-ledger-small">
                    <span className="ys-code">{s.code}</span> · {sourceKindLabel(s.kind)}
                    {s.documentNo && ` · ${s.documentNo}`}
                  </div>
                  {s.title}
                </div>
              ),
            },
            { title: t('ledger.fields.period'), key: 'period', width: 240, responsive: ['md'], render: (_, s) => <span className="ys-code" style={{ whiteSpace: 'nowrap' }}>{s.periodStart} ~ {s.periodEnd}</span> },
            { title: t('ledger.structure.closedOfTasks'), key: 'tasks', width: 110, align: 'right', render: (_, s) => <Link to={tasksPath({ sourceId: s.id })}>{s.closed}/{s.tasks}</Link> },
          ]}
        />
      )}
      {adding && (
        <SourceDialog
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            list.reload();
          }}
        />
      )}
    </Card>
  );
}

interface Values {
  kind: SourceKind;
  code: string;
  title: string;
  documentNo?: string;
  issuedOn?: Dayjs | null;
  period: [Dayjs, Dayjs];
  note?: string;
}

function SourceDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit() {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await createSource({
        kind: values.kind,
        code: values.code,
        title: values.title,
        documentNo: values.documentNo ?? '',
        issuedOn: values.issuedOn ? values.issuedOn.format('YYYY-MM-DD') : null,
        periodStart: values.period[0].format('YYYY-MM-DD'),
        periodEnd: values.period[1].format('YYYY-MM-DD'),
        note: values.note ?? '',
      });
      onDone();
    } catch (error) {
      if (isSessionEnded(error)) return;
      setFailure(applyProblem(form, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open title={t('ledger.structure.addSource')} onCancel={onClose} onOk={() => void submit()} okButtonProps={{ loading: busy }} okText={t('common.save')} destroyOnHidden width={600}>
      <Form form={form} layout="vertical" requiredMark="optional" initialValues={{ kind: 'city_plan' }}>
        <div className="ys-ledger-form-pair">
          <Form.Item name="kind" label={t('ledger.fields.sourceKind')} rules={[{ required: true, message: t('ledger.form.required') }]}>
            <Select options={SOURCE_KINDS.map((k) => ({ value: k, label: sourceKindLabel(k) }))} />
          </Form.Item>
          <Form.Item name="code" label={t('ledger.structure.code')} rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}>
            <Input maxLength={40} />
          </Form.Item>
        </div>
        <Form.Item name="title" label={t('ledger.fields.title')} rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <div className="ys-ledger-form-pair">
          <Form.Item name="documentNo" label={t('ledger.structure.documentNo')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="issuedOn" label={t('ledger.structure.issuedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item name="period" label={t('ledger.fields.period')} rules={[{ required: true, message: t('ledger.form.required') }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('ledger.structure.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon message={failure} className="ys-break" />}
    </Modal>
  );
}
