import { ApartmentOutlined, RightOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Flex, Row, Typography, theme as antTheme } from 'antd';
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDepartmentLabel } from '../../api/departmentNames.ts';
import { menuFor } from '../../app/menu.ts';
import { useSession } from '../../app/session.tsx';
import { formatDateTime } from '../../components/format.ts';
import { RoleTags } from '../../components/RoleTags.tsx';

/** The signed-in home: who you are, in which departments, with which roles; links to your pages. */
export function WelcomePage() {
  const { t } = useTranslation();
  const { token } = antTheme.useToken();
  const { user, roles, state } = useSession();
  const label = useDepartmentLabel();
  if (!user) return null;
  // Each department once (by its name, as the grants carry it), with its id to name it in the interface language.
  const departments = [...new Map(user.roles.flatMap((grant) => (grant.departmentName ? [[grant.departmentName, grant.departmentId] as const] : []))).entries()].map(([name, id]) => ({ name, id }));
  if (departments.length === 0 && user.department) departments.push({ name: user.department.name, id: user.department.id });
  const links = menuFor(roles)
    .flatMap((group) => group.entries)
    .filter((entry) => entry.quickLink);
  const expiresAt = state.status === 'signedIn' ? state.session.expiresAt : null;

  return (
    <Flex vertical gap={token.marginLG}>
      <Card data-testid="welcome">
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {t('welcome.greeting', { name: user.name })}
        </Typography.Title>
        <Descriptions column={1} size="small" colon={false} styles={{ label: { minWidth: '6em', whiteSpace: 'nowrap' } }}>
          <Descriptions.Item label={t('welcome.username')}>{user.username}</Descriptions.Item>
          <Descriptions.Item label={t('welcome.roles')}>
            {user.roles.length > 0 ? (
              <span data-testid="welcome-roles">
                <RoleTags grants={user.roles} withDepartment />
              </span>
            ) : (
              <Typography.Text type="secondary">{t('welcome.noRoles')}</Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('welcome.departments')}>
            {departments.length > 0 ? (
              <Flex vertical gap={2}>
                {departments.map((department) => (
                  <span key={department.name}>
                    <ApartmentOutlined style={{ color: token.colorTextTertiary, marginInlineEnd: 6 }} />
                    {label(department.name, department.id)}
                  </span>
                ))}
              </Flex>
            ) : (
              <Typography.Text type="secondary">{user.kind === 'applicant' ? t('welcome.applicant') : t('welcome.noDepartment')}</Typography.Text>
            )}
          </Descriptions.Item>
          {expiresAt && <Descriptions.Item label={t('welcome.sessionUntil')}>{formatDateTime(expiresAt)}</Descriptions.Item>}
        </Descriptions>
      </Card>

      {links.length > 0 && (
        <section aria-labelledby="quick-links-title" data-testid="quick-links">
          <Typography.Title level={2} id="quick-links-title" style={{ fontSize: 18, marginTop: 0 }}>
            {t('welcome.quickLinks')}
          </Typography.Title>
          <Row gutter={[16, 16]}>
            {links.map((entry) => (
              <Col key={entry.path} xs={24} sm={12} xl={6}>
                <Link to={entry.path} className="ys-quick-link">
                  <Card size="small" hoverable style={{ height: '100%' }}>
                    <Flex gap="middle" align="flex-start">
                      <span aria-hidden style={{ fontSize: 22, color: token.colorPrimary, lineHeight: 1 }}>
                        {createElement(entry.icon)}
                      </span>
                      <div style={{ minWidth: 0, flex: 1 }}>
                        <Typography.Text strong>{t(entry.label)}</Typography.Text>
                        {entry.description && (
                          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 13 }}>
                            {t(entry.description)}
                          </Typography.Paragraph>
                        )}
                      </div>
                      <RightOutlined style={{ color: token.colorTextQuaternary }} />
                    </Flex>
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        </section>
      )}
    </Flex>
  );
}
