// 受理回执: what the applicant takes home from the window — the 办件编号, what was accepted and when,
// the promised deadline, and each material's status. Prints on one A4 page without the app around it.
import { CheckCircleFilled, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ApplicationDetail } from '../../../api/applications.ts';
import { formatDateTime } from '../../../components/format.ts';
import { dueDate } from './deadline.ts';
import { casePath, channelLabel, materialStatusLabel, stateLabel } from './labels.ts';
import './receipt-print.css';

export function IntakeReceipt({ application: a, clerk, onAnother }: { application: ApplicationDetail; clerk: string; onAnother: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
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
              <td>{a.title}</td>
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
                {a.intakeDepartmentName ?? ''} {a.assistedByName ?? clerk}
              </td>
            </tr>
            <tr>
              <th>{t('work.fields.department')}</th>
              <td>{a.departmentName ?? '—'}</td>
            </tr>
            <tr>
              <th>{t('work.fields.state')}</th>
              <td>{stateLabel(a.state)}</td>
            </tr>
            <tr>
              <th>{t('work.receipt.promised')}</th>
              <td>{a.dueAt ? t('work.receipt.dueBy', { date: dueDate(a.dueAt) }) : t('work.receipt.noClock')}</td>
            </tr>
          </tbody>
        </table>
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
