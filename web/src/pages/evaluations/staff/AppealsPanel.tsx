// A rating's appeals (申诉) with their status and the office's decision, and the 申诉 button for the
// rated department while it may appeal.
import { FileOutlined } from '@ant-design/icons';
import { Button, Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { fileContentUrl } from '../../../api/applications.ts';
import type { AppealView } from '../../../api/evaluations.ts';
import { formatDateTime } from '../../../components/format.ts';
import { AppealStatusTag } from './EvalTags.tsx';

export function AppealItem({ appeal }: { appeal: AppealView }) {
  const { t } = useTranslation();
  return (
    <div className="ys-eval-appeal" data-testid="appeal" data-status={appeal.status}>
      <div className="ys-eval-appeal-head">
        <AppealStatusTag status={appeal.status} />
        <span className="ys-muted">
          {t('evalWork.appeal.filedBy', { name: appeal.filedByName, at: formatDateTime(appeal.filedAt) })}
        </span>
      </div>
      <div className="ys-break ys-work-comment" data-testid="appeal-reason-text">
        {appeal.reason}
      </div>
      {appeal.evidence.length > 0 && (
        <ul
          className="ys-eval-files"
          aria-label={t('evalWork.appeal.evidence')}
          data-testid="appeal-evidence"
        >
          {appeal.evidence.map((file) => (
            <li key={file.id}>
              <FileOutlined aria-hidden />
              <a
                href={fileContentUrl(file.id)}
                target="_blank"
                rel="noopener noreferrer"
                className="ys-break"
              >
                {file.name}
              </a>
            </li>
          ))}
        </ul>
      )}
      {appeal.decidedAt && (
        <div className="ys-eval-decision" data-testid="appeal-decision">
          <div className="ys-muted">
            {t('evalWork.appeal.decidedBy', {
              name: appeal.decidedByName ?? '—',
              at: formatDateTime(appeal.decidedAt),
            })}
          </div>
          {appeal.decisionComment && <div className="ys-break">{appeal.decisionComment}</div>}
        </div>
      )}
    </div>
  );
}

export function AppealsPanel({
  appeals,
  mayAppeal,
  onAppeal,
}: {
  appeals: readonly AppealView[];
  mayAppeal: boolean;
  onAppeal: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('evalWork.appeal.section')}
      extra={
        mayAppeal && (
          <Button onClick={onAppeal} data-testid="appeal-open">
            {t('evalWork.appeal.file')}
          </Button>
        )
      }
      data-testid="appeals-panel"
    >
      {appeals.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evalWork.appeal.none')} />
      ) : (
        <div className="ys-eval-appeals">
          {appeals.map((appeal) => (
            <AppealItem key={appeal.id} appeal={appeal} />
          ))}
        </div>
      )}
    </Card>
  );
}
