// 添加年份: a year from the State Council's notice — its number, the notice, the holidays as date ranges (the
// weekdays in them are sent as days off; a weekend inside a range is off anyway) and the make-up workdays. The server
// checks the lists again: its complaint about a make-up day lands under that row, one about the expanded days off
// (which have no row of their own) above the buttons.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, InputNumber, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isWeekend } from '../../../../../common/calendar/index.ts';
import { addCalendarYear } from '../../../api/calendar.ts';
import { dateItem, FormDialog } from '../../../components/FormDialog.tsx';
import { weekdaysIn } from './days.ts';
import { inDialog } from './popup.ts';

type Range = [Dayjs, Dayjs];

interface Values {
  year?: number;
  note?: string;
  holidays?: (Range | null | undefined)[];
  /** As the API names them, so the server's `extraWorkdays.N` lands under row N. */
  extraWorkdays?: (string | undefined)[];
}

interface Props {
  /** The year offered first. */
  suggestedYear: number;
  onClose: () => void;
  onAdded: (year: number) => void;
}

const iso = (day: Dayjs) => day.format('YYYY-MM-DD');
const rangesOf = (rows: Values['holidays']) =>
  (rows ?? []).flatMap((row) => (row?.[0] && row[1] ? [[iso(row[0]), iso(row[1])] as const] : []));

export function AddYearDialog({ suggestedYear, onClose, onAdded }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const year = Form.useWatch('year', form) ?? suggestedYear;
  const holidays = Form.useWatch('holidays', form);
  const workdays = Form.useWatch('extraWorkdays', form);
  const offCount = weekdaysIn(rangesOf(holidays)).length;
  const workCount = (workdays ?? []).filter(Boolean).length;
  const inYear = (date: Dayjs | string | undefined) => !date || dayjs(date).year() === year;
  const opening = dayjs(`${year}-01-01`);

  async function submit(values: Values) {
    const body = {
      year: values.year!,
      note: (values.note ?? '').trim(),
      daysOff: weekdaysIn(rangesOf(values.holidays)),
      extraWorkdays: (values.extraWorkdays ?? []).filter((d): d is string => Boolean(d)),
    };
    await addCalendarYear(body);
    void message.success(t('calendarAdmin.add.saved', { year: body.year }));
    onAdded(body.year);
    onClose();
  }

  return (
    <FormDialog<Values>
      title={t('calendarAdmin.add.title')}
      form={form}
      okText={t('common.save')}
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ year: suggestedYear, note: '', holidays: [null], extraWorkdays: [] }}
      intro={<Typography.Paragraph type="secondary">{t('calendarAdmin.add.intro')}</Typography.Paragraph>}
      testId="calendar-year-dialog"
    >
      <Form.Item name="year" label={t('calendarAdmin.add.year')} rules={[{ required: true, message: t('calendarAdmin.add.yearRequired') }]}>
        <InputNumber min={2000} max={2100} precision={0} style={{ width: 140 }} data-testid="calendar-year-input" />
      </Form.Item>
      <Form.Item name="note" label={t('calendarAdmin.add.note')} rules={[{ required: true, whitespace: true, message: t('calendarAdmin.add.noteRequired') }]}>
        <Input maxLength={200} placeholder={t('calendarAdmin.add.notePlaceholder')} data-testid="calendar-year-note" />
      </Form.Item>

      <Form.Item label={t('calendarAdmin.add.daysOff')} extra={t('calendarAdmin.add.daysOffHint')} style={{ marginBottom: 16 }}>
        <Form.List name="holidays">
          {(rows, { add, remove }) => (
            <div data-testid="calendar-holidays">
              {rows.map((row) => (
                <div key={row.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                  <Form.Item
                    name={row.name}
                    style={{ flex: 1, minWidth: 0, marginBottom: 8 }}
                    dependencies={['year']}
                    rules={[
                      { required: true, message: t('calendarAdmin.add.rangeRequired') },
                      {
                        validator: async (_, value: Range | null | undefined) => {
                          if (value && !(inYear(value[0]) && inYear(value[1]))) throw new Error(t('calendarAdmin.add.outsideYear', { year }));
                        },
                      },
                    ]}
                  >
                    <DatePicker.RangePicker style={{ width: '100%' }} defaultPickerValue={[opening, opening]} data-testid="calendar-holiday-range" />
                  </Form.Item>
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(row.name)} aria-label={t('calendarAdmin.add.removeRow')} />
                </div>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(null)} data-testid="calendar-holiday-add">
                {t('calendarAdmin.add.addRange')}
              </Button>
            </div>
          )}
        </Form.List>
      </Form.Item>

      <Form.Item label={t('calendarAdmin.add.workdays')} extra={t('calendarAdmin.add.workdaysHint')} style={{ marginBottom: 16 }}>
        <Form.List name="extraWorkdays">
          {(rows, { add, remove }) => (
            <div data-testid="calendar-workdays">
              {rows.map((row) => (
                <div key={row.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                  <Form.Item
                    {...dateItem}
                    name={row.name}
                    style={{ flex: 1, minWidth: 0, marginBottom: 8 }}
                    dependencies={['year']}
                    rules={[
                      { required: true, message: t('calendarAdmin.add.dateRequired') },
                      {
                        validator: async (_, value: string | undefined) => {
                          if (!value) return;
                          if (!inYear(value)) throw new Error(t('calendarAdmin.add.outsideYear', { year }));
                          if (!isWeekend(value)) throw new Error(t('calendarAdmin.add.notWeekend'));
                        },
                      },
                    ]}
                  >
                    <DatePicker style={{ width: '100%' }} defaultPickerValue={opening} getPopupContainer={inDialog} data-testid="calendar-workday" />
                  </Form.Item>
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(row.name)} aria-label={t('calendarAdmin.add.removeRow')} />
                </div>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(undefined)} data-testid="calendar-workday-add">
                {t('calendarAdmin.add.addWorkday')}
              </Button>
            </div>
          )}
        </Form.List>
      </Form.Item>

      <Typography.Paragraph type="secondary" data-testid="calendar-year-summary">
        {offCount + workCount === 0 ? t('calendarAdmin.add.weekendsOnly') : t('calendarAdmin.add.summary', { off: offCount, work: workCount })}
      </Typography.Paragraph>
    </FormDialog>
  );
}
