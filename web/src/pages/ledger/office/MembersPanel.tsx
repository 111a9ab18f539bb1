// 领导小组: the member units today (role, named leader and title, contact, duties, since when), the changes this
// half-year (joined / left), and for the office adding a unit or recording that one left.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Empty, Form, Input, Modal, Segmented, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_ROLES, type MemberRole } from '../../../../../common/ledger/vocabulary.ts';
import { isApiError, isSessionEnded } from '../../../api/client.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { createMember, listMembers, updateMember, type MemberView } from '../../../api/ledger.ts';
import { listDepartments } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { applyProblem } from '../../../components/problemForm.ts';
import { memberRoleLabel } from '../labels.ts';
import { changesIn, halfYearOf, previousHalfYear } from './halfYear.ts';

const ROLE_COLORS: Record<MemberRole, string> = { head: 'red', deputy: 'gold', member: 'blue' };

export function MembersPanel({ writer }: { writer: boolean }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const label = useDepartmentLabel();
  const today = dayjs().format('YYYY-MM-DD');
  const [earlier, setEarlier] = useState(false);
  const half = useMemo(() => (earlier ? previousHalfYear(halfYearOf(today)) : halfYearOf(today)), [today, earlier]);
  const current = useRemote(useCallback((signal: AbortSignal) => listMembers({ on: today }, signal), [today]));
  const changed = useRemote(useCallback((signal: AbortSignal) => listMembers({ changesFrom: half.from, changesTo: half.to }, signal), [half]));
  const [adding, setAdding] = useState(false);
  // The server names who joined and who left; the members' own dates say when.
  const changes = useMemo(() => {
    const c = changed.data?.changes;
    const listed = c ? [...c.joined, ...c.left] : (changed.data?.items ?? []);
    return changesIn([...new Map(listed.map((m) => [m.id, m])).values()], half);
  }, [changed.data, half]);
  const reload = () => {
    current.reload();
    changed.reload();
  };
  const members = (current.data?.items ?? []).filter((m) => !m.leftOn || m.leftOn > today);

  const leave = (member: MemberView) =>
    modal.confirm({
      title: t('ledger.members.leaveConfirm', { unit: label(member.departmentName, member.departmentId) }),
      okText: t('ledger.members.leave'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await updateMember(member.id, { version: member.version, leftOn: today });
          reload();
        } catch (error) {
          if (!isSessionEnded(error)) void message.error(isApiError(error) ? error.userMessage : String(error));
          if (isApiError(error) && error.code === 'VERSION_CONFLICT') reload();
        }
      },
    });

  return (
    <>
      <Card
        size="small"
        title={t('ledger.members.title', { count: members.length })}
        styles={{ body: { padding: 0 } }}
        extra={writer && <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="ledger-member-add">{t('ledger.members.add')}</Button>}
      >
        {current.error && !current.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={current.error} onRetry={current.reload} />
          </div>
        ) : (
          <Table<MemberView>
            rowKey="id"
            size="small"
            loading={current.loading}
            dataSource={members}
            pagination={false}
            scroll={{ x: 760 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledger.members.empty')} /> }}
            data-testid="ledger-members"
            columns={[
              { title: t('ledger.members.unit'), key: 'unit', width: 220, fixed: 'left', render: (_, m) => <span className="ys-break"><Tag color={ROLE_COLORS[m.role]} style={{ marginInlineEnd: 4 }}>{memberRoleLabel(m.role)}</Tag>{label(m.departmentName, m.departmentId)}</span> },
              { title: t('ledger.members.leader'), key: 'leader', width: 150, render: (_, m) => <span className="ys-break">{m.leaderName}{m.leaderTitle && <div className="ys-muted ys-ledger-small">{m.leaderTitle}</div>}</span> },
              { title: t('ledger.members.contact'), key: 'contact', width: 140, render: (_, m) => <span className="ys-break">{m.contactName || '—'}{m.contactPhone && <div className="ys-muted ys-ledger-small">{m.contactPhone}</div>}</span> },
              { title: t('ledger.members.duties'), dataIndex: 'duties', render: (v: string) => <span className="ys-break">{v || '—'}</span> },
              { title: t('ledger.members.joinedOn'), dataIndex: 'joinedOn', width: 110 },
              ...(writer ? [{ title: '', key: 'act', width: 80, render: (_: unknown, m: MemberView) => <Button size="small" type="link" danger onClick={() => leave(m)}>{t('ledger.members.leave')}</Button> }] : []),
            ]}
          />
        )}
      </Card>
      <Card
        size="small"
        title={t(earlier ? 'ledger.members.changesEarlier' : 'ledger.members.changes', { from: half.from, to: half.to })}
        style={{ marginTop: 16 }}
        extra={<Segmented size="small" value={earlier ? 'earlier' : 'this'} onChange={(v) => setEarlier(v === 'earlier')} options={[{ value: 'this', label: t('ledger.members.thisHalf') }, { value: 'earlier', label: t('ledger.members.lastHalf') }]} />}
        data-testid="ledger-member-changes"
      >
        {changed.error && !changed.loading ? (
          <LoadError error={changed.error} onRetry={changed.reload} />
        ) : changes.length === 0 ? (
          <div className="ys-muted">{changed.data ? t(earlier ? 'ledger.members.noChangesEarlier' : 'ledger.members.noChanges') : '…'}</div>
        ) : (
          <ul className="ys-ledger-changes">
            {changes.map((c) => (
              <li key={`${c.member.id}-${c.kind}`}>
                <span className="ys-code">{c.on}</span> <Tag color={c.kind === 'joined' ? 'success' : 'default'}>{t(`ledger.members.${c.kind}`)}</Tag> <span className="ys-break">{label(c.member.departmentName, c.member.departmentId)}（{c.member.leaderName}）</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {adding && (
        <MemberDialog
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            reload();
          }}
        />
      )}
    </>
  );
}

interface Values {
  departmentId: string;
  role: MemberRole;
  leaderName: string;
  leaderTitle?: string;
  contactName?: string;
  contactPhone?: string;
  duties?: string;
  joinedOn: Dayjs;
}

function MemberDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));

  async function submit() {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await createMember({ ...values, joinedOn: values.joinedOn.format('YYYY-MM-DD') });
      onDone();
    } catch (error) {
      if (isSessionEnded(error)) return;
      setFailure(applyProblem(form, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open title={t('ledger.members.add')} onCancel={onClose} destroyOnHidden width={600} onOk={() => void submit()} okButtonProps={{ loading: busy }} okText={t('common.save')}>
      <Form form={form} layout="vertical" requiredMark="optional" initialValues={{ role: 'member', joinedOn: dayjs() }}>
        <Form.Item name="departmentId" label={t('ledger.members.unit')} rules={[{ required: true, message: t('ledger.form.required') }]}>
          <DepartmentSelect departments={departments.data?.departments ?? []} loading={departments.loading} />
        </Form.Item>
        <div className="ys-ledger-form-pair">
          <Form.Item name="role" label={t('ledger.members.role')}>
            <Select options={MEMBER_ROLES.map((r) => ({ value: r, label: memberRoleLabel(r) }))} />
          </Form.Item>
          <Form.Item name="joinedOn" label={t('ledger.members.joinedOn')} rules={[{ required: true, message: t('ledger.form.required') }]}>
            <DatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
          <Form.Item name="leaderName" label={t('ledger.members.leader')} rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="leaderTitle" label={t('ledger.members.leaderTitle')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="contactName" label={t('ledger.members.contact')}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="contactPhone" label={t('ledger.members.phone')}>
            <Input maxLength={30} />
          </Form.Item>
        </div>
        <Form.Item name="duties" label={t('ledger.members.duties')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon message={failure} className="ys-break" />}
    </Modal>
  );
}
