import { ArrowLeftOutlined, PrinterOutlined, SafetyOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Result, Skeleton } from 'antd';
import QRCode from 'qrcode';
import { useCallback, useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/client.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { getLicence, listLicenceTypes, type Licence } from '../../../api/registry.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import '../registry.css';
import { verifyUrl } from '../verify/result.ts';
import { certificateDate, licenceFieldRows } from './certificate.ts';
import { licencePath, verifyPath } from './paths.ts';

/**
 * The printable licence: its fields laid out like the paper certificate, with a QR code that opens
 * the public verification page. Printing hides the app around it (registry.css, @media print).
 */
export function LicencePrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const licence = useRemote(useCallback((signal: AbortSignal) => getLicence(id, signal), [id]));
  const types = useRemote(useCallback((signal: AbortSignal) => listLicenceTypes(signal), []));
  const current = licence.data?.id === id ? licence.data : undefined;

  const back = (
    <Link to={licencePath(id)} className="ys-back-link ys-no-print">
      <ArrowLeftOutlined /> {t('registry.licences.backToLicence')}
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

  const type = types.data?.types.find((candidate) => candidate.id === current.typeId);
  return (
    <div className="ys-print-root" data-testid="licence-print">
      <Flex
        justify="space-between"
        align="center"
        gap="small"
        wrap
        className="ys-no-print"
        style={{ marginBottom: 16 }}
      >
        {back}
        <Flex gap="small" wrap>
          <Button
            icon={<SafetyOutlined />}
            href={verifyPath(current.verificationCode)}
            target="_blank"
            rel="noreferrer"
          >
            {t('registry.licences.verify')}
          </Button>
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
            data-testid="print-button"
          >
            {t('registry.licences.printNow')}
          </Button>
        </Flex>
      </Flex>
      {current.status !== 'valid' && (
        <Alert
          className="ys-no-print"
          type={current.status === 'revoked' ? 'error' : 'warning'}
          showIcon
          message={t(`registry.licences.printNotValid.${current.status}`)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Certificate licence={current} fields={licenceFieldRows(current, type)} />
    </div>
  );
}

function Certificate({
  licence,
  fields,
}: {
  licence: Licence;
  fields: { key: string; label: string; value: string }[];
}) {
  const { t, i18n } = useTranslation();
  const departmentLabel = useDepartmentLabel();
  const english = i18n.language === 'en';
  const url = useMemo(
    () => verifyUrl(window.location.origin, licence.verificationCode),
    [licence.verificationCode],
  );
  const qr = useRemote(
    useCallback(() => QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 1, width: 320 }), [url]),
  );

  return (
    <article
      className={`ys-certificate is-${licence.status}`}
      data-testid="certificate"
      aria-label={licence.typeName}
    >
      {licence.status !== 'valid' && (
        <div className="ys-certificate-stamp" aria-hidden>
          {t(`registry.licence.status.${licence.status}`)}
        </div>
      )}
      <header className="ys-certificate-head">
        <div className="ys-certificate-number">
          {t('registry.licence.fields.number')}：<span className="ys-code">{licence.number}</span>
        </div>
        <h1 className="ys-certificate-title">{licence.typeName}</h1>
        <div className="ys-certificate-sub">{t('registry.print.electronic')}</div>
      </header>
      <dl className="ys-certificate-fields">
        <div className="ys-certificate-field">
          <dt>{t('registry.print.holder')}</dt>
          <dd>{licence.holderName}</dd>
        </div>
        {fields.map((field) => (
          <div key={field.key} className="ys-certificate-field">
            <dt>{field.label}</dt>
            <dd>{field.value}</dd>
          </div>
        ))}
        <div className="ys-certificate-field">
          <dt>{t('registry.print.validity')}</dt>
          <dd data-testid="certificate-validity">
            {/* A date never breaks across lines ("2031年11 / 月27日"); the words between may. */}
            {licence.validTo ? (
              <Trans
                i18nKey="registry.print.validRange"
                values={{ from: certificateDate(licence.validFrom, english), to: certificateDate(licence.validTo, english) }}
                components={{ date: <span className="ys-nowrap" /> }}
              />
            ) : (
              <Trans
                i18nKey="registry.print.validFromOn"
                values={{ from: certificateDate(licence.validFrom, english) }}
                components={{ date: <span className="ys-nowrap" /> }}
              />
            )}
          </dd>
        </div>
      </dl>
      <footer className="ys-certificate-foot">
        <div className="ys-certificate-qr">
          {qr.data ? (
            <img
              src={qr.data}
              alt={t('registry.print.qrAlt')}
              width={132}
              height={132}
              data-testid="certificate-qr"
            />
          ) : (
            <div className="ys-certificate-qr-blank" />
          )}
          <div className="ys-certificate-qr-text">
            <div>{t('registry.print.scan')}</div>
            <div>
              {t('registry.licence.fields.verificationCode')}：
              <span className="ys-code" data-testid="certificate-code">
                {licence.verificationCode}
              </span>
            </div>
            <div className="ys-certificate-url">{url}</div>
          </div>
        </div>
        <div className="ys-certificate-issuer">
          <div>
            {t('registry.print.issuer')}：{licence.issuingDepartmentName ? departmentLabel(licence.issuingDepartmentName) : '—'}
          </div>
          <div className="ys-nowrap">{certificateDate(licence.issuedOn, english)}</div>
        </div>
      </footer>
    </article>
  );
}
