// /office/ledger/meetings — 调度会: the meetings, newest first, each opening its page with the pack; the office
// records a new one (date, title, chair, place, the units present).
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { listMeetings, type MeetingView } from '../../../api/ledger.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { holdsAny, LEDGER_WRITERS } from '../access.ts';
import { meetingPath } from '../labels.ts';
import { MeetingDialog } from './MeetingDialog.tsx';
import '../ledger.css';
import './office.css';

export function MeetingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { roles } = useSession();
  const list = useRemote(useCallback((signal: AbortSignal) => listMeetings(signal), []));
  const [creating, setCreating] = useState(false);
  const meetings = [...(list.data ?? [])].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  return (
    <div data-testid="ledger-meetings-page">
      <PageHeader
        title={t('ledger.menu.meetings')}
        description={t('ledger.meetings.description')}
        extra={
          <>
            {holdsAny(roles, LEDGER_WRITERS) && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="ledger-meeting-new">
                {t('ledger.meetings.new')}
              </Button>
            )}
            <Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />
          </>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        {list.error && !list.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={list.error} onRetry={list.reload} />
          </div>
        ) : (
          <Table<MeetingView>
            rowKey="id"
            size="middle"
            loading={list.loading}
            dataSource={meetings}
            pagination={meetings.length > 20 ? { pageSize: 20 } : false}
            locale={{ emptyText: list.data ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledger.meetings.empty')} /> : <div style={{ height: 120 }} /> }}
            columns={[
              { title: t('ledger.meetings.heldOn'), dataIndex: 'heldOn', width: 120, render: (v: string) => <span className="ys-code">{v}</span> },
              { title: t('ledger.meetings.titleField'), key: 'title', render: (_, m) => <Link to={meetingPath(m.id)} className="ys-break" data-testid="meeting-link">{m.title}</Link> },
              { title: t('ledger.meetings.chair'), dataIndex: 'chair', width: 220, responsive: ['md'] },
              { title: t('ledger.meetings.decisions'), key: 'decisions', width: 100, responsive: ['sm'], render: (_, m) => m.decisions.length },
              { title: t('ledger.fields.state'), key: 'held', width: 110, render: (_, m) => <Tag color={m.held ? 'success' : 'processing'} style={{ marginInlineEnd: 0 }}>{t(m.held ? 'ledger.meetings.held' : 'ledger.meetings.planned')}</Tag> },
            ]}
          />
        )}
      </Card>
      {creating && (
        <MeetingDialog
          onClose={() => setCreating(false)}
          onDone={(meeting) => {
            setCreating(false);
            void navigate(meetingPath(meeting.id));
          }}
        />
      )}
    </div>
  );
}
