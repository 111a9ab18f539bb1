// After submission: the 办件编号, large and copyable, and the way to follow it.
import { Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicationDetail } from '../../../api/applications.ts';
import { applicationPath, myApplicationsPath } from './paths.ts';
import { StateTag } from './StateTags.tsx';

export function SubmittedResult({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation();
  return (
    <div data-testid="apply-done">
      <Result
        status="success"
        title={t('apply.wizard.done.title')}
        subTitle={t('apply.wizard.done.subtitle')}
        extra={[
          <Link key="track" to={applicationPath(application.id)} data-testid="apply-track">
            <Button type="primary" size="large">
              {t('apply.wizard.done.track')}
            </Button>
          </Link>,
          <Link key="mine" to={myApplicationsPath}>
            <Button size="large">{t('apply.wizard.done.mine')}</Button>
          </Link>,
        ]}
      >
        <div className="ys-apply-number-box">
          <div className="ys-muted">{t('apply.wizard.done.number')}</div>
          <Typography.Text copyable className="ys-apply-number ys-code" data-testid="apply-number">
            {application.number ?? '—'}
          </Typography.Text>
          <div>
            <span className="ys-break">{application.title}</span> <StateTag state={application.state} />
          </div>
          <Link to="/services" className="ys-apply-more">
            {t('apply.wizard.done.more')}
          </Link>
        </div>
      </Result>
    </div>
  );
}
