// One dialog with a form for 企业服务's writes: it validates, sends, and shows what the server refused — field
// errors under their fields, anything else above the buttons. A stale version (someone acted first) shows the
// server's words and asks the page to read the record again.
import { Alert, App, Button, Form, Modal, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, isSessionEnded } from '../../api/client.ts';
import { applyProblem } from '../../components/problemForm.ts';

interface Props<V> {
  title: ReactNode;
  form: FormInstance<V>;
  okText: string;
  onClose: () => void;
  /** Sends the values; throws the API's error. */
  onSubmit: (values: V) => Promise<void>;
  onStale?: () => void;
  initialValues?: Partial<V>;
  intro?: ReactNode;
  width?: number;
  testId: string;
  children: ReactNode;
}

export function FormDialog<V extends object>({ title, form, okText, onClose, onSubmit, onStale, initialValues, intro, width = 560, testId, children }: Props<V>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit() {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(values);
    } catch (error) {
      if (isSessionEnded(error)) return;
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        void message.warning(`${error.userMessage} ${t('outreach.common.reloaded')}`);
        onStale?.();
        onClose();
        return;
      }
      setFailure(applyProblem(form, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      width={width}
      destroyOnHidden
      maskClosable={false}
      data-testid={testId}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid={`${testId}-submit`}>
            {okText}
          </Button>
        </>
      }
    >
      {intro}
      <Form form={form} layout="vertical" requiredMark="optional" initialValues={initialValues} data-testid={`${testId}-form`}>
        {children}
      </Form>
      {failure && <Alert type="error" showIcon message={<span className="ys-break">{failure}</span>} data-testid={`${testId}-error`} />}
    </Modal>
  );
}

/** A DatePicker's Form.Item props that keep the value as 'YYYY-MM-DD' (what the API takes). */
export const dateItem = {
  getValueProps: (value: string | undefined) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value: dayjs.Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : undefined),
};

export const todayIso = () => dayjs().format('YYYY-MM-DD');
/** A date `days` calendar days from today (a due date's default). */
export const daysFromToday = (days: number) => dayjs().add(days, 'day').format('YYYY-MM-DD');
