// 受理回执: what the applicant takes home from the window — the 办件编号, what was accepted and when,
// the promised deadline, and each material's status; for a 一件事, its member items too, each with the
// department that handles it and its own number. Prints on one A4 page without the app around it.
import { CheckCircleFilled, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ApplicationDetail } from '../../../api/applications.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { formatDateTime } from '../../../components/format.ts';
import { dueDate } from './deadline.ts';
import { BundleTag } from './IntakeService.tsx';
import { receiptDueAt } from './intakeSubject.ts';
import { casePath, channelLabel, materialStatusLabel, stateLabel } from './labels.ts';
import './receipt-print.css';

export function IntakeReceipt({ application: a, clerk, onAnother }: { application: ApplicationDetail; clerk: string; onAnother: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const label = useDepartmentLabel();
  const due = receiptDueAt(a);
  const bundle = a.kind === 'bundle';
  return (
    <div className="ys-print-root" data-testid="intake-receipt">
      <div className="ys-work-receipt-done ys-no-print">
        <CheckCircleFilled />
        <div>
          <div className="ys-work-receipt-done-title">{t('work.intake.accepted')}</div>
          <div className="ys-muted">{t('work.intake.acceptedHint')}</div>
        </div>
      </div>
      <article className="ys-work-receipt">
        <h1>{t('work.receipt.title')}</h1>
        <p className="ys-work-receipt-number">
          {t('work.fields.number')}：
          <strong className="ys-code" data-testid="intake-number">
            {a.number ?? '—'}
          </strong>
        </p>
        <table className="ys-work-receipt-table">
          <tbody>
            <tr>
              <th>{t('work.fields.title')}</th>
              <td>
                {a.title}
                {bundle && <> <BundleTag /></>}
              </td>
            </tr>
            <tr>
              <th>{t('work.fields.applicant')}</th>
              <td>
                {a.applicantName}
                {a.applicantUscc && <span className="ys-code">（{a.applicantUscc}）</span>}
              </td>
            </tr>
            <tr>
              <th>{t('work.fields.channel')}</th>
              <td>{channelLabel(a.channel)}</td>
            </tr>
            <tr>
              <th>{t('work.receipt.acceptedAt')}</th>
              <td>{formatDateTime(a.submittedAt)}</td>
            </tr>
            <tr>
              <th>{t('work.receipt.acceptedBy')}</th>
              <td>
                {label(a.intakeDepartmentName)} {a.assistedByName ?? clerk}
              </td>
            </tr>
            <tr>
              <th>{t('work.fields.department')}</th>
              <td>{a.departmentName ? label(a.departmentName, a.departmentId) : '—'}</td>
            </tr>
            <tr>
              <th>{t('work.fields.state')}</th>
              <td>{stateLabel(a.state)}</td>
            </tr>
            <tr>
              <th>{t('work.receipt.promised')}</th>
              <td>{due ? t('work.receipt.dueBy', { date: dueDate(due) }) : t('work.receipt.noClock')}</td>
            </tr>
          </tbody>
        </table>
        {bundle && a.members.length > 0 && (
          <>
            <h2>{t('work.receipt.members')}</h2>
            <table className="ys-work-receipt-table ys-work-receipt-members" data-testid="intake-receipt-members">
              <thead>
                <tr>
                  <th aria-hidden="true" />
                  <th>
                    {t('work.fields.title')} · {t('work.fields.department')}
                  </th>
                  <th>{t('work.receipt.memberNumber')}</th>
                </tr>
              </thead>
              <tbody>
                {a.members.map((m, i) => (
                  <tr key={m.id} data-testid="intake-receipt-member">
                    <th>{i + 1}</th>
                    <td>
                      <div>{m.title}</div>
                      <div className="ys-work-receipt-dept" data-testid="intake-receipt-member-department">
                        {m.departmentName ? label(m.departmentName, m.departmentId) : '—'}
                      </div>
                    </td>
                    <td className="ys-code">{m.number ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        <h2>{t('work.receipt.materials')}</h2>
        <table className="ys-work-receipt-table ys-work-receipt-materials">
          <tbody>
            {a.materials.map((m, i) => (
              <tr key={m.key}>
                <th>{i + 1}</th>
                <td>{m.name}</td>
                <td>{materialStatusLabel(m.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="ys-work-receipt-note">{t('work.receipt.note')}</p>
        <div className="ys-work-receipt-sign">
          <span>{t('work.receipt.applicantSign')}</span>
          <span>{t('work.receipt.seal')}</span>
        </div>
      </article>
      <Flex gap="small" wrap className="ys-no-print" style={{ marginTop: 16 }}>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="intake-print">
          {t('work.intake.print')}
        </Button>
        <Button onClick={() => void navigate(casePath(a.id))} data-testid="intake-open-case">
          {t('work.intake.openCase')}
        </Button>
        <Button onClick={onAnother} data-testid="intake-another">
          {t('work.intake.another')}
        </Button>
      </Flex>
    </div>
  );
}
