import {
  ApiOutlined,
  AuditOutlined,
  CustomerServiceOutlined,
  FileTextOutlined,
  LikeOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Typography, theme as antTheme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HealthCard } from './HealthCard.tsx';

const featureKeys = ['services', 'appeals', 'inspections', 'ledger'] as const;
const featureIcons: Record<(typeof featureKeys)[number], ReactNode> = {
  services: <SolutionOutlined />,
  appeals: <CustomerServiceOutlined />,
  inspections: <SafetyCertificateOutlined />,
  ledger: <AuditOutlined />,
};

export function HomePage() {
  const { t } = useTranslation();
  const { token } = antTheme.useToken();

  return (
    <Flex vertical gap={token.marginLG}>
      <section className="ys-hero" aria-labelledby="home-title">
        <h1 id="home-title" className="ys-hero-title">
          {t('app.name')}
        </h1>
        <div className="ys-hero-sub">
          {t('app.englishName')} · {t('app.tagline')}
        </div>
        <p className="ys-hero-text">{t('home.description')}</p>
      </section>

      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <HealthCard />
        </Col>
        <Col xs={24} md={12}>
          <Card title={t('api.title')} style={{ height: '100%' }} data-testid="api-card">
            <Typography.Paragraph type="secondary">{t('api.description')}</Typography.Paragraph>
            <Flex wrap gap="small">
              {/* Plain links: these pages are served by the API server, not by the web app's router. */}
              <Button type="primary" size="large" icon={<ApiOutlined />} href="/api/docs">
                {t('api.docs')}
              </Button>
              <Button size="large" icon={<FileTextOutlined />} href="/api/v1/openapi.json">
                {t('api.openapi')}
              </Button>
            </Flex>
          </Card>
        </Col>
      </Row>

      <section aria-labelledby="features-title">
        <Typography.Title level={2} id="features-title" style={{ fontSize: 20, marginTop: 0 }}>
          {t('home.featuresTitle')}
        </Typography.Title>
        <Row gutter={[16, 16]}>
          {featureKeys.map((key) => (
            <Col key={key} xs={24} sm={12} lg={6}>
              <Card size="small" style={{ height: '100%' }}>
                <Flex gap="middle" align="flex-start">
                  <span aria-hidden style={{ fontSize: 24, color: token.colorPrimary, lineHeight: 1 }}>
                    {featureIcons[key]}
                  </span>
                  <div style={{ minWidth: 0 }}>
                    <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
                      {t(`home.features.${key}.title`)}
                    </Typography.Title>
                    <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
                      {t(`home.features.${key}.text`)}
                    </Typography.Paragraph>
                  </div>
                </Flex>
              </Card>
            </Col>
          ))}
        </Row>
        {/* 好差评 in public: how each department is rated, and where to review one. */}
        <Typography.Paragraph style={{ margin: `${token.marginMD}px 0 0` }}>
          <Link to="/satisfaction" data-testid="home-satisfaction">
            <LikeOutlined /> {t('rate.menu.satisfaction')} · {t('rate.menu.satisfactionDescription')}
          </Link>
        </Typography.Paragraph>
      </section>
    </Flex>
  );
}
