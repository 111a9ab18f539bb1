// 记录推进会: the day, the title, the chair, the units present and the minutes, and the blockers the meeting
// solved — ticked from every open blocker of the blocked projects, each with its solution.
import { App, Checkbox, DatePicker, Empty, Form, Input, Select, Spin } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { getProject, listProjects, recordProjectMeeting, type ProjectDetail, type ProjectMeetingView } from '../../../api/outreach.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { dateItem, FormDialog, todayIso } from '../../../components/FormDialog.tsx';
import { stageLabel } from '../labels.ts';
import { useDepartments } from '../useDepartments.ts';

interface Values {
  heldOn: string;
  title: string;
  chair?: string;
  departmentIds?: string[];
  minutes?: string;
  picks?: Record<string, { on?: boolean; solution?: string }>;
}

/** The most blocked projects the dialog offers blockers of (the rest wait for the next meeting's list). */
const PROJECT_LIMIT = 50;

async function openBlockers(signal: AbortSignal): Promise<ProjectDetail[]> {
  const blocked = await listProjects({ state: 'blocked', page: 1, pageSize: PROJECT_LIMIT }, signal);
  const details = await Promise.all(blocked.items.filter((p) => p.blockers > p.solved).map((p) => getProject(p.id, signal)));
  return details.filter((p) => p.blockerList.some((b) => b.state === 'open'));
}

export function MeetingDialog({ onClose, onDone }: { onClose: () => void; onDone: (meeting: ProjectMeetingView) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const picks = Form.useWatch('picks', form) ?? {};
  const departments = useDepartments();
  const label = useDepartmentLabel();
  const projects = useRemote(useCallback((signal: AbortSignal) => openBlockers(signal), []));
  const versions = new Map((projects.data ?? []).flatMap((p) => p.blockerList.map((b) => [b.id, b.version] as const)));

  return (
    <FormDialog<Values>
      title={t('outreach.meetings.record')}
      okText={t('common.save')}
      form={form}
      width={760}
      testId="meeting-dialog"
      initialValues={{ heldOn: todayIso(), departmentIds: [] }}
      onClose={onClose}
      onStale={projects.reload}
      onSubmit={async (values) => {
        const solved = Object.entries(values.picks ?? {})
          .filter(([, pick]) => pick?.on)
          .map(([blockerId, pick]) => ({ blockerId, version: versions.get(blockerId) ?? 1, solution: (pick.solution ?? '').trim() }));
        const meeting = await recordProjectMeeting({
          heldOn: values.heldOn,
          title: values.title,
          chair: values.chair ?? '',
          departmentIds: values.departmentIds ?? [],
          minutes: values.minutes ?? '',
          solved,
        });
        void message.success(t('outreach.meetings.saved', { count: solved.length }));
        onDone(meeting);
      }}
    >
      <div className="ys-outreach-pair">
        <Form.Item name="heldOn" label={t('outreach.meetings.heldOn')} rules={[{ required: true }]} {...dateItem}>
          <DatePicker style={{ width: '100%' }} allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="chair" label={t('outreach.meetings.chair')}>
          <Input maxLength={50} />
        </Form.Item>
      </div>
      <Form.Item name="title" label={t('outreach.meetings.title')} rules={[{ required: true, whitespace: true, message: t('outreach.common.required') }]}>
        <Input maxLength={200} data-testid="meeting-title" />
      </Form.Item>
      <Form.Item name="departmentIds" label={t('outreach.meetings.units')}>
        <Select
          mode="multiple"
          allowClear
          showSearch
          optionFilterProp="label"
          maxCount={100}
          options={departments.list.map((d) => ({ value: d.id, label: i18n.language === 'en' ? d.nameEn : d.name }))}
        />
      </Form.Item>
      <Form.Item name="minutes" label={t('outreach.meetings.minutes')}>
        <Input.TextArea rows={3} maxLength={10000} />
      </Form.Item>
      <div className="ys-outreach-subtitle">{t('outreach.meetings.solvedBlockers')}</div>
      {projects.error && !projects.loading ? (
        <LoadError error={projects.error} onRetry={projects.reload} />
      ) : !projects.data ? (
        <Spin />
      ) : projects.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('outreach.meetings.noOpenBlockers')} />
      ) : (
        <div className="ys-outreach-picks" data-testid="meeting-blockers">
          {projects.data.map((p) => (
            <div key={p.id} className="ys-outreach-pick-project">
              <div className="ys-break">
                <strong>{p.name}</strong> <span className="ys-muted">{p.enterpriseName}</span>
              </div>
              {p.blockerList
                .filter((b) => b.state === 'open')
                .map((b) => (
                  <div key={b.id} className="ys-outreach-pick" data-testid="meeting-blocker">
                    <Form.Item name={['picks', b.id, 'on']} valuePropName="checked" style={{ marginBottom: 4 }}>
                      <Checkbox>
                        <span className="ys-break">
                          {b.title} <span className="ys-muted">· {stageLabel(b.stage)} · {label(b.departmentName, b.departmentId)}</span>
                        </span>
                      </Checkbox>
                    </Form.Item>
                    {picks[b.id]?.on && (
                      <Form.Item name={['picks', b.id, 'solution']} rules={[{ required: true, whitespace: true, message: t('outreach.meetings.solutionRequired') }]} style={{ marginBottom: 8 }}>
                        <Input.TextArea rows={2} maxLength={2000} placeholder={t('outreach.blockers.solution')} data-testid="meeting-solution" />
                      </Form.Item>
                    )}
                  </div>
                ))}
            </div>
          ))}
        </div>
      )}
    </FormDialog>
  );
}
