// What the item and bundle editors share: the edition's actions (save, publish, retire, revise) with
// their confirmations, and the header that shows them with the edition's state and any refusal.
import { CopyOutlined, ExportOutlined, SaveOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CatalogStatus } from '../../../../../common/catalog/vocabulary.ts';
import { CatalogStatusTag } from './CatalogTags.tsx';

export interface Edited {
  id: string;
  code: string;
  name: string;
  edition: number;
  status: CatalogStatus;
  version: number;
}

export type Busy = null | 'save' | 'publish' | 'retire' | 'edition' | 'check';

interface Options<T extends Edited> {
  current: T | null;
  setCurrent: (edition: T) => void;
  /** Unsaved changes: publishing saves them first. */
  dirty: boolean;
  save: () => Promise<T | null>;
  publish: (id: string, version: number) => Promise<T>;
  retire: (id: string, version: number) => Promise<T>;
  newEdition: (id: string, version: number) => Promise<T>;
  pathOf: (id: string) => string;
  onEditionsChanged: () => void;
  onError: (error: unknown) => void;
}

export function useEditionActions<T extends Edited>(options: Options<T>) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<Busy>(null);
  const { current } = options;

  const run = async (kind: NonNullable<Busy>, work: () => Promise<void>) => {
    setBusy(kind);
    try {
      await work();
    } catch (error) {
      options.onError(error);
    } finally {
      setBusy(null);
    }
  };

  const publish = () =>
    modal.confirm({
      title: t('catalogAdmin.editor.publishConfirm.title', { edition: current?.edition ?? 1 }),
      content: t('catalogAdmin.editor.publishConfirm.content'),
      okText: t('catalogAdmin.editor.publish'),
      onOk: () =>
        run('publish', async () => {
          const target = options.dirty ? await options.save() : current;
          if (!target) return;
          const published = await options.publish(target.id, target.version);
          options.setCurrent(published);
          void message.success(t('catalogAdmin.editor.published', { edition: published.edition }));
          options.onEditionsChanged();
        }),
    });

  const retire = () =>
    current &&
    modal.confirm({
      title: t('catalogAdmin.editor.retireConfirm.title', { name: current.name }),
      content: t('catalogAdmin.editor.retireConfirm.content'),
      okText: t('catalogAdmin.editor.retire'),
      okButtonProps: { danger: true },
      onOk: () =>
        run('retire', async () => {
          options.setCurrent(await options.retire(current.id, current.version));
          void message.success(t('catalogAdmin.editor.retired'));
          options.onEditionsChanged();
        }),
    });

  const newEdition = () =>
    current &&
    modal.confirm({
      title: t('catalogAdmin.editor.newEditionConfirm.title'),
      content: t('catalogAdmin.editor.newEditionConfirm.content'),
      okText: t('catalogAdmin.editor.newEdition'),
      onOk: () =>
        run('edition', async () => {
          const draft = await options.newEdition(current.id, current.version);
          void message.success(t('catalogAdmin.editor.newEditionCreated', { edition: draft.edition }));
          void navigate(options.pathOf(draft.id));
        }),
    });

  const saveNow = () => void run('save', async () => void (await options.save()));
  return { busy, run, publish, retire, newEdition, save: saveNow };
}

interface HeaderProps {
  current: Edited | null;
  newTitle: string;
  badges?: ReactNode;
  actions: ReturnType<typeof useEditionActions>;
  /** More buttons before save (e.g. the bundle's check). */
  extra?: ReactNode;
  conflict: string | null;
  onReload: () => void;
  failure: string | null;
  onDismissFailure: () => void;
  /** data-testid prefix: item | bundle. */
  kind: string;
  /** The public guide's address, linked while the edition is published. */
  guidePath?: string;
}

/** The edition's title, state and actions, and above the form: a 409 with its reload, a refusal, the read-only note. */
export function EditorHeader({
  current,
  newTitle,
  badges,
  actions,
  extra,
  conflict,
  onReload,
  failure,
  onDismissFailure,
  kind,
  guidePath,
}: HeaderProps) {
  const { t } = useTranslation();
  const readonly = current !== null && current.status !== 'draft';
  return (
    <>
      <Flex justify="space-between" align="flex-start" wrap gap="small" style={{ marginBottom: 16 }}>
        <div style={{ minWidth: 0 }}>
          <Typography.Title
            level={1}
            style={{ fontSize: 20, margin: 0 }}
            className="ys-break"
            data-testid={`${kind}-title`}
          >
            {current?.name ?? newTitle}
          </Typography.Title>
          {current && (
            <Flex gap={8} wrap align="center" style={{ marginTop: 6 }}>
              <span className="ys-code ys-muted">{current.code}</span>
              <span className="ys-muted">
                {t('catalogAdmin.item.editionN', { edition: current.edition })}
              </span>
              <CatalogStatusTag status={current.status} />
              {badges}
            </Flex>
          )}
        </div>
        <Flex gap="small" wrap>
          {current?.status === 'published' && guidePath && (
            <Button
              icon={<ExportOutlined />}
              href={guidePath}
              target="_blank"
              rel="noopener"
              data-testid={`${kind}-guide`}
            >
              {t('catalogAdmin.editor.viewGuide')}
            </Button>
          )}
          {current?.status === 'published' && (
            <Button
              icon={<CopyOutlined />}
              loading={actions.busy === 'edition'}
              onClick={actions.newEdition}
              data-testid={`${kind}-new-edition`}
            >
              {t('catalogAdmin.editor.newEdition')}
            </Button>
          )}
          {current && current.status !== 'retired' && (
            <Button
              danger
              icon={<StopOutlined />}
              loading={actions.busy === 'retire'}
              onClick={actions.retire}
              data-testid={`${kind}-retire`}
            >
              {t('catalogAdmin.editor.retire')}
            </Button>
          )}
          {extra}
          {!readonly && (
            <Button
              icon={<SaveOutlined />}
              loading={actions.busy === 'save'}
              onClick={actions.save}
              data-testid={`${kind}-save`}
            >
              {current ? t('catalogAdmin.editor.save') : t('catalogAdmin.editor.create')}
            </Button>
          )}
          {current?.status === 'draft' && (
            <Button
              type="primary"
              icon={<SendOutlined />}
              loading={actions.busy === 'publish'}
              onClick={actions.publish}
              data-testid={`${kind}-publish`}
            >
              {t('catalogAdmin.editor.publish')}
            </Button>
          )}
        </Flex>
      </Flex>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          message={conflict}
          action={
            <Button size="small" onClick={onReload}>
              {t('catalogAdmin.reload')}
            </Button>
          }
          data-testid={`${kind}-conflict`}
        />
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          closable
          onClose={onDismissFailure}
          style={{ marginBottom: 16 }}
          message={<span className="ys-break">{failure}</span>}
          data-testid={`${kind}-failure`}
        />
      )}
      {readonly && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={
            current?.status === 'published'
              ? t('catalogAdmin.editor.readonlyPublished')
              : t('catalogAdmin.editor.readonlyRetired')
          }
        />
      )}
    </>
  );
}
