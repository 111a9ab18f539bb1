import {
  ArrowLeftOutlined,
  CloudDownloadOutlined,
  EditOutlined,
  FileProtectOutlined,
  ReloadOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { Button, Card, Flex, Result, Skeleton, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/client.ts';
import { listRegions } from '../../../api/org.ts';
import { getProfile, listLicenceTypes } from '../../../api/registry.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { ACCOUNT_MANAGERS, ENTITY_EDITORS, holdsAny, SHARE_CONSUMERS } from '../access.ts';
import { IssueLicenceForm } from '../licences/IssueLicenceForm.tsx';
import { mayIssue } from '../licences/licenceBody.ts';
import { licencePath, licencesPath } from '../licences/paths.ts';
import '../registry.css';
import { ShareRequestDialog } from '../sharing/ShareRequestDialog.tsx';
import { useNarrow } from '../useNarrow.ts';
import { AccountsPanel } from './AccountsPanel.tsx';
import { EntityForm } from './EntityForm.tsx';
import { EntityHead } from './EntityHead.tsx';
import { ProfileSectionCard } from './ProfileSectionCard.tsx';

/** 一企一档: an entity's key facts and tags, then every section other rooms contribute to its file. */
export function EntityPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const narrow = useNarrow();
  const { uscc = '' } = useParams();
  const { roles, user } = useSession();
  const [editing, setEditing] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [sharing, setSharing] = useState(false);

  const profile = useRemote(useCallback((signal: AbortSignal) => getProfile(uscc, signal), [uscc]));
  const regions = useRemote(useCallback((signal: AbortSignal) => listRegions(signal), []));
  const types = useRemote(useCallback((signal: AbortSignal) => listLicenceTypes(signal), []));
  const regionList = useMemo(() => regions.data?.regions ?? [], [regions.data]);
  const grants = useMemo(() => user?.roles ?? [], [user]);
  const issuable = useMemo(
    () => (types.data?.types ?? []).filter((type) => type.holderKind === 'entity' && mayIssue(type, grants)),
    [types.data, grants],
  );

  // While another entity's file loads, the previous one is not shown under this address.
  const entity = profile.data?.entity.uscc === uscc.trim().toUpperCase() ? profile.data.entity : undefined;
  const back = (
    <Link to="/registry/entities" className="ys-back-link">
      <ArrowLeftOutlined /> {t('registry.entities.back')}
    </Link>
  );

  if (profile.error && !profile.loading) {
    if (isApiError(profile.error) && profile.error.status === 404) {
      return (
        <div data-testid="entity-not-found">
          {back}
          <Result
            status="404"
            title={t('registry.entity.notFound')}
            subTitle={<span className="ys-break">{t('registry.entity.notFoundHint', { uscc })}</span>}
          />
        </div>
      );
    }
    return (
      <div>
        {back}
        <LoadError error={profile.error} onRetry={profile.reload} />
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

  const editor = holdsAny(roles, ENTITY_EDITORS);
  const consumer = holdsAny(roles, SHARE_CONSUMERS);
  const canIssue = issuable.length > 0 && entity.status === 'active';

  return (
    <div data-testid="entity-page">
      {back}
      <EntityHead
        entity={entity}
        regions={regionList}
        actions={
          <>
            <Button icon={<ReloadOutlined />} onClick={profile.reload} aria-label={t('common.refresh')} />
            {editor && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="entity-edit">
                {t('common.edit')}
              </Button>
            )}
            {canIssue && (
              <Button
                type="primary"
                icon={<SafetyCertificateOutlined />}
                onClick={() => setIssuing(true)}
                data-testid="licence-issue"
              >
                {t('registry.licences.issue')}
              </Button>
            )}
            {consumer && (
              <Button
                icon={<CloudDownloadOutlined />}
                onClick={() => setSharing(true)}
                data-testid="share-request"
              >
                {t('registry.share.request')}
              </Button>
            )}
            <Button
              icon={<FileProtectOutlined />}
              onClick={() => void navigate(licencesPath({ holderUscc: entity.uscc }))}
            >
              {t('registry.entity.licences')}
            </Button>
          </>
        }
      />
      <Typography.Title level={2} style={{ fontSize: 17, margin: '24px 0 12px' }}>
        {t('registry.profile.title')}
      </Typography.Title>
      {profile.data.sections.length === 0 ? (
        <Card>
          <Typography.Text type="secondary">{t('registry.profile.noSections')}</Typography.Text>
        </Card>
      ) : (
        <Flex vertical gap="middle" data-testid="profile-sections">
          {profile.data.sections.map((section) => (
            <ProfileSectionCard key={section.key} section={section} narrow={narrow} />
          ))}
        </Flex>
      )}

      {holdsAny(roles, ACCOUNT_MANAGERS) && <AccountsPanel uscc={entity.uscc} />}

      {editing && (
        <EntityForm
          target={{ mode: 'edit', entity }}
          regions={regionList}
          onClose={() => setEditing(false)}
          onSaved={profile.reload}
          onStale={profile.reload}
        />
      )}
      {issuing && (
        <IssueLicenceForm
          types={issuable}
          holder={entity}
          onClose={() => setIssuing(false)}
          onIssued={(licence) => void navigate(licencePath(licence.id))}
        />
      )}
      {sharing && (
        <ShareRequestDialog
          subject={{ kind: 'entity', uscc: entity.uscc, name: entity.name }}
          types={types.data?.types ?? []}
          onClose={() => setSharing(false)}
          onDone={profile.reload}
        />
      )}
    </div>
  );
}
