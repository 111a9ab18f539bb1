import { ArrowLeftOutlined } from '@ant-design/icons';
import { Result, Skeleton } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../../api/client.ts';
import { getItem, listEditions } from '../../../../api/catalog-admin.ts';
import { listDepartments } from '../../../../api/org.ts';
import { listLicenceTypes } from '../../../../api/registry.ts';
import { useRemote } from '../../../../api/useRemote.ts';
import { LoadError } from '../../../../components/LoadError.tsx';
import { itemsPath } from '../paths.ts';
import '../catalog-admin.css';
import { ItemEditor } from './ItemEditor.tsx';

/** 事项编辑: a new item (no id), or one edition by its row id. */
export function ItemEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const item = useRemote(
    useCallback((signal: AbortSignal) => (id ? getItem(id, signal) : Promise.resolve(null)), [id]),
  );
  const editions = useRemote(
    useCallback((signal: AbortSignal) => (id ? listEditions(id, signal) : Promise.resolve(null)), [id]),
  );
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  // The licence types fill a picker only: without them a licence material still saves (the server checks the code).
  const licenceTypes = useRemote(useCallback((signal: AbortSignal) => listLicenceTypes(signal), []));

  const back = (
    <Link to={itemsPath} className="ys-back-link">
      <ArrowLeftOutlined /> {t('catalogAdmin.editor.back')}
    </Link>
  );
  if (id && item.error && !item.loading) {
    if (isApiError(item.error) && item.error.status === 404) {
      return (
        <>
          {back}
          <Result status="404" title={t('catalogAdmin.editor.notFound')} />
        </>
      );
    }
    return (
      <>
        {back}
        <LoadError error={item.error} onRetry={item.reload} />
      </>
    );
  }
  // Until this id's edition is here (the previous one stays in `data` while the next loads).
  if (id && item.data?.id !== id) {
    return (
      <>
        {back}
        <Skeleton active paragraph={{ rows: 10 }} />
      </>
    );
  }
  const current = item.data ?? null;
  return (
    <div data-testid="item-editor-page">
      {back}
      <ItemEditor
        key={current ? `${current.id}:${current.version}` : 'new'}
        item={current}
        departments={departments.data?.departments ?? []}
        licenceTypes={licenceTypes.data?.types ?? []}
        editions={editions.data?.editions}
        editionsLoading={editions.loading}
        onReload={() => {
          item.reload();
          editions.reload();
        }}
        onEditionsChanged={editions.reload}
      />
    </div>
  );
}
