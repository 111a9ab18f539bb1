// What both guides share around their content: the back link, loading, not found, the title block
// with its actions (sticky at the bottom on phones), key figures and the print footer.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../../api/client.ts';
import { formatDateTime } from '../../../components/format.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { servicesPath } from './paths.ts';
import './catalog-public.css';
import './guide.css';
import './guide-print.css';

export function BackLink() {
  const { t } = useTranslation();
  return (
    <Link to={servicesPath} className="ys-back-link ys-no-print" data-testid="guide-back">
      <ArrowLeftOutlined /> {t('catalogPublic.guide.back')}
    </Link>
  );
}

/** Loading, missing (404, or a code the server refuses) or failed: what a guide shows instead. */
export function GuideState({ error, onRetry, notFound }: { error: Error | undefined; onRetry: () => void; notFound: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (!error) {
    return (
      <div className="ys-guide">
        <BackLink />
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </div>
    );
  }
  const missing = isApiError(error) && (error.status === 404 || error.status === 400);
  return (
    <div className="ys-guide">
      <BackLink />
      {missing ? (
        <Result
          status="404"
          title={notFound}
          subTitle={t('catalogPublic.guide.notFoundHint')}
          data-testid="guide-not-found"
          extra={
            <Button type="primary" onClick={() => void navigate(servicesPath)}>
              {t('catalogPublic.guide.back')}
            </Button>
          }
        />
      ) : (
        <LoadError error={error} onRetry={onRetry} />
      )}
    </div>
  );
}

export interface Fact {
  key: string;
  label: string;
  value: ReactNode;
  note?: ReactNode;
}

export function GuideHead({ title, tags, meta, actions, facts }: { title: string; tags: ReactNode; meta: ReactNode; actions: ReactNode; facts: Fact[] }) {
  return (
    <header className="ys-guide-head">
      <h1 className="ys-guide-title">{title}</h1>
      <div className="ys-guide-tags">{tags}</div>
      <div className="ys-guide-meta">{meta}</div>
      <div className="ys-guide-actions ys-no-print">{actions}</div>
      <dl className="ys-guide-facts" data-testid="guide-facts">
        {facts.map((fact) => (
          <div key={fact.key} className="ys-guide-fact" data-fact={fact.key}>
            <dt>{fact.label}</dt>
            <dd>
              {fact.value}
              {fact.note && <span className="ys-guide-fact-note">{fact.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </header>
  );
}

/** Phones: the guide's actions stay at the bottom of the screen while the guide is read (CSS shows it there only). */
export function GuideActionsBar({ children }: { children: ReactNode }) {
  return <div className="ys-guide-bottom-bar ys-no-print">{children}</div>;
}

export function GuideContents({ sections }: { sections: { id: string; title: string }[] }) {
  const { t } = useTranslation();
  return (
    <nav className="ys-guide-contents ys-no-print" aria-label={t('catalogPublic.guide.contents')}>
      {sections.map((section) => (
        <a key={section.id} href={`#${section.id}`}>
          {section.title}
        </a>
      ))}
    </nav>
  );
}

export function PrintFooter() {
  const { t } = useTranslation();
  return (
    <footer className="ys-guide-print-footer">
      {window.location.href}
      <br />
      {t('catalogPublic.guide.printedAt', { time: formatDateTime(new Date().toISOString()) })}
    </footer>
  );
}


/** One label/value pair of a guide's definition list; `wide` values take the whole line. */
export function Row({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={`ys-guide-row${wide ? ' is-wide' : ''}`}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
