// One action of the 差评 loop: exactly what that action needs (a 核实人, a comment, the 回访 outcome or a
// plain confirmation), then the request with the loop's version. A stale version (someone acted
// first) says so and reloads the rating.
import { Alert, App, Button, Form, Input, Modal, Radio, Select, Switch } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { actOnLoop, getLoopAssignees, type LoopView, type RatingView } from '../../../api/evaluations.ts';
import { isApiError, isSessionEnded } from '../../../api/client.ts';
import { staleNotice } from '../../../api/staleNotice.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { applyProblem } from '../../../components/problemForm.ts';
import { bilingual, levelLabel, subjectTitleOf } from './labels.ts';
import { fieldsOf, loopActionBodyOf, type LoopAction, type LoopActionValues } from './loopActions.ts';

interface Props {
  rating: RatingView;
  loop: LoopView;
  action: LoopAction;
  onClose: () => void;
  onDone: (rating: RatingView) => void;
  /** Someone else acted first: the rating must be read again. */
  onStale: () => void;
}

function AssigneePicker({
  loopId,
  value,
  onChange,
  id,
}: {
  loopId: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const assignees = useRemote(
    useCallback((signal: AbortSignal) => getLoopAssignees(loopId, signal), [loopId]),
  );
  return (
    <Select
      id={id}
      allowClear
      showSearch
      optionFilterProp="label"
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      loading={assignees.loading}
      placeholder={t('evalWork.action.assigneeSearch')}
      notFoundContent={
        assignees.loading
          ? null
          : assignees.error
            ? assignees.error.message
            : t('evalWork.action.noAssignees')
      }
      options={(assignees.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
      data-testid="loop-assignee"
    />
  );
}

export function LoopActionDialog({ rating, loop, action, onClose, onDone, onStale }: Props) {
  const { t } = useTranslation();
  const departmentLabel = useDepartmentLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<LoopActionValues>();
  const contacted = Form.useWatch('contacted', form);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const fields = fieldsOf(action);
  const label = bilingual(action.label);

  async function submit() {
    let values: LoopActionValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    const built = loopActionBodyOf(action, loop.version, values);
    if ('problem' in built) {
      setFailure(t(`evalWork.action.problems.${built.problem}`));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const next = await actOnLoop(loop.id, built.body);
      void message.success(t('evalWork.action.done', { action: label }));
      onDone(next);
    } catch (error) {
      if (isSessionEnded(error)) return;
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        void message.warning(staleNotice(error, t('evalWork.action.reloaded')));
        onStale();
        return;
      }
      setFailure(applyProblem(form, error));
    } finally {
      setBusy(false);
    }
  }

  const title = subjectTitleOf(rating, departmentLabel);
  const subject = rating.subjectNumber ? `${rating.subjectNumber} ${title}` : title;
  return (
    <Modal
      open
      title={label}
      onCancel={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={busy}
            onClick={() => void submit()}
            data-testid="loop-action-submit"
          >
            {t('evalWork.action.confirm', { action: label })}
          </Button>
        </>
      }
      destroyOnHidden
      width={520}
      data-testid="loop-action-dialog"
    >
      <p className="ys-muted ys-break">
        {t('evalWork.action.about', { subject, level: levelLabel(rating.level) })}
      </p>
      {fields.confirmOnly && <p data-testid="loop-urge-confirm">{t('evalWork.action.urgeConfirm')}</p>}
      <Form form={form} layout="vertical" requiredMark="optional" data-testid="loop-action-form">
        {fields.assignee && (
          <Form.Item
            name="assigneeId"
            label={t('evalWork.action.assignee')}
            extra={t('evalWork.action.assigneeHint')}
            rules={[{ required: true, message: t('evalWork.action.problems.assigneeRequired') }]}
          >
            <AssigneePicker loopId={loop.id} />
          </Form.Item>
        )}
        {fields.callBack && (
          <>
            {/* A switch always has an answer: not marked 可选. */}
            <Form.Item
              name="contacted"
              label={t('evalWork.action.contacted')}
              valuePropName="checked"
              initialValue={false}
              rules={[{ required: true, type: 'boolean' }]}
            >
              <Switch
                checkedChildren={t('evalWork.action.contactedYes')}
                unCheckedChildren={t('evalWork.action.contactedNo')}
                data-testid="loop-contacted"
              />
            </Form.Item>
            {contacted === true && (
              <Form.Item
                name="satisfied"
                label={t('evalWork.action.satisfied')}
                rules={[{ required: true, message: t('evalWork.action.problems.satisfiedRequired') }]}
              >
                <Radio.Group
                  options={[
                    { value: true, label: t('evalWork.action.satisfiedYes') },
                    { value: false, label: t('evalWork.action.satisfiedNo') },
                  ]}
                  data-testid="loop-satisfied"
                />
              </Form.Item>
            )}
          </>
        )}
        {!fields.confirmOnly && (
          <Form.Item
            name="comment"
            label={t(`evalWork.action.comment.${fields.commentKind}`)}
            rules={
              fields.comment === 'required'
                ? [
                    {
                      required: true,
                      whitespace: true,
                      message: t('evalWork.action.problems.commentRequired'),
                    },
                  ]
                : []
            }
          >
            <Input.TextArea rows={4} maxLength={2000} showCount data-testid="loop-comment" />
          </Form.Item>
        )}
      </Form>
      {failure && (
        <Alert
          type="error"
          showIcon
          message={<span className="ys-break">{failure}</span>}
          data-testid="loop-action-error"
        />
      )}
    </Modal>
  );
}
