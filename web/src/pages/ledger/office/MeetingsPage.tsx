// /office/ledger/meetings — 调度会: the meetings, newest first, each opening its page with the pack; the office
// records a new one (date, title, chair, place, the units present).
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Empty, Form, Input, Modal, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isSessionEnded } from '../../../api/client.ts';
import { createMeeting, listMeetings, type MeetingView } from '../../../api/ledger.ts';
import { listDepartments } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { applyProblem } from '../../../components/problemForm.ts';
import { holdsAny, LEDGER_WRITERS } from '../access.ts';
import { meetingPath } from '../labels.ts';
import '../ledger.css';
import './office.css';

export function MeetingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { roles } = useSession();
  const list = useRemote(useCallback((signal: AbortSignal) => listMeetings(signal), []));
  const [creating, setCreating] = useState(false);
  const meetings = [...(list.data ?? [])].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  return (
    <div data-testid="ledger-meetings-page">
      <PageHeader
        title={t('ledger.menu.meetings')}
        description={t('ledger.meetings.description')}
        extra={
          <>
            {holdsAny(roles, LEDGER_WRITERS) && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="ledger-meeting-new">
                {t('ledger.meetings.new')}
              </Button>
            )}
            <Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />
          </>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        {list.error && !list.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={list.error} onRetry={list.reload} />
          </div>
        ) : (
          <Table<MeetingView>
            rowKey="id"
            size="middle"
            loading={list.loading}
            dataSource={meetings}
            pagination={meetings.length > 20 ? { pageSize: 20 } : false}
            locale={{ emptyText: list.data ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledger.meetings.empty')} /> : <div style={{ height: 120 }} /> }}
            columns={[
              { title: t('ledger.meetings.heldOn'), dataIndex: 'heldOn', width: 120, render: (v: string) => <span className="ys-code">{v}</span> },
              { title: t('ledger.meetings.titleField'), key: 'title', render: (_, m) => <Link to={meetingPath(m.id)} className="ys-break" data-testid="meeting-link">{m.title}</Link> },
              { title: t('ledger.meetings.chair'), dataIndex: 'chair', width: 220, responsive: ['md'] },
              { title: t('ledger.meetings.decisions'), key: 'decisions', width: 100, responsive: ['sm'], render: (_, m) => m.decisions.length },
              { title: t('ledger.fields.state'), key: 'held', width: 110, render: (_, m) => <Tag color={m.held ? 'success' : 'processing'} style={{ marginInlineEnd: 0 }}>{t(m.held ? 'ledger.meetings.held' : 'ledger.meetings.planned')}</Tag> },
            ]}
          />
        )}
      </Card>
      {creating && (
        <MeetingDialog
          onClose={() => setCreating(false)}
          onDone={(meeting) => {
            setCreating(false);
            void navigate(meetingPath(meeting.id));
          }}
        />
      )}
    </div>
  );
}

interface Values {
  heldOn: Dayjs;
  title: string;
  chair?: string;
  location?: string;
  presentDepartmentIds?: string[];
}

function MeetingDialog({ onClose, onDone }: { onClose: () => void; onDone: (meeting: MeetingView) => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));

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
      const meeting = await createMeeting({ heldOn: values.heldOn.format('YYYY-MM-DD'), title: values.title, chair: values.chair ?? '', location: values.location ?? '', presentDepartmentIds: values.presentDepartmentIds ?? [] });
      onDone(meeting);
    } catch (error) {
      if (isSessionEnded(error)) return;
      setFailure(applyProblem(form, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t('ledger.meetings.new')}
      onCancel={onClose}
      destroyOnHidden
      width={600}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="meeting-submit">
            {t('common.save')}
          </Button>
        </>
      }
    >
      <Form form={form} layout="vertical" requiredMark="optional" initialValues={{ heldOn: dayjs(), title: t('ledger.meetings.defaultTitle', { month: dayjs().format('M') }) }}>
        <div className="ys-ledger-form-pair">
          <Form.Item name="heldOn" label={t('ledger.meetings.heldOn')} rules={[{ required: true, message: t('ledger.form.required') }]}>
            <DatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
          <Form.Item name="chair" label={t('ledger.meetings.chair')}>
            <Input maxLength={50} />
          </Form.Item>
        </div>
        <Form.Item name="title" label={t('ledger.meetings.titleField')} rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}>
          <Input maxLength={200} data-testid="meeting-title" />
        </Form.Item>
        <Form.Item name="location" label={t('ledger.meetings.location')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="presentDepartmentIds" label={t('ledger.meetings.present')}>
          <Select mode="multiple" allowClear showSearch optionFilterProp="label" loading={departments.loading} options={(departments.data?.departments ?? []).map((d) => ({ value: d.id, label: i18n.language === 'en' ? d.nameEn : d.name }))} />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon message={failure} className="ys-break" />}
    </Modal>
  );
}
