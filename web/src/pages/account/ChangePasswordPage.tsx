import { LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PASSWORD_RULES } from '../../../../common/api/auth.ts';
import { changePassword } from '../../api/auth.ts';
import { safeNext } from '../../app/paths.ts';
import { useSession } from '../../app/session.tsx';
import { applyProblem } from '../../components/problemForm.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Change one's own password; forced (no menu, no other page) while `mustChangePassword` is set. */
export function ChangePasswordPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { user, refresh } = useSession();
  const [form] = Form.useForm<Values>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const forced = Boolean(user?.mustChangePassword);
  const rules = i18n.language === 'en' ? PASSWORD_RULES.en : PASSWORD_RULES.zh;

  const submit = async (values: Values) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      void message.success(t('password.changed'));
      await refresh(); // mustChangePassword is now false (and the server may have rotated the session)
      void navigate(safeNext(params.get('next')), { replace: true });
    } catch (error) {
      setFailure(applyProblem(form, error));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="ys-auth-page">
      <Card className="ys-auth-card" data-testid="change-password">
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {t('password.title')}
        </Typography.Title>
        {forced && <Alert type="warning" showIcon message={t('password.mustChange')} style={{ marginBottom: 16 }} data-testid="must-change" />}
        <Alert type="info" message={t('password.rulesTitle')} description={rules} style={{ marginBottom: 16 }} data-testid="password-rules" />
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} role="alert" />}
        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
          {/* Lets password managers tie the new password to the account. */}
          <input type="text" name="username" autoComplete="username" value={user?.username ?? ''} readOnly hidden />
          <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('password.currentRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.new')}
            rules={[
              { required: true, message: t('password.newRequired') },
              { min: 8, message: t('password.tooShort') },
            ]}
            hasFeedback
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            hasFeedback
            rules={[
              { required: true, message: t('password.confirmRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || getFieldValue('newPassword') === value ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting} data-testid="change-password-submit">
            {t('password.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
