// Tags of 企业服务's codes: a problem's state, a contact's kind, an inspection's mode, a project's stage, a
// finding's severity, a due date (overdue in words, not colour alone) and a ledger task with its state.
import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  contactKindLabel,
  kindColors,
  ledgerTaskPath,
  modeColors,
  modeLabel,
  problemStateColors,
  problemStateLabel,
  severityLabel,
  stageLabel,
  taskStateColors,
  taskStateLabel,
  type ContactKind,
  type InspectionMode,
  type ProblemState,
  type ProjectStage,
  type Severity,
} from './labels.ts';

export const ProblemStateTag = ({ state }: { state: ProblemState }) => (
  <Tag color={problemStateColors[state]} data-testid="problem-state" data-state={state}>
    {problemStateLabel(state)}
  </Tag>
);

export const ContactKindTag = ({ kind }: { kind: ContactKind }) => <Tag color={kindColors[kind]}>{contactKindLabel(kind)}</Tag>;

export const ModeTag = ({ mode }: { mode: InspectionMode }) => (
  <Tag color={modeColors[mode]} data-testid="inspection-mode">
    {modeLabel(mode)}
  </Tag>
);

export const StageTag = ({ stage }: { stage: ProjectStage }) => <Tag>{stageLabel(stage)}</Tag>;

export const SeverityTag = ({ severity }: { severity: Severity }) => <Tag color={severity === 'serious' ? 'red' : 'default'}>{severityLabel(severity)}</Tag>;

/** A due date, with 已超期 N 天（自然日） / 今天到期 when it matters (only for what is still open): calendar days, as the date was set. */
export function DueDate({ dueOn, open }: { dueOn: string | null; open: boolean }) {
  const { t } = useTranslation();
  if (!dueOn) return <span className="ys-muted">—</span>;
  const days = dayjs(dueOn).diff(dayjs().startOf('day'), 'day');
  return (
    <span className="ys-outreach-due" data-testid="due-date">
      <span>{dueOn}</span>
      {open && days < 0 && <Tag color="red">{t('outreach.common.overdue', { count: -days })}</Tag>}
      {open && days === 0 && <Tag color="orange">{t('outreach.common.dueToday')}</Tag>}
    </span>
  );
}

/** The ledger task a problem or finding became: its number (a link to the task) and its state. */
export function LedgerTask({ id, number, state }: { id: string | null; number?: string | null; state?: string | null }) {
  const { t } = useTranslation();
  if (!id) return <span className="ys-muted">{t('outreach.common.noTask')}</span>;
  return (
    <span className="ys-tags" data-testid="ledger-task">
      <Link to={ledgerTaskPath(id)} className="ys-code" data-testid="ledger-task-link">
        {number ?? t('outreach.common.task')}
      </Link>
      {state && (
        <Tag color={taskStateColors[state] ?? 'default'} data-testid="ledger-task-state">
          {taskStateLabel(state)}
        </Tag>
      )}
    </span>
  );
}
