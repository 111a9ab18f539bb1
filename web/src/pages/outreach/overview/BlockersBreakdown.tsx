// 堵点 of the period by approval stage and by the department holding them: found, solved, and the share solved
// as a bar with its numbers in words (not colour alone). The departments with the most open ones come first.
import { Card, Empty, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import type { OutreachStats } from '../../../api/outreach.ts';
import { stageLabel } from '../labels.ts';
import { useDepartments } from '../useDepartments.ts';

/** The departments shown; the rest are in the projects list. */
const TOP = 8;

interface Row {
  key: string;
  label: string;
  found: number;
  solved: number;
}

function Rows({ rows, testId }: { rows: Row[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <ul className="ys-outreach-breakdown" data-testid={testId}>
      {rows.map((r) => (
        <li key={r.key}>
          <div className="ys-outreach-breakdown-head">
            <span className="ys-break">{r.label}</span>
            <span className="ys-muted">{t('outreach.overview.breakdown.counts', { found: r.found, solved: r.solved })}</span>
          </div>
          <Progress percent={r.found ? Math.round((r.solved / r.found) * 100) : 0} size="small" showInfo={false} status="normal" aria-label={r.label} />
        </li>
      ))}
    </ul>
  );
}

export function BlockersBreakdown({ stats }: { stats: OutreachStats }) {
  const { t } = useTranslation();
  const departmentNames = useDepartments();
  const label = useDepartmentLabel();
  if (stats.blockersFound === 0) return null;
  const stages: Row[] = stats.blockersByStage.map((s) => ({ key: s.stage, label: stageLabel(s.stage), found: s.found, solved: s.solved }));
  const departments: Row[] = [...stats.blockersByDepartment]
    .sort((a, b) => b.found - b.solved - (a.found - a.solved) || b.found - a.found)
    .slice(0, TOP)
    .map((d) => ({ key: d.departmentId, label: departmentNames.list.length ? departmentNames.nameOf(d.departmentId) : label(d.departmentName, d.departmentId), found: d.found, solved: d.solved }));
  return (
    <div className="ys-outreach-breakdowns ys-outreach-section" data-testid="outreach-blockers-breakdown">
      <Card size="small" title={t('outreach.overview.breakdown.byStage')}>
        <Rows rows={stages} testId="outreach-blockers-by-stage" />
      </Card>
      <Card size="small" title={t('outreach.overview.breakdown.byDepartment')}>
        {departments.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : <Rows rows={departments} testId="outreach-blockers-by-department" />}
      </Card>
    </div>
  );
}
