import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Alert, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface OneTimeSecretProps {
  open: boolean;
  title: ReactNode;
  /** What the secret is for, e.g. "用户 handler 的初始密码". */
  description?: ReactNode;
  secret: string;
  onClose: () => void;
}

/**
 * Shows a password or token secret the server returns exactly once: a copy button, a warning that
 * it cannot be shown again, and no closing by a stray click on the mask.
 */
export function OneTimeSecret({ open, title, description, secret, onClose }: OneTimeSecretProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      onOk={onClose}
      onCancel={onClose}
      maskClosable={false}
      okText={t('secret.done')}
      cancelButtonProps={{ style: { display: 'none' } }}
      destroyOnHidden
    >
      <div data-testid="one-time-secret">
        {description && <Typography.Paragraph>{description}</Typography.Paragraph>}
        {/* The secret in a bordered block of its own that breaks anywhere (a token is one long word), the copy
            button beside it, or below it when the dialog is narrow: never inline, where it straddled the border. */}
        <div className="ys-secret">
          <code className="ys-secret-value" data-testid="secret-value">
            {secret}
          </code>
          <Typography.Text
            className="ys-secret-copy"
            copyable={{
              text: secret,
              icon: [
                <span key="copy" className="ys-copy">
                  <CopyOutlined /> {t('common.copy')}
                </span>,
                <span key="copied" className="ys-copy">
                  <CheckOutlined /> {t('common.copied')}
                </span>,
              ],
              tooltips: false,
            }}
          />
        </div>
        <Alert type="warning" showIcon message={t('secret.onceOnly')} style={{ marginTop: 16 }} />
      </div>
    </Modal>
  );
}
