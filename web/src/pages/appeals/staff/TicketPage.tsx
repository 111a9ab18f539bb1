// 工单: one ticket as staff see it — the header (number, title, tags, state, lead unit, due time with its light),
// what was asked and answered, the look-alike tickets, the timeline, and exactly the actions the server allows
// this user now. `?act=<key>` opens that action's dialog once the ticket is in (the console's 受理并派单).
import { ArrowLeftOutlined, LockOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { getTicket, listCategories, type TicketAction, type TicketView } from '../../../api/appeals.ts';
import { isApiError, isSessionEnded } from '../../../api/client.ts';
import { staleNotice } from '../../../api/staleNotice.ts';
import { listDepartments } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { holdsAny, SEAT_ROLES } from './access.ts';
import { bilingual } from './labels.ts';
import { sendStep, StepDialog } from './StepDialog.tsx';
import { isForward, orderActions, stepFormOf } from './steps.ts';
import { ChannelTag, KindTag, StateTag, UrgencyTag } from './Tags.tsx';
import { RepeatsAlert, TicketContent, TicketFacts, TicketTimeline } from './TicketSections.tsx';
import '../../applications/staff/work.css';
import './appeals.css';

export function TicketPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { roles } = useSession();
  const remote = useRemote(useCallback((signal: AbortSignal) => getTicket(id, signal), [id]));
  const categories = useRemote(useCallback((signal: AbortSignal) => listCategories(signal), []));
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  const [fresh, setFresh] = useState<TicketView | null>(null);
  const [acting, setActing] = useState<TicketAction | null>(null);
  const [direct, setDirect] = useState<string | null>(null);
  const a = fresh && fresh.id === id ? fresh : remote.data;

  const reload = () => {
    setFresh(null);
    remote.reload();
  };

  // The console's 受理并派单: the named action's dialog is open until it is closed or done.
  const asked = params.get('act');
  const askedAction = asked && a ? (a.actions.find((x) => x.key === asked) ?? null) : null;
  const open = acting ?? askedAction;
  const close = () => {
    setActing(null);
    if (asked) {
      setParams(
        (p) => {
          p.delete('act');
          return p;
        },
        { replace: true },
      );
    }
  };

  if (remote.error && !remote.loading && !a) return <LoadError error={remote.error} onRetry={reload} />;
  if (!a) return <Skeleton active paragraph={{ rows: 8 }} />;

  const actions = orderActions(a.actions, a.channel);
  const take = async (action: TicketAction) => {
    if (!stepFormOf(action.key, a.channel)?.direct) {
      setActing(action);
      return;
    }
    setDirect(action.key);
    try {
      const sent = await sendStep(a, action.key, {});
      if ('problem' in sent) return;
      void message.success(t('appealWork.step.done', { action: bilingual(action.label) }));
      setFresh(sent.ticket);
    } catch (error) {
      if (isSessionEnded(error)) return;
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        void message.warning(staleNotice(error, t('appealWork.step.reloaded')));
        reload();
        return;
      }
      void message.error(isApiError(error) ? error.userMessage : String(error));
    } finally {
      setDirect(null);
    }
  };

  return (
    <div data-testid="ticket-page">
      <Flex justify="space-between" align="center" gap="small" wrap style={{ marginBottom: 12 }}>
        <Flex gap="middle" wrap>
          <Link to="/work/appeals" className="ys-back-link" style={{ marginBottom: 0 }}>
            <ArrowLeftOutlined /> {t('appealWork.ticket.back')}
          </Link>
          {holdsAny(roles, SEAT_ROLES) && (
            <Link to="/work/hotline" className="ys-back-link" style={{ marginBottom: 0 }}>
              {t('appealWork.ticket.toConsole')}
            </Link>
          )}
        </Flex>
        <Button icon={<ReloadOutlined />} onClick={reload} loading={remote.loading} aria-label={t('common.refresh')} />
      </Flex>
      <Card className="ys-work-case-head" data-testid="ticket-head">
        <div className="ys-work-case-title">
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }} className="ys-break" data-testid="ticket-title">
            {a.title}
          </Typography.Title>
          <span className="ys-tags">
            <StateTag state={a.state} label={a.stateLabel} />
            <KindTag kind={a.kind} />
            <UrgencyTag urgency={a.urgency} />
            <ChannelTag channel={a.channel} />
            {a.confidential && (
              <Tag icon={<LockOutlined />} color="purple" style={{ marginInlineEnd: 0 }}>
                {t('appealWork.ticket.confidential')}
              </Tag>
            )}
          </span>
        </div>
        <TicketFacts ticket={a} />
        <div className="ys-work-actions" data-testid="ticket-actions">
          {actions.length === 0 ? (
            <span className="ys-muted" data-testid="ticket-no-actions">
              {t(a.closedAt ? 'appealWork.ticket.ended' : 'appealWork.ticket.noActions')}
            </span>
          ) : (
            actions.map((action, i) => (
              <Button
                key={action.key}
                type={i === 0 && isForward(action.key) ? 'primary' : 'default'}
                danger={stepFormOf(action.key, a.channel)?.danger}
                loading={direct === action.key}
                onClick={() => void take(action)}
                data-testid={`action-${action.key}`}
              >
                {bilingual(action.label)}
              </Button>
            ))
          )}
        </div>
        <RepeatsAlert ticket={a} />
      </Card>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Card title={t('appealWork.ticket.content')}>
            <TicketContent ticket={a} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('appealWork.ticket.timeline')}>
            <TicketTimeline ticket={a} />
          </Card>
        </Col>
      </Row>
      {/* The dialog waits for the units and categories, so its pickers never show a bare id. */}
      {open && departments.data && categories.data && (
        <StepDialog
          ticket={a}
          action={open}
          categories={categories.data.categories}
          departments={departments.data.departments}
          onClose={close}
          onDone={(ticket) => {
            close();
            setFresh(ticket);
          }}
          onStale={() => {
            close();
            reload();
          }}
        />
      )}
    </div>
  );
}
