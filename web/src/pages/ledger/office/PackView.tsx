// 调度包: for each unit, what is overdue, at risk, newly closed since the last meeting, and the last meeting's
// decisions still open — a list that reads on a phone and prints on A4 (the shell is left off the paper).
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import type { MeetingPack, PackTask, PackUnit } from '../../../api/ledger.ts';
import { formatDateTime } from '../../../components/format.ts';
import { taskPath } from '../labels.ts';

const SECTIONS = ['overdue', 'atRisk', 'newlyClosed', 'openDecisions'] as const;
type Section = (typeof SECTIONS)[number];

export function PackView({ pack }: { pack: MeetingPack }) {
  const { t } = useTranslation();
  const { totals } = pack;
  return (
    <div data-testid="ledger-pack">
      <p className="ys-muted">{pack.since ? t('ledger.pack.since', { since: formatDateTime(pack.since), asOf: formatDateTime(pack.asOf) }) : t('ledger.pack.first', { asOf: formatDateTime(pack.asOf) })}</p>
      <div className="ys-ledger-pack-totals" data-testid="ledger-pack-totals">
        {SECTIONS.map((key) => (
          <div key={key} className={`ys-ledger-pack-total is-${key}`}>
            <span className="ys-ledger-pack-total-value">{totals[key]}</span>
            <span className="ys-muted">{t(`ledger.pack.${key}`)}</span>
          </div>
        ))}
        <div className="ys-ledger-pack-total">
          <span className="ys-ledger-pack-total-value">
            {totals.closed}/{totals.total}
          </span>
          <span className="ys-muted">{t('ledger.pack.closedOfAll')}</span>
        </div>
      </div>
      {pack.units.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledger.pack.empty')} />
      ) : (
        pack.units.map((unit) => <UnitPack key={unit.departmentId} unit={unit} />)
      )}
    </div>
  );
}

function UnitPack({ unit }: { unit: PackUnit }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const shown = SECTIONS.filter((key) => unit[key].length > 0);
  return (
    <section className="ys-ledger-pack-unit" data-testid="ledger-pack-unit">
      <header className="ys-ledger-pack-unit-head">
        <h2>{label(unit.name, unit.departmentId)}</h2>
        <span className="ys-muted ys-ledger-small">
          {t('ledger.pack.unitCounts', { total: unit.total, closed: unit.closed })}
          {unit.silent > 0 && ` · ${t('ledger.pack.silent', { count: unit.silent })}`}
        </span>
      </header>
      {shown.length === 0 ? (
        <div className="ys-muted ys-ledger-small">{t('ledger.pack.nothing')}</div>
      ) : (
        shown.map((key) => <PackSection key={key} section={key} tasks={unit[key]} />)
      )}
    </section>
  );
}

function PackSection({ section, tasks }: { section: Section; tasks: readonly PackTask[] }) {
  const { t } = useTranslation();
  return (
    <div className={`ys-ledger-pack-section is-${section}`}>
      <h3>
        {t('common.counted', { label: t(`ledger.pack.${section}`), n: tasks.length })}
      </h3>
      <ul>
        {tasks.map((task) => (
          <li key={task.id}>
            <Link to={taskPath(task.id)} className="ys-code">
              {task.number}
            </Link>{' '}
            <span className="ys-break">{task.title}</span>
            <div className="ys-muted ys-ledger-small">
              {t('ledger.pack.line', { due: task.dueOn, progress: task.progress })}
              {section === 'newlyClosed'
                ? ` · ${t('ledger.pack.closedOn', { at: formatDateTime(task.closedAt) })}`
                : task.daysLeft < 0
                  ? ` · ${t('ledger.light.daysOver', { count: -task.daysLeft })}`
                  : ` · ${t('ledger.light.daysLeft', { count: task.daysLeft })}`}
              {task.escalated && ` · ${t('ledger.task.escalated')}`}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
