import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { revokeLicence, type Licence } from '../../../api/registry.ts';
import { applyProblem } from '../../../components/problemForm.ts';

/** 吊销/撤销: with a reason; once done, anyone checking the code sees "revoked". */
export function RevokeDialog({
  licence,
  onClose,
  onRevoked,
}: {
  licence: Licence;
  onClose: () => void;
  onRevoked: (licence: Licence) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async ({ reason }: { reason: string }) => {
    setSaving(true);
    setFailure(null);
    try {
      const revoked = await revokeLicence(licence.id, reason.trim());
      void message.success(t('registry.licences.revoked'));
      onRevoked(revoked);
      onClose();
    } catch (error) {
      setFailure(applyProblem(form, error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('registry.licences.revokeTitle', { number: licence.number })}
      okText={t('registry.licences.revoke')}
      okButtonProps={{ danger: true, loading: saving, 'data-testid': 'revoke-submit' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('registry.licences.revokeHint', { holder: licence.holderName })}
      </Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={(values) => void save(values)} data-testid="revoke-form">
        <Form.Item
          name="reason"
          label={t('registry.licences.revokeReason')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: 2,
              max: 200,
              message: t('registry.licences.revokeReasonRule'),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
