import { ArrowLeftOutlined, EyeOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Skeleton, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/client.ts';
import { listRegions } from '../../../api/org.ts';
import { getMyProfile } from '../../../api/registry.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { EntityHead } from '../entities/EntityHead.tsx';
import { ProfileSectionCard } from '../entities/ProfileSectionCard.tsx';
import '../registry.css';
import { useNarrow } from '../useNarrow.ts';

/** An enterprise's own file, as its legal representative or agent sees it: its facts, licences and who read its data. */
export function MyEntityPage() {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const navigate = useNavigate();
  const { uscc = '' } = useParams();
  const profile = useRemote(useCallback((signal: AbortSignal) => getMyProfile(uscc, signal), [uscc]));
  const regions = useRemote(useCallback((signal: AbortSignal) => listRegions(signal), []));
  const regionList = useMemo(() => regions.data?.regions ?? [], [regions.data]);
  const entity = profile.data?.entity.uscc === uscc.trim().toUpperCase() ? profile.data.entity : undefined;
  const back = (
    <Link to="/me/entities" className="ys-back-link">
      <ArrowLeftOutlined /> {t('registry.mine.back')}
    </Link>
  );

  if (profile.error && !profile.loading) {
    return (
      <div data-testid="my-entity-not-found">
        {back}
        {isApiError(profile.error) && profile.error.status === 404 ? (
          <Result status="404" title={t('registry.entity.notFound')} subTitle={t('registry.mine.notYours')} />
        ) : (
          <LoadError error={profile.error} onRetry={profile.reload} />
        )}
      </div>
    );
  }
  if (!entity || !profile.data) {
    return (
      <div>
        {back}
        <Card>
          <Skeleton active />
        </Card>
      </div>
    );
  }

  return (
    <div data-testid="my-entity-page">
      {back}
      <EntityHead
        entity={entity}
        regions={regionList}
        actions={
          <>
            <Button icon={<ReloadOutlined />} onClick={profile.reload} aria-label={t('common.refresh')} />
            <Button icon={<EyeOutlined />} onClick={() => void navigate('/me/data-access')}>
              {t('registry.menu.dataAccess')}
            </Button>
          </>
        }
      />
      <Typography.Title level={2} style={{ fontSize: 17, margin: '24px 0 12px' }}>
        {t('registry.profile.title')}
      </Typography.Title>
      <Flex vertical gap="middle" data-testid="profile-sections">
        {profile.data.sections.map((section) => (
          <ProfileSectionCard key={section.key} section={section} narrow={narrow} />
        ))}
      </Flex>
    </div>
  );
}
