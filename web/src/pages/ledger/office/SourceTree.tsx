// One source's issues → measures with their task counts (closed / all), each opening its tasks; the office adds an
// issue or a measure in place, and edits each one (编辑 on its row).
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Skeleton } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getSourceTree } from '../../../api/ledger.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { NodeDialog, type NodeTarget } from './NodeDialog.tsx';

const counts = (n: { tasks: number; closed: number }) => `${n.closed}/${n.tasks}`;
const tasksOf = (query: Record<string, string>) => `/office/ledger/tasks?${new URLSearchParams(query).toString()}`;

export function SourceTree({ sourceId, writer }: { sourceId: string; writer: boolean }) {
  const { t } = useTranslation();
  const tree = useRemote(useCallback((signal: AbortSignal) => getSourceTree(sourceId, signal), [sourceId]));
  const [target, setTarget] = useState<NodeTarget | null>(null);
  if (tree.error && !tree.loading) return <LoadError error={tree.error} onRetry={tree.reload} />;
  if (!tree.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  const { issues, unassigned } = tree.data;
  return (
    <div className="ys-ledger-tree" data-testid="ledger-source-tree">
      {issues.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledger.structure.noIssues')} />
      ) : (
        <ol>
          {issues.map((issue) => (
            <li key={issue.id}>
              <div className="ys-ledger-tree-row">
                <span className="ys-break">
                  <span className="ys-code">{issue.code}</span> {issue.title}
                  {issue.indicator && <span className="ys-muted"> · {issue.indicator}</span>}
                </span>
                {writer && <EditButton label={t('ledger.structure.editIssue')} onClick={() => setTarget({ kind: 'issue', issue })} testId="ledger-issue-edit" />}
                <Link to={tasksOf({ issueId: issue.id })} className="ys-ledger-tree-count" title={t('ledger.structure.countHint')}>
                  {counts(issue)}
                </Link>
              </div>
              {issue.measures.length > 0 && (
                <ul>
                  {issue.measures.map((m) => (
                    <li key={m.id} className="ys-ledger-tree-row">
                      <span className="ys-break">
                        <span className="ys-code">{m.code}</span> {m.title}
                      </span>
                      {writer && <EditButton label={t('ledger.structure.editMeasure')} onClick={() => setTarget({ kind: 'measure', measure: m, issueId: issue.id })} testId="ledger-measure-edit" />}
                      <Link to={tasksOf({ measureId: m.id })} className="ys-ledger-tree-count" title={t('ledger.structure.countHint')}>
                        {counts(m)}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {unassigned.tasks > 0 && (
        <div className="ys-ledger-tree-row ys-muted">
          <span>{t('ledger.structure.unassigned')}</span>
          <Link to={tasksOf({ sourceId })} className="ys-ledger-tree-count">
            {counts(unassigned)}
          </Link>
        </div>
      )}
      {writer && (
        <div className="ys-tags" style={{ marginTop: 8 }}>
          <Button size="small" icon={<PlusOutlined />} onClick={() => setTarget({ kind: 'issue' })}>
            {t('ledger.structure.addIssue')}
          </Button>
          {issues.length > 0 && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setTarget({ kind: 'measure' })}>
              {t('ledger.structure.addMeasure')}
            </Button>
          )}
        </div>
      )}
      {target && (
        <NodeDialog
          target={target}
          sourceId={sourceId}
          issues={issues}
          onClose={() => setTarget(null)}
          onDone={() => {
            setTarget(null);
            tree.reload();
          }}
          onStale={() => {
            setTarget(null);
            tree.reload();
          }}
        />
      )}
    </div>
  );
}

/** 编辑 on a row of the tree: the icon with its words (visible from a tablet up, always read out). */
function EditButton({ label, onClick, testId }: { label: string; onClick: () => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <Button type="link" size="small" icon={<EditOutlined />} onClick={onClick} aria-label={label} title={label} className="ys-ledger-tree-edit" data-testid={testId}>
      <span className="ys-ledger-tree-edit-words">{t('common.edit')}</span>
    </Button>
  );
}
