// One dialog with a form for a write: it validates, sends, and shows what the server refused — field errors under
// their fields, anything else above the buttons. A stale version (someone acted first) shows the server's words,
// asks the page to read the record again and closes. Used by 企业服务's, the ledger's and 诉求 admin's dialogs; a long
// form can sit in a side drawer instead (variant 'drawer') with the same buttons at its foot.
import { Alert, App, Button, Drawer, Flex, Form, Modal, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, isSessionEnded, type ApiError } from '../api/client.ts';
import { staleNotice } from '../api/staleNotice.ts';
import { applyProblem } from './problemForm.ts';

interface Props<V> {
  title: ReactNode;
  form: FormInstance<V>;
  okText: string;
  /** The confirming button in red (a step that cannot be undone, a refusal). */
  okDanger?: boolean;
  /** The confirming button greyed out (nothing to confirm yet). */
  okDisabled?: boolean;
  onClose: () => void;
  /** Sends the values; throws the API's error. */
  onSubmit: (values: V) => Promise<void>;
  onStale?: () => void;
  /** Said after the server's words when the record changed meanwhile (default: the record was read again). */
  staleNote?: string;
  /** Said instead of the server's words and the note when the record changed or went meanwhile. */
  staleMessage?: string;
  /** Which refusals mean the record changed or went meanwhile (default: 409 VERSION_CONFLICT). */
  isStale?: (error: ApiError) => boolean;
  /** Puts a refusal on the form; returns what to show above the buttons, or null (default: applyProblem). */
  showProblem?: (form: FormInstance<V>, error: unknown) => string | null;
  initialValues?: Partial<V>;
  intro?: ReactNode;
  width?: number | string;
  /** 'drawer': the form in a side drawer, its buttons at the foot (default: a modal dialog). */
  variant?: 'modal' | 'drawer';
  /** The dialog's test id; its form, submit button and error are `<testId>-form`, `-submit`, `-error` unless named. */
  testId: string;
  testIds?: { form?: string; submit?: string; error?: string };
  children: ReactNode;
}

const versionConflict = (error: ApiError) => error.code === 'VERSION_CONFLICT';
/** For `isStale` when editing: someone changed the record (409 VERSION_CONFLICT) or deleted it (any 404) meanwhile. */
export const changedOrGone = (error: ApiError) => versionConflict(error) || error.status === 404;

export function FormDialog<V extends object>(props: Props<V>) {
  const { title, form, okText, okDanger, okDisabled, onClose, onSubmit, onStale, staleNote, staleMessage, isStale = versionConflict, showProblem = applyProblem } = props;
  const { initialValues, intro, width = 560, variant = 'modal', testId, testIds, children } = props;
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
      if (isApiError(error) && isStale(error)) {
        void message.warning(staleMessage ?? staleNotice(error, staleNote ?? t('common.reloaded')));
        onStale?.();
        onClose();
        return;
      }
      setFailure(showProblem(form, error));
    } finally {
      setBusy(false);
    }
  }

  const buttons = (
    <>
      <Button onClick={onClose}>{t('common.cancel')}</Button>
      <Button type="primary" danger={okDanger} loading={busy} disabled={okDisabled} onClick={() => void submit()} data-testid={testIds?.submit ?? `${testId}-submit`}>
        {okText}
      </Button>
    </>
  );
  const body = (
    <>
      {intro}
      <Form form={form} layout="vertical" requiredMark="optional" initialValues={initialValues} data-testid={testIds?.form ?? `${testId}-form`}>
        {children}
      </Form>
      {failure && <Alert type="error" showIcon message={<span className="ys-break">{failure}</span>} data-testid={testIds?.error ?? `${testId}-error`} />}
    </>
  );

  if (variant === 'drawer') {
    return (
      <Drawer
        open
        title={title}
        onClose={onClose}
        width={width}
        destroyOnHidden
        maskClosable={false}
        data-testid={testId}
        footer={
          <Flex gap="small" justify="flex-end">
            {buttons}
          </Flex>
        }
      >
        {body}
      </Drawer>
    );
  }
  return (
    <Modal open title={title} onCancel={onClose} width={width} destroyOnHidden maskClosable={false} data-testid={testId} footer={buttons}>
      {body}
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
