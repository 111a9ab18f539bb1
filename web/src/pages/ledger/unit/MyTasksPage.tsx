// /work/ledger — 我的台账任务: the tasks the user's unit leads or supports, the nearest deadline first (closed ones
// last), counted by light; deadline cards on a phone, a table on a desktop.
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Light } from '../../../../../common/ledger/vocabulary.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { listTasks, type TaskRow } from '../../../api/ledger.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { Dot } from '../Tags.tsx';
import { lightLabel, LIGHT_ORDER } from '../labels.ts';
import { TaskList } from '../TaskList.tsx';
import '../../applications/staff/work.css';
import '../ledger.css';

const LIMIT = 200;

/** Open tasks by deadline (nearest first), then the closed and cancelled ones, newest closure first. */
export function byDeadline(a: TaskRow, b: TaskRow): number {
  const aDone = a.light === 'done';
  const bDone = b.light === 'done';
  if (aDone !== bDone) return aDone ? 1 : -1;
  if (aDone) return (b.closedAt ?? '').localeCompare(a.closedAt ?? '');
  return a.dueOn.localeCompare(b.dueOn) || a.number.localeCompare(b.number);
}

export function MyTasksPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const label = useDepartmentLabel();
  const [params, setParams] = useSearchParams();
  const light = LIGHT_ORDER.find((l) => l === params.get('light'));
  const list = useRemote(useCallback((signal: AbortSignal) => listTasks({ mine: true, page: 1, pageSize: LIMIT }, signal), []));
  const items = useMemo(() => [...(list.data?.items ?? [])].sort(byDeadline), [list.data]);
  const counts = useMemo(() => {
    const out: Record<Light, number> = { red: 0, amber: 0, green: 0, done: 0 };
    for (const item of items) out[item.light] += 1;
    return out;
  }, [items]);
  const shown = light ? items.filter((i) => i.light === light) : items.filter((i) => i.light !== 'done');
  const pick = (next: Light | undefined) => setParams(next ? { light: next } : {}, { replace: true });

  return (
    <div data-testid="ledger-mine-page">
      <PageHeader
        title={t('ledger.menu.mine')}
        description={user?.department ? t('ledger.mine.description', { unit: label(user.department.name, user.department.id) }) : t('ledger.mine.noUnit')}
        extra={<Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />}
      />
      <div className="ys-work-counts ys-ledger-counts" role="group" aria-label={t('ledger.mine.countsLabel')} data-testid="ledger-mine-counts">
        <button type="button" className={`ys-work-count${!light ? ' is-active' : ''}`} aria-pressed={!light} onClick={() => pick(undefined)} data-testid="ledger-count-open">
          <span className="ys-work-count-value">{list.data ? items.length - counts.done : '—'}</span>
          <span className="ys-work-count-label">{t('ledger.mine.open')}</span>
        </button>
        {LIGHT_ORDER.map((key) => (
          <button key={key} type="button" className={`ys-work-count ys-ledger-count is-${key}${light === key ? ' is-active' : ''}`} aria-pressed={light === key} onClick={() => pick(light === key ? undefined : key)} data-testid={`ledger-count-${key}`}>
            <span className="ys-work-count-value">{list.data ? counts[key] : '—'}</span>
            <span className="ys-work-count-label">
              <Dot light={key} size={8} /> {lightLabel(key)}
            </span>
          </button>
        ))}
      </div>
      {items.length >= LIMIT && <Alert type="info" showIcon message={t('ledger.mine.limited', { count: LIMIT })} style={{ marginBottom: 12 }} />}
      <Card styles={{ body: { padding: 0 } }} className="ys-ledger-list-card">
        {list.error && !list.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={list.error} onRetry={list.reload} />
          </div>
        ) : (
          <TaskList
            own
            items={shown}
            loading={list.loading}
            loaded={Boolean(list.data)}
            empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={items.length === 0 ? t('ledger.mine.empty') : t('ledger.mine.noneLit')} />}
            testId="ledger-mine"
            pagination={false}
          />
        )}
      </Card>
      {list.data && <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{t('ledger.mine.hint')}</Typography.Paragraph>}
    </div>
  );
}
