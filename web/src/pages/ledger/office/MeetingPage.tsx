// /office/ledger/meetings/:id — one dispatch meeting: its facts and minutes (the office edits them; the date is
// locked once held), the pack per unit (live until the meeting is held, frozen from then on) with a print layout,
// holding it, and its decisions, each of which becomes a task.
import { ArrowLeftOutlined, EditOutlined, PlusOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Result, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError, isSessionEnded } from '../../../api/client.ts';
import { getMeeting, getMeetingPack, holdMeeting } from '../../../api/ledger.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { listDepartments } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { holdsAny, LEDGER_WRITERS } from '../access.ts';
import { TaskList } from '../TaskList.tsx';
import { DecisionDialog } from './DecisionDialog.tsx';
import { MeetingDialog } from './MeetingDialog.tsx';
import { PackView } from './PackView.tsx';
import '../../applications/staff/work.css';
import '../ledger.css';
import './office.css';
import { listMark } from '../../../i18n/punctuation.ts';

export function MeetingPage() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const { id = '' } = useParams();
  const { roles } = useSession();
  const writer = holdsAny(roles, LEDGER_WRITERS);
  const meeting = useRemote(useCallback((signal: AbortSignal) => getMeeting(id, signal), [id]));
  const pack = useRemote(useCallback((signal: AbortSignal) => getMeetingPack(id, signal), [id]));
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  const label = useDepartmentLabel();
  const [deciding, setDeciding] = useState(false);
  const [editing, setEditing] = useState(false);
  const reload = () => {
    meeting.reload();
    pack.reload();
  };

  if (meeting.error && !meeting.loading && isApiError(meeting.error) && meeting.error.status === 404) {
    return <Result status="404" title={t('ledger.meeting.notFound')} extra={<Link to="/office/ledger/meetings">{t('ledger.meeting.back')}</Link>} />;
  }
  if (meeting.error && !meeting.loading) return <LoadError error={meeting.error} onRetry={reload} />;
  const m = meeting.data?.id === id ? meeting.data : undefined;
  if (!m) return <Skeleton active paragraph={{ rows: 8 }} />;
  const names = new Map((departments.data?.departments ?? []).map((d) => [d.id, label(d.name, d.id)]));
  const present = m.presentDepartmentIds.map((d) => names.get(d) ?? '…').join(listMark());

  const hold = () =>
    modal.confirm({
      title: t('ledger.meeting.holdConfirm'),
      content: t('ledger.meeting.holdHint'),
      okText: t('ledger.meeting.hold'),
      onOk: async () => {
        try {
          await holdMeeting(m.id);
          void message.success(t('ledger.meeting.heldDone'));
          reload();
        } catch (error) {
          if (!isSessionEnded(error)) void message.error(isApiError(error) ? error.userMessage : String(error));
          if (isApiError(error) && error.status === 409) reload();
        }
      },
    });

  return (
    <div data-testid="ledger-meeting-page" className="ys-print-root">
      <Flex justify="space-between" align="center" gap="small" wrap style={{ marginBottom: 12 }} className="ys-no-print">
        <Link to="/office/ledger/meetings" className="ys-back-link" style={{ marginBottom: 0 }}>
          <ArrowLeftOutlined /> {t('ledger.meeting.back')}
        </Link>
        <Flex gap="small" wrap>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="meeting-print">
            {t('ledger.meeting.print')}
          </Button>
          {writer && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="meeting-edit">
              {t('ledger.meeting.edit')}
            </Button>
          )}
          {writer && !m.held && (
            <Button type="primary" onClick={hold} data-testid="meeting-hold">
              {t('ledger.meeting.hold')}
            </Button>
          )}
          <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
        </Flex>
      </Flex>
      <Card className="ys-ledger-meeting-head">
        <div className="ys-work-case-title">
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }} className="ys-break" data-testid="meeting-title">
            {m.title}
          </Typography.Title>
          <Tag color={m.held ? 'success' : 'processing'} style={{ marginInlineEnd: 0 }} data-testid="meeting-state">
            {t(m.held ? 'ledger.meetings.held' : 'ledger.meetings.planned')}
          </Tag>
        </div>
        <dl className="ys-work-facts ys-work-facts-wide">
          <dt>{t('ledger.meetings.heldOn')}</dt>
          <dd className="ys-code">{m.heldOn}</dd>
          <dt>{t('ledger.meetings.chair')}</dt>
          <dd>{m.chair || '—'}</dd>
          <dt>{t('ledger.meetings.location')}</dt>
          <dd>{m.location || '—'}</dd>
          <dt>{t('ledger.meetings.present')}</dt>
          <dd>{present || '—'}</dd>
        </dl>
        {m.minutes && (
          <div className="ys-ledger-meeting-minutes">
            <div className="ys-muted ys-ledger-small">{t('ledger.meetings.minutes')}</div>
            <div className="ys-ledger-text ys-break" data-testid="meeting-minutes">
              {m.minutes}
            </div>
          </div>
        )}
      </Card>
      <Card title={t(m.held ? 'ledger.meeting.packFrozen' : 'ledger.meeting.packLive')} size="small" style={{ marginTop: 16 }}>
        {pack.error && !pack.loading ? <LoadError error={pack.error} onRetry={pack.reload} /> : pack.data ? <PackView pack={pack.data} /> : <Skeleton active />}
      </Card>
      <Card
        title={t('ledger.meeting.decisions')}
        size="small"
        style={{ marginTop: 16 }}
        styles={{ body: { padding: 0 } }}
        extra={
          writer && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setDeciding(true)} className="ys-no-print" data-testid="meeting-add-decision">
              {t('ledger.meeting.addDecision')}
            </Button>
          )
        }
      >
        <TaskList items={m.decisions} loading={false} loaded empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledger.meeting.noDecisions')} />} testId="meeting-decisions" pagination={false} />
      </Card>
      {editing && (
        <MeetingDialog
          meeting={m}
          onClose={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            // A new date changes which meeting the live pack counts from.
            reload();
          }}
          onStale={() => {
            setEditing(false);
            reload();
          }}
        />
      )}
      {deciding && (
        <DecisionDialog
          meeting={m}
          onClose={() => setDeciding(false)}
          onDone={() => {
            setDeciding(false);
            reload();
          }}
        />
      )}
    </div>
  );
}
