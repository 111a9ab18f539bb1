// One action on a 事后核查: 核查属实, 核查不实 (the findings required, the consequences spelt out), 转办 to an
// approver or inspector of the check's department (with a note), or 催办 — in the house's FormDialog: a stale version
// (someone acted first) shows the server's reason and reloads the list; any other refusal stays in the dialog.
import { Alert, App, Form, Input, Select } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS } from '../../../../../common/api/roles.ts';
import { actOnPostCheck, type PostCheckAction, type PostCheckItem } from '../../../api/applications.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { listUsers } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { bilingual } from './labels.ts';
import { handoverCandidates } from './postChecks.ts';
import { withNote, listOf, listMark } from '../../../i18n/punctuation.ts';

interface Values {
  comment?: string;
  toUserId?: string;
}

export function PostCheckDialog({ check, action, onClose, onDone }: { check: PostCheckItem; action: PostCheckAction; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = useDepartmentLabel();
  const [form] = Form.useForm<Values>();
  const fail = action === 'fail';
  const handover = action === 'handover';
  const title = t(`work.postChecks.${action}`);

  async function submit(values: Values) {
    await actOnPostCheck(check.id, { action, version: check.caseVersion, comment: values.comment?.trim() || undefined, ...(handover && values.toUserId ? { toUserId: values.toUserId } : {}) });
    void message.success(t(`work.postChecks.done.${action}`));
    onDone();
  }

  return (
    <FormDialog<Values>
      title={title}
      form={form}
      okText={title}
      okDanger={fail}
      onClose={onClose}
      onSubmit={submit}
      onStale={onDone}
      staleNote={t('work.action.reloaded')}
      testId="post-check-dialog"
      testIds={{ submit: 'post-check-submit', error: 'post-check-error' }}
      intro={
        <>
          <p className="ys-break">
            {check.number} · {check.title} · {check.applicantName}
          </p>
          {fail && <Alert type="error" showIcon message={t('work.postChecks.failWarning')} style={{ marginBottom: 12 }} data-testid="post-check-warning" />}
          {handover && check.holders.length > 0 && (
            <p className="ys-muted ys-break" data-testid="post-check-held-by">
              {t('work.postChecks.heldBy', { names: check.holders.map((name) => label(name)).join(listMark()) })}
            </p>
          )}
        </>
      }
    >
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
    </FormDialog>
  );
}

/** 转办 to: an approver or inspector of the check's department (not oneself), chosen by name. */
function HolderPicker({ departmentId, value, onChange, id }: { departmentId: string; value?: string; onChange?: (value: string) => void; id?: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const users = useRemote(useCallback((signal: AbortSignal) => listUsers({ departmentId, pageSize: 200 }, signal), [departmentId]));
  const options = handoverCandidates(users.data?.items ?? [], departmentId, user?.id).map((c) => ({
    value: c.id,
    label: withNote(c.name, listOf(c.roles.map((r) => bilingual(ROLE_LABELS[r])))),
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
