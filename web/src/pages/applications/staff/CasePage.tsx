import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formFields } from '../../../../../common/catalog/form-fields.ts';
import { getApplication, type ApplicationDetail, type AvailableAction } from '../../../api/applications.ts';
import { getBundleGuide, getItemGuide } from '../../../api/catalog-public.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { holdsAny, POST_CLERKS, QUEUE_ROLES } from './access.ts';
import { ActionDialog } from './ActionDialog.tsx';
import { needsOf, orderActions } from './actions.ts';
import type { FieldLabel } from './answers.ts';
import { FormAnswers, HistoryTimeline, MaterialsList, MembersList } from './CaseSections.tsx';
import { bilingual, isFinished } from './labels.ts';
import { ResultPanel } from './ResultPanel.tsx';
import { ChannelTag, DeadlineTag, StateTag } from './WorkTags.tsx';
import './work.css';
import { listMark } from '../../../i18n/punctuation.ts';

interface Guide {
  fields: FieldLabel[];
  resultLicenceTypeCode: string | null;
}

/** The item's (or bundle's) form labels and result licence, from the catalogue; null when not found. */
async function guideOf(a: Pick<ApplicationDetail, 'kind' | 'itemCode' | 'bundleCode'>, signal: AbortSignal): Promise<Guide | null> {
  try {
    if (a.kind === 'bundle' && a.bundleCode) {
      const bundle = await getBundleGuide(a.bundleCode, signal);
      return { fields: bundle.fields.map((f) => ({ key: f.key, label: f.label })), resultLicenceTypeCode: null };
    }
    if (!a.itemCode) return null;
    const item = await getItemGuide(a.itemCode, signal);
    return { fields: formFields(item.form.schema, item.form.uiSchema), resultLicenceTypeCode: item.resultLicenceTypeCode };
  } catch (error) {
    if (signal.aborted) throw error;
    return null;
  }
}

