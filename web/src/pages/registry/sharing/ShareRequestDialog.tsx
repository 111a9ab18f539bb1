import { CheckCircleFilled, StopOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Result,
  Select,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SHARE_PURPOSES } from '../../../../../common/api/registry.ts';
import { isApiError } from '../../../api/client.ts';
import { requestShare, type LicenceType, type ShareReply } from '../../../api/registry.ts';
import { applyProblem } from '../../../components/problemForm.ts';
import { formatCell } from '../entities/profile.ts';
import { purposeLabel, type SharePurpose } from '../labels.ts';
import { licencePath } from '../licences/paths.ts';
import { LicenceStatusTag } from '../RegistryTags.tsx';
import { presentRecord, recordRows, resourceOptions, shareReceipt } from './share.ts';

interface Values {
  resource: string;
  purpose: SharePurpose;
  caseNumber: string;
}

type Receipt = ReturnType<typeof shareReceipt>;
type Outcome = { kind: 'allowed'; reply: ShareReply; receipt: Receipt } | { kind: 'refused'; message: string };

export interface ShareSubject {
  kind: 'entity';
  uscc: string;
  name: string;
}

/**
 * 调取共享数据: the purpose and the case it serves are required; a request no sharing rule allows
 * is refused — and logged all the same, which the dialog says plainly.
 */
