// What the requester does on their ticket: 补充说明 (at any time; it goes straight to the unit, and to the hotline
// once the ticket has ended) and 隐藏姓名 (confirmed, for good). Each answers the ticket as it now is.
import { EyeInvisibleOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addFollowUp, hideMyName, type TicketView } from '../../../api/appeals-public.ts';
import { isApiError } from '../../../api/client.ts';
import { isEnded } from './progress.ts';

const FOLLOW_UP_MAX = 2000;
const messageOf = (error: unknown) => (isApiError(error) ? error.userMessage : error instanceof Error ? error.message : String(error));

export function FollowUpCard({ ticket, onDone }: { ticket: TicketView; onDone: (next: TicketView) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function send() {
    if (!text.trim()) {
      setFailure(t('appealsPublic.detail.followUp.required'));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      onDone(await addFollowUp(ticket.id, text.trim()));
      setText('');
      void message.success(t('appealsPublic.detail.followUp.sent'));
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('appealsPublic.detail.followUp.title')} size="small" className="ys-appeal-section" data-testid="appeal-follow-up">
      <Typography.Paragraph type="secondary" className="ys-appeal-hint-line">
        {isEnded(ticket.state) ? t('appealsPublic.detail.followUp.endedHint') : t('appealsPublic.detail.followUp.hint')}
      </Typography.Paragraph>
      <Input.TextArea
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setFailure(null);
        }}
        placeholder={t('appealsPublic.detail.followUp.placeholder')}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={FOLLOW_UP_MAX}
        showCount
        status={failure ? 'error' : undefined}
        aria-label={t('appealsPublic.detail.followUp.title')}
        disabled={busy}
        data-testid="appeal-follow-up-text"
      />
      {failure && (
        <div className="ys-appeal-error" role="alert" data-testid="appeal-follow-up-error">
          {failure}
        </div>
      )}
      <div className="ys-appeal-actions-row">
        <Button type="primary" icon={<SendOutlined />} loading={busy} onClick={() => void send()} data-testid="appeal-follow-up-send">
          {t('appealsPublic.detail.followUp.submit')}
        </Button>
      </div>
    </Card>
  );
}

export function HideNameCard({ ticket, canHide, onDone }: { ticket: TicketView; canHide: boolean; onDone: (next: TicketView) => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  if (ticket.nameHidden || !canHide) return null;

  const confirm = () =>
    modal.confirm({
      title: t('appealsPublic.detail.hideName.title'),
      content: t('appealsPublic.detail.hideName.confirm'),
      okText: t('appealsPublic.detail.hideName.ok'),
      okButtonProps: { 'data-testid': 'appeal-hide-name-ok' } as Record<string, string>,
      onOk: async () => {
        try {
          onDone(await hideMyName(ticket.id));
          void message.success(t('appealsPublic.detail.hideName.done'));
        } catch (error) {
          void message.error(messageOf(error));
        }
      },
    });

  return (
    <Card title={t('appealsPublic.detail.hideName.title')} size="small" className="ys-appeal-section" data-testid="appeal-hide-name">
      <Typography.Paragraph type="secondary" className="ys-appeal-hint-line">
        {t('appealsPublic.detail.hideName.hint')}
      </Typography.Paragraph>
      <Button icon={<EyeInvisibleOutlined />} onClick={confirm} data-testid="appeal-hide-name-button">
        {t('appealsPublic.detail.hideName.button')}
      </Button>
    </Card>
  );
}
