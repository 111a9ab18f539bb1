import {
  ArrowLeftOutlined,
  PrinterOutlined,
  ReloadOutlined,
  SafetyOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/client.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { getLicence, listLicenceTypes, type Licence } from '../../../api/registry.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { entityPath } from '../entities/EntitiesPage.tsx';
import '../registry.css';
import { LicenceStatusTag } from '../RegistryTags.tsx';
import { licenceFieldRows } from './certificate.ts';
import { mayIssue } from './licenceBody.ts';
import { licencePrintPath, licencesPath, verifyPath } from './paths.ts';
import { RevokeDialog } from './RevokeDialog.tsx';

/** One licence: its data, its verification code, the printable view, and revoking it. */
export function LicencePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { user } = useSession();
  const label = useDepartmentLabel();
  const [revoking, setRevoking] = useState(false);
  const [revoked, setRevoked] = useState<Licence | null>(null);
  const licence = useRemote(useCallback((signal: AbortSignal) => getLicence(id, signal), [id]));
  const types = useRemote(useCallback((signal: AbortSignal) => listLicenceTypes(signal), []));
  const current = revoked?.id === id ? revoked : licence.data?.id === id ? licence.data : undefined;
  const type = useMemo(
    () => types.data?.types.find((candidate) => candidate.id === current?.typeId),
    [types.data, current],
  );

  const back = (
    <Link to={licencesPath()} className="ys-back-link">
      <ArrowLeftOutlined /> {t('registry.licences.back')}
    </Link>
  );

  if (licence.error && !licence.loading) {
    const missing =
      isApiError(licence.error) && (licence.error.status === 404 || licence.error.status === 400);
    return (
      <div>
        {back}
        {missing ? (
          <Result status="404" title={t('registry.licence.notFound')} />
        ) : (
          <LoadError error={licence.error} onRetry={licence.reload} />
        )}
      </div>
    );
  }
  if (!current) {
    return (
      <div>
        {back}
        <Card>
          <Skeleton active />
        </Card>
      </div>
    );
  }

  const canRevoke = Boolean(type && user && mayIssue(type, user.roles)) && current.status !== 'revoked';
  const holderIsEntity = type ? type.holderKind === 'entity' : !current.holderCode.includes('*');

  return (
    <div data-testid="licence-page">
      {back}
      <Card>
        <Flex justify="space-between" align="flex-start" gap="middle" wrap>
          <div style={{ minWidth: 0, flex: '1 1 300px' }}>
            <Flex gap="small" align="center" wrap>
              <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
                {current.typeName}
              </Typography.Title>
              <LicenceStatusTag status={current.status} />
            </Flex>
            <div className="ys-code ys-entity-uscc" data-testid="licence-number">
              {t('registry.licence.fields.number')}：{current.number}
            </div>
          </div>
          <Flex gap="small" wrap>
            <Button icon={<ReloadOutlined />} onClick={licence.reload} aria-label={t('common.refresh')} />
            <Button
              icon={<PrinterOutlined />}
              href={licencePrintPath(current.id)}
              onClick={(event) => {
                event.preventDefault();
                void navigate(licencePrintPath(current.id));
              }}
              data-testid="licence-print-link"
            >
              {t('registry.licences.print')}
            </Button>
            <Button
              icon={<SafetyOutlined />}
              href={verifyPath(current.verificationCode)}
              target="_blank"
              rel="noreferrer"
              data-testid="licence-verify-link"
            >
              {t('registry.licences.verify')}
            </Button>
            {canRevoke && (
              <Button
                danger
                icon={<StopOutlined />}
                onClick={() => setRevoking(true)}
                data-testid="licence-revoke"
              >
                {t('registry.licences.revoke')}
              </Button>
            )}
          </Flex>
        </Flex>
        {current.status === 'revoked' && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 16 }}
            message={t('registry.licences.revokedBanner')}
            description={
              current.revokedReason
                ? t('registry.licences.revokedReason', { reason: current.revokedReason })
                : undefined
            }
            data-testid="licence-revoked"
          />
        )}
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          style={{ marginTop: 16 }}
          items={[
            {
              key: 'holder',
              label: t('registry.licence.fields.holder'),
              children: holderIsEntity ? (
                <Link to={entityPath(current.holderCode)}>{current.holderName}</Link>
              ) : (
                current.holderName
              ),
            },
            {
              key: 'holderCode',
              label: holderIsEntity
                ? t('registry.entity.fields.uscc')
                : t('registry.licence.fields.holderIdNumber'),
              children: <span className="ys-code">{current.holderCode}</span>,
            },
            {
              key: 'department',
              label: t('registry.licence.fields.issuingDepartment'),
              children: current.issuingDepartmentName ? label(current.issuingDepartmentName) : '—',
            },
            { key: 'issuedOn', label: t('registry.licence.fields.issuedOn'), children: current.issuedOn },
            { key: 'validFrom', label: t('registry.licence.fields.validFrom'), children: current.validFrom },
            {
              key: 'validTo',
              label: t('registry.licence.fields.validTo'),
              children: current.validTo ?? t('registry.licence.noEnd'),
            },
            {
              key: 'code',
              label: t('registry.licence.fields.verificationCode'),
              children: (
                <Typography.Text
                  copyable={{ text: current.verificationCode }}
                  className="ys-code"
                  data-testid="licence-code"
                >
                  {current.verificationCode}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('registry.licence.contents')} size="small" style={{ marginTop: 16 }}>
        <Descriptions
          size="small"
          bordered
          column={1}
          styles={{ label: { width: '34%', minWidth: 96 } }}
          items={licenceFieldRows(current, type).map((row) => ({
            key: row.key,
            label: row.label,
            children: <span className="ys-break">{row.value}</span>,
          }))}
        />
      </Card>
      {revoking && (
        <RevokeDialog licence={current} onClose={() => setRevoking(false)} onRevoked={setRevoked} />
      )}
    </div>
  );
}
