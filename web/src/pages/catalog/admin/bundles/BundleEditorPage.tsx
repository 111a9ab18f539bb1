import { ArrowLeftOutlined } from '@ant-design/icons';
import { Result, Skeleton } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../../api/client.ts';
import { getBundle, listBundleEditions } from '../../../../api/catalog-admin.ts';
import { listDepartments } from '../../../../api/org.ts';
import { useRemote } from '../../../../api/useRemote.ts';
import { LoadError } from '../../../../components/LoadError.tsx';
import { bundlesPath } from '../paths.ts';
import '../catalog-admin.css';
import { BundleEditor } from './BundleEditor.tsx';

/** 一件事编辑: a new bundle (no id), or one edition by its row id. */
export function BundleEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const bundle = useRemote(
    useCallback((signal: AbortSignal) => (id ? getBundle(id, signal) : Promise.resolve(null)), [id]),
  );
  const editions = useRemote(
    useCallback((signal: AbortSignal) => (id ? listBundleEditions(id, signal) : Promise.resolve(null)), [id]),
  );
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));

  const back = (
    <Link to={bundlesPath} className="ys-back-link">
      <ArrowLeftOutlined /> {t('catalogAdmin.bundles.back')}
    </Link>
  );
  if (id && bundle.error && !bundle.loading) {
    if (isApiError(bundle.error) && bundle.error.status === 404) {
      return (
        <>
          {back}
          <Result status="404" title={t('catalogAdmin.bundles.notFound')} />
        </>
      );
    }
    return (
      <>
        {back}
        <LoadError error={bundle.error} onRetry={bundle.reload} />
      </>
    );
  }
  // Until this id's edition is here (the previous one stays in `data` while the next loads).
  if (id && bundle.data?.id !== id) {
    return (
      <>
        {back}
        <Skeleton active paragraph={{ rows: 10 }} />
      </>
    );
  }
  const current = bundle.data ?? null;
  return (
    <div data-testid="bundle-editor-page">
      {back}
      <BundleEditor
        key={current ? `${current.id}:${current.version}` : 'new'}
        bundle={current}
        departments={departments.data?.departments ?? []}
        editions={editions.data?.editions}
        editionsLoading={editions.loading}
        onReload={() => {
          bundle.reload();
          editions.reload();
        }}
        onEditionsChanged={editions.reload}
      />
    </div>
  );
}