export function ShareRequestDialog({
  subject,
  types,
  onClose,
  onDone,
}: {
  subject: ShareSubject;
  types: readonly LicenceType[];
  onClose: () => void;
  /** A request was logged (allowed or refused): the file's share-log section has a new row. */
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const words = { yes: t('registry.profile.yes'), no: t('registry.profile.no') };
  const recordLabels: Record<string, string> = {
    name: t('registry.entity.fields.name'),
    uscc: t('registry.entity.fields.uscc'),
    idNumber: t('registry.share.idNumber'),
    phone: t('registry.share.phone'),
    kind: t('registry.entity.fields.kind'),
    legalRepresentative: t('registry.entity.fields.legalRepresentative'),
    registeredCapitalFen: t('registry.entity.fields.registeredCapital'),
    industryName: t('registry.entity.fields.industry'),
    address: t('registry.entity.fields.address'),
    districtCode: t('registry.entity.fields.districtCode'),
    establishedOn: t('registry.entity.fields.establishedOn'),
    status: t('registry.entity.fields.status'),
    tags: t('registry.entity.fields.tags'),
  };

  const send = async (values: Values) => {
    setSending(true);
    setFailure(null);
    try {
      const caseNumber = values.caseNumber.trim();
      const reply = await requestShare({
        subject: { kind: 'entity', uscc: subject.uscc },
        resource: values.resource,
        purpose: values.purpose,
        caseNumber,
      });
      const receipt = shareReceipt(
        { resource: values.resource, caseNumber, uscc: subject.uscc },
        new Date(reply.at),
        types,
        t('registry.share.record'),
      );
      setOutcome({ kind: 'allowed', reply, receipt });
      onDone?.();
    } catch (error) {
      if (isApiError(error) && error.status === 403 && error.code === 'FORBIDDEN') {
        setOutcome({ kind: 'refused', message: error.userMessage });
        onDone?.();
        return;
      }
      setFailure(applyProblem(form, error));
    } finally {
      setSending(false);
    }
  };

  const footer = outcome ? (
    <Space>
      <Button onClick={() => setOutcome(null)}>{t('registry.share.again')}</Button>
      <Button type="primary" onClick={onClose} data-testid="share-close">
        {t('registry.import.close')}
      </Button>
    </Space>
  ) : (
    <Space>
      <Button onClick={onClose}>{t('common.cancel')}</Button>
      <Button type="primary" loading={sending} onClick={() => form.submit()} data-testid="share-submit">
        {t('registry.share.submit')}
      </Button>
    </Space>
  );

  return (
    <Modal
      open
      // A long entity name wraps inside the title, clear of the close button (phones).
      title={<div className="ys-dialog-title">{t('registry.share.title', { name: subject.name })}</div>}
      onCancel={onClose}
      footer={footer}
      maskClosable={false}
      width="min(640px, calc(100vw - 24px))"
      destroyOnHidden
    >
      <div data-testid="share-dialog">
        {outcome?.kind === 'refused' && (
          <div data-testid="share-refused">
            <Result
              status="error"
              icon={<StopOutlined />}
              title={t('registry.share.refusedTitle')}
              subTitle={
                <>
                  <div className="ys-break">{outcome.message}</div>
                  {/* The server's words already say the request was logged; this only says what to do. */}
                  <div style={{ marginTop: 8 }}>{t('registry.share.refusedHint')}</div>
                </>
              }
            />
          </div>
        )}
        {outcome?.kind === 'allowed' && (
          <div data-testid="share-allowed">
            <Alert
              type="success"
              showIcon
              icon={<CheckCircleFilled />}
              message={t('registry.share.allowedTitle')}
              description={t('registry.share.allowedHint', outcome.receipt)}
              style={{ marginBottom: 16 }}
            />
            {outcome.reply.record && (
              <Descriptions
                size="small"
                bordered
                column={1}
                items={recordRows(presentRecord(outcome.reply.record), recordLabels).map(
                  ([label, value]) => ({
                    key: label,
                    label,
                    children: <span className="ys-break">{formatCell(value, words)}</span>,
                  }),
                )}
              />
            )}
            {!outcome.reply.record && (
              <ul className="ys-shared-licences">
                {outcome.reply.licences.map((licence) => (
                  <li key={licence.id}>
                    <div style={{ minWidth: 0 }}>
                      <Link to={licencePath(licence.id)}>{licence.typeName}</Link>
                      <div className="ys-muted ys-break">
                        {licence.number} · {licence.issuedOn} —{' '}
                        {licence.validTo ?? t('registry.licence.noEnd')}
                      </div>
                    </div>
                    <LicenceStatusTag status={licence.status} />
                  </li>
                ))}
                {outcome.reply.licences.length === 0 && (
                  <li>
                    <Empty
                      image={Empty.PRESENTED_IMAGE_SIMPLE}
                      description={t('registry.share.noLicences')}
                      style={{ margin: '8px auto' }}
                    />
                  </li>
                )}
              </ul>
            )}
          </div>
        )}
        {!outcome && (
          <>
            <Typography.Paragraph type="secondary">{t('registry.share.intro')}</Typography.Paragraph>
            {failure && (
              <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} role="alert" />
            )}
            <Form<Values>
              form={form}
              layout="vertical"
              initialValues={{ resource: 'record' }}
              onFinish={(values) => void send(values)}
              data-testid="share-form"
            >
              <Form.Item name="resource" label={t('registry.share.resource')} rules={[{ required: true }]}>
                <Select options={resourceOptions(types, 'entity', t('registry.share.record'))} />
              </Form.Item>
              <Form.Item
                name="purpose"
                label={t('registry.share.purpose')}
                rules={[{ required: true, message: t('registry.share.purposeRequired') }]}
              >
                <Select
                  options={SHARE_PURPOSES.map((purpose) => ({
                    value: purpose,
                    label: purposeLabel(purpose),
                  }))}
                  data-testid="share-purpose"
                />
              </Form.Item>
              <Form.Item
                name="caseNumber"
                label={t('registry.share.caseNumber')}
                extra={t('registry.share.caseNumberHint')}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    min: 4,
                    max: 60,
                    message: t('registry.share.caseNumberRule'),
                  },
                ]}
              >
                <Input maxLength={60} autoComplete="off" data-testid="share-case" />
              </Form.Item>
            </Form>
          </>
        )}
      </div>
    </Modal>
  );
}
