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
        <div className="ys-secret">
          <Typography.Text
            code
            className="ys-secret-value"
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
          >
            <span data-testid="secret-value">{secret}</span>
          </Typography.Text>
        </div>
        <Alert type="warning" showIcon message={t('secret.onceOnly')} style={{ marginTop: 16 }} />
      </div>
    </Modal>
  );
}
