// A running or finished import: the progress bar (polled every second until it is done), then the counts and the
// row-by-row report (row, column, what is wrong) — good rows are imported, bad ones reported, none silently lost.
import { Alert, Card, Progress, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSessionEnded } from '../../../api/client.ts';
import { getImport, type ImportView } from '../../../api/ledger.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { bilingual } from '../labels.ts';
import { importPercent } from './importMapping.ts';

const POLL_MS = 1000;
const running = (view: ImportView | null) => !view || view.status === 'parsing' || view.status === 'importing';

export function ImportReport({ importId, first }: { importId: string; first: ImportView | null }) {
  const { t } = useTranslation();
  const [view, setView] = useState<ImportView | null>(first && first.id === importId ? first : null);
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  const busy = running(view);
  // The first read goes at once, the next ones a second apart.
  const delay = view ? POLL_MS : 0;

  useEffect(() => {
    if (!busy) return;
    const controller = new AbortController();
    const timer = setTimeout(
      () => {
        getImport(importId, controller.signal).then(
          (next) => {
            setError(null);
            setView(next);
            if (running(next)) setAttempt((n) => n + 1);
          },
          (failure: unknown) => {
            if (controller.signal.aborted || isSessionEnded(failure)) return;
            setError(failure instanceof Error ? failure : new Error(String(failure)));
          },
        );
      },
      delay,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [importId, busy, attempt, delay]);

  if (error && !view) return <LoadError error={error} onRetry={() => setAttempt((n) => n + 1)} />;
  const percent = view ? importPercent(view) : 0;
  return (
    <Card title={view ? t('ledger.import.reportOf', { name: view.fileName }) : t('ledger.import.report')} size="small" data-testid="ledger-import-report">
      <Progress percent={percent} status={view?.status === 'failed' ? 'exception' : busy ? 'active' : 'success'} data-testid="ledger-import-progress" data-status={view?.status ?? 'parsing'} />
      <Typography.Paragraph className="ys-muted" style={{ marginTop: 4 }} data-testid="ledger-import-status">
        {view ? t(`ledger.import.status.${view.status}`, { processed: view.processed, total: view.total }) : t('ledger.import.status.parsing', { processed: 0, total: 0 })}
      </Typography.Paragraph>
      {error && <Alert type="warning" showIcon message={t('ledger.import.pollFailed')} style={{ marginBottom: 12 }} />}
      {view && !busy && (
        <>
          <div className="ys-ledger-import-counts" data-testid="ledger-import-counts">
            <span>
              {t('ledger.import.total')} <strong>{view.total}</strong>
            </span>
            <span>
              {t('ledger.import.imported')} <strong className="is-good">{view.imported}</strong>
            </span>
            <span>
              {t('ledger.import.rejected')} <strong className={view.rejected ? 'is-bad' : ''}>{view.rejected}</strong>
            </span>
          </div>
          {view.problems.length > 0 ? (
            <Table
              rowKey={(p) => `${p.row}-${p.column}-${p.message.zh}`}
              size="small"
              dataSource={view.problems}
              pagination={view.problems.length > 20 ? { pageSize: 20, size: 'small' } : false}
              columns={[
                { title: t('ledger.import.row'), dataIndex: 'row', width: 70 },
                { title: t('ledger.import.column'), dataIndex: 'column', width: 140, render: (v: string) => <span className="ys-break">{v || '—'}</span> },
                { title: t('ledger.import.message'), key: 'message', render: (_, p) => <span className="ys-break">{bilingual(p.message)}</span> },
              ]}
              data-testid="ledger-import-problems"
            />
          ) : (
            view.status === 'done' && <Alert type="success" showIcon message={t('ledger.import.allGood')} />
          )}
        </>
      )}
    </Card>
  );
}
