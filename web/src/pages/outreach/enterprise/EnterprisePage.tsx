// /office/outreach/enterprises/:uscc — one enterprise as 企业服务 knows it: its steward (帮扶管家), the contacts and
// visits as a timeline with the problems each raised, its problems and their states, and its key projects with
// their blockers. The office records a contact or assigns a steward from here.
import { LeftOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Skeleton, Tag, Timeline } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { getEnterprise, type EnterpriseOutreachView, type StewardView } from '../../../api/outreach.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { holdsAny, OUTREACH_WRITERS } from '../access.ts';
import { ContactDialog } from '../contacts/ContactDialog.tsx';
import { ContactProblems } from '../contacts/ContactProblems.tsx';
import { problemsPath, projectPath, reasonLabel } from '../labels.ts';
import { AssignStewardDialog } from '../overview/StewardDialogs.tsx';
import { ContactKindTag, StageTag } from '../Tags.tsx';
import '../../applications/staff/work.css';
import '../outreach.css';

export function EnterprisePage() {
  const { t } = useTranslation();
  const { uscc = '' } = useParams();
  const { roles } = useSession();
  const writer = holdsAny(roles, OUTREACH_WRITERS);
  const [dialog, setDialog] = useState<'contact' | 'steward' | null>(null);
  const view = useRemote(useCallback((signal: AbortSignal) => getEnterprise(uscc, signal), [uscc]));
  const data = view.data;
  const current = data?.steward ?? null;
  const back = (
    <Link to="/office/outreach" className="ys-back-link">
      <LeftOutlined /> {t('outreach.menu.overview')}
    </Link>
  );

  if (view.error && !view.loading) {
    return (
      <div data-testid="outreach-enterprise-page">
        {back}
        <LoadError error={view.error} onRetry={view.reload} />
      </div>
    );
  }
  if (!data) {
    return (
      <div data-testid="outreach-enterprise-page">
        {back}
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </div>
    );
  }
  const enterprise = { uscc: data.uscc, name: data.name };
  return (
    <div data-testid="outreach-enterprise-page">
      {back}
      <PageHeader
        title={<span data-testid="enterprise-name">{data.name}</span>}
        description={
          <span className="ys-tags">
            <span className="ys-code">{data.uscc}</span>
            <Link to={`/registry/entities/${encodeURIComponent(data.uscc)}`}>{t('outreach.enterprise.file')}</Link>
          </span>
        }
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={view.reload} aria-label={t('common.refresh')} />
            {writer && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('contact')} data-testid="enterprise-record-contact">
                {t('outreach.contacts.record')}
              </Button>
            )}
          </>
        }
      />
      <div className="ys-outreach-enterprise">
        <div className="ys-outreach-enterprise-side">
          <Card size="small" title={t('outreach.stewards.title')} data-testid="enterprise-steward" extra={writer && !current && <Button size="small" onClick={() => setDialog('steward')}>{t('outreach.stewards.assign')}</Button>}>
            {current ? <StewardFacts steward={current} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('outreach.enterprise.noSteward')} />}
            {data.stewards
              .filter((s) => s.endedOn && s.id !== current?.id)
              .map((s) => (
                <div key={s.id} className="ys-muted ys-outreach-past">
                  {t('outreach.enterprise.pastSteward', { name: s.stewardName, from: s.assignedOn, to: s.endedOn })}
                </div>
              ))}
          </Card>
          <ProjectsCard data={data} />
        </div>
        <div className="ys-outreach-enterprise-main">
          <Card
            size="small"
            title={t('outreach.enterprise.contacts', { count: data.contactsTotal })}
            data-testid="enterprise-contacts"
            extra={data.contactsTotal > data.contacts.length && <Link to={`/office/outreach/contacts?uscc=${encodeURIComponent(data.uscc)}`}>{t('outreach.enterprise.allContacts')}</Link>}
          >
            {data.contacts.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('outreach.enterprise.noContacts')} />
            ) : (
              <Timeline
                items={data.contacts.map((c) => ({
                  color: c.kind === 'visit' ? 'blue' : 'gray',
                  children: (
                    <div className="ys-outreach-timeline-item" data-testid="enterprise-contact">
                      <div className="ys-tags">
                        <strong>{c.heldOn}</strong>
                        <ContactKindTag kind={c.kind} />
                        <span className="ys-muted ys-break">{c.staff}</span>
                      </div>
                      {c.summary && <div className="ys-break ys-outreach-detail">{c.summary}</div>}
                      {c.problems.length > 0 && <ContactProblems problems={c.problems} />}
                    </div>
                  ),
                }))}
              />
            )}
          </Card>
          <Card
            size="small"
            title={t('outreach.enterprise.problems', { count: data.problems.length })}
            className="ys-outreach-section"
            data-testid="enterprise-problems"
            extra={data.problems.length > 0 && <Link to={problemsPath({ uscc: data.uscc })}>{t('outreach.enterprise.allProblems')}</Link>}
          >
            {data.problems.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('outreach.enterprise.noProblems')} /> : <ContactProblems problems={data.problems} />}
          </Card>
        </div>
      </div>
      {dialog === 'contact' && (
        <ContactDialog
          enterprise={enterprise}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            view.reload();
          }}
        />
      )}
      {dialog === 'steward' && (
        <AssignStewardDialog
          enterprise={enterprise}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            view.reload();
          }}
        />
      )}
    </div>
  );
}

function StewardFacts({ steward: s }: { steward: StewardView }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  return (
    <dl className="ys-work-facts" data-testid="steward-facts">
      <dt>{t('outreach.stewards.steward')}</dt>
      <dd>
        {s.stewardName} {s.stewardPhone && <span className="ys-code ys-muted">{s.stewardPhone}</span>}
      </dd>
      <dt>{t('outreach.fields.department')}</dt>
      <dd>{label(s.departmentName, s.departmentId)}</dd>
      <dt>{t('outreach.stewards.reason')}</dt>
      <dd>
        <Tag>{reasonLabel(s.reason)}</Tag>
      </dd>
      <dt>{t('outreach.stewards.served')}</dt>
      <dd>{t('outreach.stewards.servingSince', { from: s.assignedOn })}</dd>
      {s.note && (
        <>
          <dt>{t('outreach.fields.note')}</dt>
          <dd>{s.note}</dd>
        </>
      )}
    </dl>
  );
}

function ProjectsCard({ data }: { data: EnterpriseOutreachView }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('outreach.enterprise.projects', { count: data.projects.length })} className="ys-outreach-section" data-testid="enterprise-projects">
      {data.projects.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('outreach.enterprise.noProjects')} />
      ) : (
        <ul className="ys-outreach-plain-list">
          {data.projects.map((p) => (
            <li key={p.id}>
              <Link to={projectPath(p.id)} className="ys-break">
                {p.name}
              </Link>
              <div className="ys-tags">
                <StageTag stage={p.stage} />
                <span className="ys-muted">{t('outreach.projects.blockerCounts', { open: p.blockers - p.solved, total: p.blockers })}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
