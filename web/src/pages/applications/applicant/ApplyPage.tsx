// /apply/:code and /apply/bundles/:code: loads the published guide (and a draft to resume from
// `?draft=<id>`), then hands over to the wizard. A submitted "draft" opens its tracking page instead.
import { Button, Card, Result, Skeleton } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { getApplication, type ApplicationDetail } from '../../../api/applications.ts';
import { isApiError } from '../../../api/client.ts';
import { getBundleGuide, getItemGuide } from '../../../api/catalog-public.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { bundleGuidePath, itemGuidePath } from '../../catalog/public/paths.ts';
import { ApplyWizard } from './ApplyWizard.tsx';
import { applicationPath } from './paths.ts';
import { bundleSubject, itemSubject, type ApplySubject } from './subject.ts';
import './applicant.css';

export function ApplyItemPage() {
  const { code = '' } = useParams();
  const guide = useRemote(
    useCallback((signal: AbortSignal) => getItemGuide(code, signal).then(itemSubject), [code]),
  );
  return <ApplyLoader code={code} guide={guide} guidePath={itemGuidePath(code)} />;
}

export function ApplyBundlePage() {
  const { code = '' } = useParams();
  const guide = useRemote(
    useCallback((signal: AbortSignal) => getBundleGuide(code, signal).then(bundleSubject), [code]),
  );
  return <ApplyLoader code={code} guide={guide} guidePath={bundleGuidePath(code)} />;
}

function ApplyLoader({
  code,
  guide,
  guidePath,
}: {
  code: string;
  guide: ReturnType<typeof useRemote<ApplySubject>>;
  guidePath: string;
}) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  // The draft named when the page opened: the wizard then keeps its own state (and puts a new draft's id in the URL).
  const [draftId] = useState(() => params.get('draft'));
  const draft = useRemote(
    useCallback(
      (signal: AbortSignal): Promise<ApplicationDetail | null> =>
        draftId ? getApplication(draftId, signal) : Promise.resolve(null),
      [draftId],
    ),
  );
  const subject = guide.data?.code === code ? guide.data : undefined;

  if (guide.error && !guide.loading) {
    if (isApiError(guide.error) && guide.error.status === 404) {
      return (
        <Result
          status="404"
          title={t('catalogPublic.guide.notFound')}
          extra={<Link to="/services">{t('catalogPublic.guide.back')}</Link>}
        />
      );
    }
    return <LoadError error={guide.error} onRetry={guide.reload} />;
  }
  if (!subject || draft.loading) {
    return (
      <Card data-testid="apply-loading" aria-label={t('apply.wizard.loading')}>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  const resumed = draft.data ?? null;
  if (resumed && resumed.state !== 'draft') return <Navigate to={applicationPath(resumed.id)} replace />;
  const matches = resumed && (resumed.itemCode === code || resumed.bundleCode === code);

  if (!subject.online) {
    return (
      <div data-testid="apply-not-online">
        <Result
          status="info"
          title={t('apply.wizard.notOnline')}
          subTitle={
            <>
              <div>{t('apply.wizard.notOnlineHint')}</div>
              {subject.hallAddress && <div>{t('apply.wizard.hall', { address: subject.hallAddress })}</div>}
            </>
          }
          extra={
            <Link to={guidePath}>
              <Button type="primary">{t('apply.wizard.backToGuide')}</Button>
            </Link>
          }
        />
      </div>
    );
  }
  return (
    <ApplyWizard
      key={matches ? resumed.id : 'new'}
      subject={subject}
      guidePath={guidePath}
      resumed={matches ? resumed : null}
      draftMissing={Boolean(draftId) && (Boolean(draft.error) || !matches)}
    />
  );
}