/** 办件: one application as staff see it, with exactly the actions the server allows this user now. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { roles } = useSession();
  const label = useDepartmentLabel();
  const remote = useRemote(useCallback((signal: AbortSignal) => getApplication(id, signal), [id]));
  const [fresh, setFresh] = useState<ApplicationDetail | null>(null);
  const [acting, setActing] = useState<AvailableAction | null>(null);
  const a = fresh && fresh.id === id ? fresh : remote.data;
  const guideKey = a ? `${a.kind}:${a.itemCode ?? ''}:${a.bundleCode ?? ''}` : '';
  const guide = useRemote(
    useCallback(
      (signal: AbortSignal) => {
        const [kind = '', itemCode = '', bundleCode = ''] = guideKey.split(':');
        return guideKey ? guideOf({ kind: kind as ApplicationDetail['kind'], itemCode: itemCode || null, bundleCode: bundleCode || null }, signal) : Promise.resolve(null);
      },
      [guideKey],
    ),
  );

  const reload = () => {
    setFresh(null);
    remote.reload();
  };

  if (remote.error && !remote.loading && !a) return <LoadError error={remote.error} onRetry={reload} />;
  if (!a) return <Skeleton active paragraph={{ rows: 8 }} />;

  const finished = isFinished(a.state);
  const { forward, other } = orderActions(a.actions);
  const names = new Map(a.materials.map((m) => [m.key, m.name]));
  const tabs = [
    { key: 'form', label: t('work.case.tabs.form'), children: <FormAnswers formData={a.formData} fields={guide.loading ? [] : (guide.data?.fields ?? null)} /> },
    { key: 'materials', label: t('work.case.tabs.materials', { count: a.materials.length }), children: <MaterialsList application={a} /> },
    { key: 'history', label: t('work.case.tabs.history'), children: <HistoryTimeline application={a} /> },
    { key: 'result', label: t('work.case.tabs.result'), children: <ResultPanel application={a} canPost={holdsAny(roles, POST_CLERKS)} onChanged={setFresh} onStale={reload} /> },
    ...(a.members.length ? [{ key: 'members', label: t('work.case.tabs.members', { count: a.members.length }), children: <MembersList members={a.members} /> }] : []),
  ];

  return (
    <div data-testid="case-page">
      <Flex justify="space-between" align="center" gap="small" wrap style={{ marginBottom: 12 }}>
        {holdsAny(roles, QUEUE_ROLES) ? (
          <Link to="/work/queue" className="ys-back-link" style={{ marginBottom: 0 }}>
            <ArrowLeftOutlined /> {t('work.case.back')}
          </Link>
        ) : (
          <Link to="/work/applications" className="ys-back-link" style={{ marginBottom: 0 }}>
            <ArrowLeftOutlined /> {t('work.case.backList')}
          </Link>
        )}
        <Button icon={<ReloadOutlined />} onClick={reload} loading={remote.loading} aria-label={t('common.refresh')} />
      </Flex>
      <Card className="ys-work-case-head" data-testid="case-head">
        <div className="ys-work-case-title">
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }} className="ys-break" data-testid="case-title">
            {a.title}
          </Typography.Title>
          <span className="ys-tags">
            <StateTag state={a.state} />
            <ChannelTag channel={a.channel} />
            {a.commitment && <Tag color="purple">{t('work.fields.commitment')}</Tag>}
          </span>
        </div>
        <dl className="ys-work-facts ys-work-facts-wide">
          <dt>{t('work.fields.number')}</dt>
          <dd className="ys-code" data-testid="case-number">
            {a.number ?? '—'}
          </dd>
          <dt>{t('work.fields.applicant')}</dt>
          <dd data-testid="case-applicant">
            {a.applicantName}
            {a.applicantUscc && <span className="ys-code ys-muted"> {a.applicantUscc}</span>}
          </dd>
          <dt>{t('work.fields.deadline')}</dt>
          <dd>
            <DeadlineTag deadline={a.deadline} dueAt={a.dueAt} paused={a.paused} finished={finished} />
            {a.stateDueAt && !finished && !a.paused && <div className="ys-muted">{t('work.case.stateDue', { at: formatDateTime(a.stateDueAt) })}</div>}
          </dd>
          <dt>{t('work.fields.holders')}</dt>
          <dd data-testid="case-holders">{a.holders.length ? a.holders.map((name) => label(name)).join(listMark()) : '—'}</dd>
          <dt>{t('work.fields.department')}</dt>
          <dd>{a.departmentName ? label(a.departmentName, a.departmentId) : '—'}</dd>
          {a.intakeDepartmentName && (
            <>
              <dt>{t('work.fields.intakeDepartment')}</dt>
              <dd>
                {label(a.intakeDepartmentName)}
                {a.assistedByName && <span className="ys-muted"> · {a.assistedByName}</span>}
              </dd>
            </>
          )}
          <dt>{t('work.fields.submittedAt')}</dt>
          <dd>{formatDateTime(a.submittedAt)}</dd>
          {a.contactPhone && (
            <>
              <dt>{t('work.fields.contactPhone')}</dt>
              <dd>{a.contactPhone}</dd>
            </>
          )}
        </dl>
        {a.correction && (
          <Alert
            type="warning"
            showIcon
            data-testid="case-correction"
            message={t('work.case.correction', { at: formatDateTime(a.correction.requestedAt) })}
            description={
              <>
                <ol className="ys-work-missing">
                  {a.correction.missing.map((m) => (
                    <li key={m}>{names.get(m) ?? m}</li>
                  ))}
                </ol>
                {a.correction.comment && <div className="ys-break">{a.correction.comment}</div>}
              </>
            }
          />
        )}
        <div className="ys-work-actions" data-testid="case-actions">
          {a.actions.length === 0 ? (
            <span className="ys-muted" data-testid="case-no-actions">
              {t(finished ? 'work.case.finished' : 'work.case.noActions')}
            </span>
          ) : (
            [...forward, ...other].map((action, i) => (
              <Button
                key={action.key}
                type={i === 0 && forward.length ? 'primary' : 'default'}
                danger={needsOf(action).danger}
                onClick={() => setActing(action)}
                data-testid={`action-${action.key}`}
              >
                {bilingual(action.label)}
              </Button>
            ))
          )}
        </div>
      </Card>
      <Card style={{ marginTop: 16 }}>
        <Tabs items={tabs} data-testid="case-tabs" />
      </Card>
      {acting && (
        <ActionDialog
          application={a}
          action={acting}
          licenceTypeCode={guide.data?.resultLicenceTypeCode ?? null}
          onClose={() => setActing(null)}
          onDone={(detail) => {
            setActing(null);
            setFresh(detail);
          }}
          onStale={() => {
            setActing(null);
            reload();
          }}
        />
      )}
    </div>
  );
}
