// One dialog with a form for a write: it validates, sends, and shows what the server refused — field errors under
// their fields, anything else above the buttons. A stale version (someone acted first) shows the server's words,
// asks the page to read the record again and closes. Used by 企业服务's and the ledger's dialogs.
import { Alert, App, Button, Form, Modal, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, isSessionEnded } from '../api/client.ts';
import { applyProblem } from './problemForm.ts';

interface Props<V> {
  title: ReactNode;
  form: FormInstance<V>;
  okText: string;
  /** The confirming button in red (a step that cannot be undone, a refusal). */
  okDanger?: boolean;
  onClose: () => void;
  /** Sends the values; throws the API's error. */
  onSubmit: (values: V) => Promise<void>;
  onStale?: () => void;
  /** Said after the server's words when the record changed meanwhile (default: the record was read again). */
  staleNote?: string;
  initialValues?: Partial<V>;
  intro?: ReactNode;
  width?: number;
  /** The dialog's test id; its form, submit button and error are `<testId>-form`, `-submit`, `-error` unless named. */
  testId: string;
  testIds?: { form?: string; submit?: string; error?: string };
  children: ReactNode;
}

export function FormDialog<V extends object>({ title, form, okText, okDanger, onClose, onSubmit, onStale, staleNote, initialValues, intro, width = 560, testId, testIds, children }: Props<V>) {
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
        void message.warning(`${error.userMessage} ${staleNote ?? t('common.reloaded')}`);
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
          <Button type="primary" danger={okDanger} loading={busy} onClick={() => void submit()} data-testid={testIds?.submit ?? `${testId}-submit`}>
            {okText}
          </Button>
        </>
      }
    >
      {intro}
      <Form form={form} layout="vertical" requiredMark="optional" initialValues={initialValues} data-testid={testIds?.form ?? `${testId}-form`}>
        {children}
      </Form>
      {failure && <Alert type="error" showIcon message={<span className="ys-break">{failure}</span>} data-testid={testIds?.error ?? `${testId}-error`} />}
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
