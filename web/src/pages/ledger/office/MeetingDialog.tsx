// 新建调度会 / 编辑会议记录 (the office): a dispatch meeting's date, title, chair, place and the units present — and,
// once it exists, its minutes — with the version read. Once the meeting is held its pack is frozen as of its date,
// so the date is locked (the server refuses a new one, under the field); a stale version says so and reloads.
import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { createMeeting, updateMeeting, type MeetingView } from '../../../api/ledger.ts';
import { listDepartments } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { FormDialog } from '../../../components/FormDialog.tsx';

interface Values {
  heldOn: Dayjs;
  title: string;
  chair?: string;
  location?: string;
  presentDepartmentIds?: string[];
  minutes?: string;
}

interface Props {
  /** The meeting to edit; absent = a new one. */
  meeting?: MeetingView;
  onClose: () => void;
  /** Saved: the meeting as it is now. */
  onDone: (meeting: MeetingView) => void;
  onStale?: () => void;
}

export function MeetingDialog({ meeting, onClose, onDone, onStale }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  // The test ids the journeys know each dialog by.
  const id = meeting ? 'meeting-edit' : 'meeting';

  async function submit(values: Values) {
    const heldOn = values.heldOn.format('YYYY-MM-DD');
    const fields = { title: values.title, chair: values.chair ?? '', location: values.location ?? '', presentDepartmentIds: values.presentDepartmentIds ?? [] };
    if (!meeting) {
      onDone(await createMeeting({ heldOn, ...fields }));
      return;
    }
    // The date only when it changes (a held meeting's cannot: the server says so under the field).
    const saved = await updateMeeting(meeting.id, { version: meeting.version, ...fields, minutes: values.minutes ?? '', ...(heldOn !== meeting.heldOn ? { heldOn } : {}) });
    void message.success(t('ledger.meeting.saved'));
    onDone(saved);
  }

  return (
    <FormDialog<Values>
      title={t(meeting ? 'ledger.meeting.edit' : 'ledger.meetings.new')}
      form={form}
      okText={t('common.save')}
      onClose={onClose}
      onSubmit={submit}
      onStale={onStale}
      staleNote={t('ledger.step.reloaded')}
      initialValues={
        meeting
          ? { heldOn: dayjs(meeting.heldOn), title: meeting.title, chair: meeting.chair, location: meeting.location, presentDepartmentIds: meeting.presentDepartmentIds, minutes: meeting.minutes }
          : { heldOn: dayjs(), title: t('ledger.meetings.defaultTitle', { month: dayjs().format('M') }) }
      }
      width={meeting ? 640 : 600}
      testId={`${id}-dialog`}
      testIds={{ submit: `${id}-submit` }}
    >
      <div className="ys-ledger-form-pair">
        <Form.Item name="heldOn" label={t('ledger.meetings.heldOn')} rules={[{ required: true, message: t('ledger.form.required') }]} extra={meeting?.held ? t('ledger.meeting.dateLocked') : undefined}>
          <DatePicker style={{ width: '100%' }} allowClear={false} disabled={meeting?.held} data-testid={`${id}-date`} />
        </Form.Item>
        <Form.Item name="chair" label={t('ledger.meetings.chair')}>
          <Input maxLength={50} />
        </Form.Item>
      </div>
      <Form.Item name="title" label={t('ledger.meetings.titleField')} rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}>
        <Input maxLength={200} data-testid={`${id}-title`} />
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
      {meeting && (
        <Form.Item name="minutes" label={t('ledger.meetings.minutes')}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} maxLength={10000} showCount data-testid="meeting-edit-minutes" />
        </Form.Item>
      )}
    </FormDialog>
  );
}
