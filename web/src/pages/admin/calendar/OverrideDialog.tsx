// 新增 / 修改调整: one date of the chosen year made a day off (放假) or a working day (上班; on a weekend 调休上班),
// with a note. An edit sends the version it was read at: if someone changed or deleted the override meanwhile, the
// dialog says so, closes and the page reads the year again.
import { App, DatePicker, Form, Input, Radio } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { setCalendarOverride, type CalendarOverrideRow } from '../../../api/calendar.ts';
import { changedOrGone, dateItem, FormDialog } from '../../../components/FormDialog.tsx';
import { overrideKind } from './days.ts';
import { inDialog } from './popup.ts';

interface Values {
  date?: string;
  working?: boolean;
  note?: string;
}

interface Props {
  year: number;
  /** The override being edited; none: a new one. */
  override?: CalendarOverrideRow;
  /** Dates of the year that have an override already (a new one must pick another). */
  taken: ReadonlySet<string>;
  onClose: () => void;
  onDone: () => void;
}

export function OverrideDialog({ year, override, taken, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // A working day on a weekend is a make-up workday (调休上班): the choice says so once the date is one.
  const date = Form.useWatch('date', form) ?? override?.date;
  const workingLabel = t(`calendarAdmin.overrides.${date ? overrideKind(date, true) : 'working'}`);

  async function submit(values: Values) {
    const date = override?.date ?? values.date!;
    await setCalendarOverride(date, { working: values.working!, note: (values.note ?? '').trim(), ...(override ? { version: override.version } : {}) });
    void message.success(t('calendarAdmin.overrides.saved'));
    onDone();
    onClose();
  }

  return (
    <FormDialog<Values>
      title={override ? t('calendarAdmin.overrides.editTitle', { date: override.date }) : t('calendarAdmin.overrides.addTitle')}
      form={form}
      okText={t('common.save')}
      onClose={onClose}
      onSubmit={submit}
      onStale={onDone}
      staleMessage={t('calendarAdmin.overrides.stale')}
      isStale={override ? changedOrGone : undefined}
      initialValues={override ? { date: override.date, working: override.working, note: override.note } : { working: false, note: '' }}
      width={480}
      testId="calendar-override-dialog"
    >
      <Form.Item
        {...dateItem}
        name="date"
        label={t('calendarAdmin.overrides.date')}
        rules={[
          { required: true, message: t('calendarAdmin.add.dateRequired') },
          {
            validator: async (_, value: string | undefined) => {
              if (!value || override) return;
              if (dayjs(value).year() !== year) throw new Error(t('calendarAdmin.add.outsideYear', { year }));
              if (taken.has(value)) throw new Error(t('calendarAdmin.overrides.exists'));
            },
          },
        ]}
      >
        <DatePicker
          style={{ width: '100%' }}
          disabled={Boolean(override)}
          defaultPickerValue={dayjs(`${year}-01-01`)}
          getPopupContainer={inDialog}
          data-testid="calendar-override-date"
        />
      </Form.Item>
      <Form.Item name="working" label={t('calendarAdmin.overrides.kind')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: false, label: t('calendarAdmin.overrides.off') },
            { value: true, label: workingLabel },
          ]}
          data-testid="calendar-override-working"
        />
      </Form.Item>
      <Form.Item name="note" label={t('calendarAdmin.overrides.note')} rules={[{ required: true, whitespace: true, message: t('calendarAdmin.overrides.noteRequired') }]}>
        <Input maxLength={200} placeholder={t('calendarAdmin.overrides.notePlaceholder')} data-testid="calendar-override-note" />
      </Form.Item>
    </FormDialog>
  );
}
