// 知识库 beside the seat's form: searches as the seat types the title (debounced), the answers valid today with
// their matches marked, and 直接答复 — the seat reads the answer out and the ticket closes on the call.
import { BookOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Input, Modal, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchKnowledge, type KnowledgeHit, type KnowledgeSearchReply } from '../../../api/appeals.ts';
import { isApiError } from '../../../api/client.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';

type Pieces = KnowledgeHit['titleHighlighted'];

/** Text with the matched pieces marked (no HTML from the server). */
export function Marked({ pieces }: { pieces: Pieces }) {
  return (
    <>
      {pieces.map((p, i) =>
        p.match ? (
          <mark key={i} className="ys-appeal-mark">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

interface Props {
  /** What the seat typed as the title. */
  text: string;
  /** The chosen category narrows an empty search. */
  categoryCode?: string;
  /** May the seat answer on the call (not on the dishonesty line)? */
  canAnswer: boolean;
  /** Files the ticket closed with this answer; rejects with the server's error. */
  onAnswer: (answer: string, hit: KnowledgeHit) => Promise<void>;
}

const DEBOUNCE_MS = 350;

export function KnowledgePanel({ text, categoryCode, canAnswer, onAnswer }: Props) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const [reply, setReply] = useState<{ key: string; data?: KnowledgeSearchReply; error?: unknown } | null>(null);
  const [answering, setAnswering] = useState<KnowledgeHit | null>(null);
  const q = text.trim().slice(0, 100);
  const key = `${q}|${q ? '' : (categoryCode ?? '')}`;

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchKnowledge({ q: q || undefined, categoryCode: q ? undefined : categoryCode, pageSize: 5 }, controller.signal).then(
        (data) => setReply({ key, data }),
        (error: unknown) => {
          if (!controller.signal.aborted) setReply({ key, error });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, q, categoryCode]);

  const loading = !reply || reply.key !== key;
  const unavailable = reply?.error !== undefined && isApiError(reply.error) && (reply.error.status === 404 || reply.error.status === 403);
  const items = reply?.data?.items ?? [];
  return (
    <Card
      size="small"
      title={
        <span>
          <BookOutlined /> {t('appealWork.knowledge.title')}
        </span>
      }
      extra={loading ? <Spin size="small" /> : reply?.data ? <span className="ys-muted">{t('appealWork.knowledge.count', { count: reply.data.total })}</span> : null}
      data-testid="knowledge-panel"
    >
      {!q && <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('appealWork.knowledge.hint')}</Typography.Paragraph>}
      {reply?.error !== undefined && !loading ? (
        <Alert type={unavailable ? 'info' : 'error'} showIcon message={unavailable ? t('appealWork.knowledge.unavailable') : isApiError(reply.error) ? reply.error.userMessage : String(reply.error)} />
      ) : items.length === 0 && !loading ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appealWork.knowledge.none')} />
      ) : (
        <ol className="ys-appeal-knowledge" data-testid="knowledge-hits">
          {items.map((hit) => (
            <li key={hit.id} data-testid="knowledge-hit">
              <div className="ys-appeal-knowledge-title">
                <Marked pieces={hit.titleHighlighted} />
              </div>
              <div className="ys-appeal-knowledge-excerpt">
                <Marked pieces={hit.excerptHighlighted} />
              </div>
              <div className="ys-appeal-knowledge-foot">
                <span className="ys-muted">
                  {hit.departmentName ? label(hit.departmentName, hit.departmentId) : t('appealWork.knowledge.noDepartment')}
                  {hit.validTo ? ` · ${t('appealWork.knowledge.validTo', { date: hit.validTo })}` : ''}
                </span>
                {!hit.valid && <Tag color="default">{t('appealWork.knowledge.expired')}</Tag>}
                {canAnswer && hit.valid && (
                  <Button size="small" type="primary" ghost onClick={() => setAnswering(hit)} data-testid="knowledge-answer">
                    {t('appealWork.knowledge.answer')}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {answering && <AnswerDialog hit={answering} onClose={() => setAnswering(null)} onAnswer={onAnswer} />}
    </Card>
  );
}

/** The answer as the seat reads it out (they may adapt it to the caller), then the ticket is filed closed. */
function AnswerDialog({ hit, onClose, onAnswer }: { hit: KnowledgeHit; onClose: () => void; onAnswer: Props['onAnswer'] }) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState(hit.answer);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirm = async () => {
    if (!answer.trim()) {
      setFailure(t('appealWork.knowledge.answerRequired'));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onAnswer(answer.trim(), hit);
      onClose();
    } catch (error) {
      setFailure(isApiError(error) ? error.userMessage : error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('appealWork.knowledge.answerTitle')}
      onCancel={onClose}
      okText={t('appealWork.knowledge.answerConfirm')}
      onOk={() => void confirm()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'knowledge-answer-confirm' }}
      destroyOnHidden
      width={600}
    >
      <Typography.Paragraph strong className="ys-break">
        {hit.title}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('appealWork.knowledge.answerHint')}</Typography.Paragraph>
      <div style={{ paddingBottom: 24 }}>
        <Input.TextArea value={answer} onChange={(e) => setAnswer(e.target.value)} autoSize={{ minRows: 5, maxRows: 14 }} maxLength={2000} showCount data-testid="knowledge-answer-text" />
      </div>
      {failure && <Alert type="error" showIcon message={failure} className="ys-break" style={{ marginTop: 12 }} data-testid="knowledge-answer-error" />}
    </Modal>
  );
}
