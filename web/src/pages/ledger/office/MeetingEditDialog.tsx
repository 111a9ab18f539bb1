// 编辑会议记录 (the office): a dispatch meeting's title, chair, place, the units present and the minutes, with the
// version read. Once the meeting is held its pack is frozen as of its date, so the date is locked (the server
// refuses a new one, under the field); a stale version says so and reloads the meeting.
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateMeeting, type MeetingUpdateBody, type MeetingView } from '../../../api/ledger.ts';
import { listDepartments } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { problemKind, showSaveProblem, staleMessage } from './saveProblem.ts';

interface Values {
  heldOn: Dayjs;
  title: string;
  chair?: string;
  location?: string;
  presentDepartmentIds?: string[];
  minutes?: string;
}

export function MeetingEditDialog({ meeting, onClose, onDone, onStale }: { meeting: MeetingView; onClose: () => void; onDone: () => void; onStale: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
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
    const heldOn = values.heldOn.format('YYYY-MM-DD');
    const body: MeetingUpdateBody = {
      version: meeting.version,
      title: values.title,
      chair: values.chair ?? '',
      location: values.location ?? '',
      presentDepartmentIds: values.presentDepartmentIds ?? [],
      minutes: values.minutes ?? '',
      // The date only when it changes (a held meeting's cannot: the server says so under the field).
      ...(heldOn !== meeting.heldOn ? { heldOn } : {}),
    };
    try {
      await updateMeeting(meeting.id, body);
      void message.success(t('ledger.meeting.saved'));
      onDone();
    } catch (error) {
      const kind = problemKind(error);
      if (kind === 'session') return;
      if (kind === 'stale') {
        void message.warning(`${staleMessage(error)} ${t('ledger.step.reloaded')}`);
        onStale();
        return;
      }
      setFailure(showSaveProblem(form, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t('ledger.meeting.edit')}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="meeting-edit-submit">
            {t('common.save')}
          </Button>
        </>
      }
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ heldOn: dayjs(meeting.heldOn), title: meeting.title, chair: meeting.chair, location: meeting.location, presentDepartmentIds: meeting.presentDepartmentIds, minutes: meeting.minutes }}
      >
        <div className="ys-ledger-form-pair">
          <Form.Item name="heldOn" label={t('ledger.meetings.heldOn')} rules={[{ required: true, message: t('ledger.form.required') }]} extra={meeting.held ? t('ledger.meeting.dateLocked') : undefined}>
            <DatePicker style={{ width: '100%' }} allowClear={false} disabled={meeting.held} data-testid="meeting-edit-date" />
          </Form.Item>
          <Form.Item name="chair" label={t('ledger.meetings.chair')}>
            <Input maxLength={50} />
          </Form.Item>
        </div>
        <Form.Item name="title" label={t('ledger.meetings.titleField')} rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}>
          <Input maxLength={200} data-testid="meeting-edit-title" />
        </Form.Item>
        <Form.Item name="location" label={t('ledger.meetings.location')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="presentDepartmentIds" label={t('ledger.meetings.present')}>
          <Select
            mode="multiple"
            allowClear
            showSearch
            optionFilterProp="label"
            loading={departments.loading}
            options={(departments.data?.departments ?? []).map((d) => ({ value: d.id, label: i18n.language === 'en' ? d.nameEn : d.name }))}
          />
        </Form.Item>
        <Form.Item name="minutes" label={t('ledger.meetings.minutes')}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} maxLength={10000} showCount data-testid="meeting-edit-minutes" />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon message={failure} className="ys-break" />}
    </Modal>
  );
}
