// One action on a 事后核查: 核查属实, 核查不实 (the findings required, the consequences spelt out), 转办 to an
// approver or inspector of the check's department (with a note), or 催办. A stale version (someone acted
// first) shows the server's words and reloads the list; any other refusal stays in the dialog.
import { Alert, App, Button, Form, Input, Modal, Select } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS } from '../../../../../common/api/roles.ts';
import { actOnPostCheck, type PostCheckAction, type PostCheckItem } from '../../../api/applications.ts';
import { isApiError, isSessionEnded } from '../../../api/client.ts';
import { listUsers } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { bilingual } from './labels.ts';
import { handoverCandidates } from './postChecks.ts';

interface Values {
  comment?: string;
  toUserId?: string;
}

export function PostCheckDialog({ check, action, onClose, onDone }: { check: PostCheckItem; action: PostCheckAction; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const fail = action === 'fail';
  const handover = action === 'handover';
  const title = t(`work.postChecks.${action}`);

  async function submit() {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    setBusy(true);
    setFailure(null);
    try {
      await actOnPostCheck(check.id, { action, version: check.caseVersion, comment: values.comment?.trim() || undefined, ...(handover && values.toUserId ? { toUserId: values.toUserId } : {}) });
      void message.success(t(`work.postChecks.done.${action}`));
      onDone();
    } catch (error) {
      if (isSessionEnded(error)) return;
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        void message.warning(`${error.userMessage} ${t('work.action.reloaded')}`);
        onDone();
        return;
      }
      setFailure(isApiError(error) ? error.userMessage : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" danger={fail} loading={busy} onClick={() => void submit()} data-testid="post-check-submit">
            {title}
          </Button>
        </>
      }
      data-testid="post-check-dialog"
    >
      <p className="ys-break">
        {check.number} · {check.title} · {check.applicantName}
      </p>
      {fail && <Alert type="error" showIcon message={t('work.postChecks.failWarning')} style={{ marginBottom: 12 }} data-testid="post-check-warning" />}
      {handover && check.holders.length > 0 && (
        <p className="ys-muted ys-break" data-testid="post-check-held-by">
          {t('work.postChecks.heldBy', { names: check.holders.join('、') })}
        </p>
      )}
      <Form form={form} layout="vertical">
        {handover && (
          <Form.Item name="toUserId" label={t('work.postChecks.handoverTo')} extra={t('work.postChecks.handoverHint')} rules={[{ required: true, message: t('work.postChecks.handoverToRequired') }]}>
            <HolderPicker departmentId={check.departmentId} />
          </Form.Item>
        )}
        <Form.Item
          name="comment"
          label={fail ? t('work.postChecks.findings') : handover ? t('work.postChecks.handoverComment') : t('work.postChecks.comment')}
          rules={fail ? [{ required: true, whitespace: true, message: t('work.postChecks.findingsRequired') }] : []}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="post-check-comment" />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon message={failure} className="ys-break" />}
    </Modal>
  );
}

/** 转办 to: an approver or inspector of the check's department (not oneself), chosen by name. */
function HolderPicker({ departmentId, value, onChange, id }: { departmentId: string; value?: string; onChange?: (value: string) => void; id?: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const users = useRemote(useCallback((signal: AbortSignal) => listUsers({ departmentId, pageSize: 200 }, signal), [departmentId]));
  const options = handoverCandidates(users.data?.items ?? [], departmentId, user?.id).map((c) => ({
    value: c.id,
    label: `${c.name}（${c.roles.map((r) => bilingual(ROLE_LABELS[r])).join('、')}）`,
  }));
  return (
    <Select
      id={id}
      showSearch
      optionFilterProp="label"
      value={value}
      onChange={(next: string) => onChange?.(next)}
      loading={users.loading}
      options={options}
      placeholder={t('work.postChecks.handoverPlaceholder')}
      notFoundContent={users.loading ? null : users.error ? t('work.postChecks.colleaguesFailed') : t('work.postChecks.noColleagues')}
      data-testid="post-check-holder"
    />
  );
}
