import { DeleteOutlined, EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/client.ts';
import {
  createSynonym,
  deleteSynonym,
  listSynonyms,
  updateSynonym,
  type Synonym,
} from '../../../../api/catalog-admin.ts';
import { useRemote } from '../../../../api/useRemote.ts';
import { fieldName } from '../../../../components/problemForm.ts';
import { LoadError } from '../../../../components/LoadError.tsx';
import { PageHeader } from '../../../../components/PageHeader.tsx';
import { useNarrow } from '../../../registry/useNarrow.ts';
import '../catalog-admin.css';

const NEW = 'new';

interface Draft {
  id: string;
  version: number;
  term: string;
  expansions: string[];
}

type Row = Synonym | (Draft & { id: typeof NEW });

/** 同义词: what people type mapped to the catalogue's words; edited in the table, one row at a time. */
export function SynonymsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const narrow = useNarrow();
  const synonyms = useRemote(useCallback((signal: AbortSignal) => listSynonyms(signal), []));
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [filter, setFilter] = useState('');

  const rows = useMemo<Row[]>(() => {
    const needle = filter.trim();
    const list = (synonyms.data?.synonyms ?? []).filter(
      (s) => !needle || s.term.includes(needle) || s.expansions.some((e) => e.includes(needle)),
    );
    return draft?.id === NEW ? [{ ...draft, id: NEW }, ...list] : list;
  }, [synonyms.data, draft, filter]);

  const startEdit = (row: Draft | null) => {
    setDraft(row);
    setErrors({});
    setFailure(null);
  };

  /** 409: someone changed or removed it meanwhile, or the term is taken; the list is read again. */
  const fail = (error: unknown) => {
    if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
      // The row changed or went away meanwhile: show it as it is now.
      setDraft(null);
      setFailure(t('catalogAdmin.synonyms.stale'));
      synonyms.reload();
      return;
    }
    if (isApiError(error) && (error.status === 409 || error.status === 404)) {
      setFailure(error.userMessage);
      synonyms.reload();
      return;
    }
    if (isApiError(error) && error.errors.length > 0) {
      setErrors(Object.fromEntries(error.errors.map((e) => [String(fieldName(e.path)[0] ?? ''), e.message])));
      return;
    }
    setFailure(isApiError(error) ? error.userMessage : String(error));
  };

  const save = async () => {
    if (!draft) return;
    setSaving(true);
    setFailure(null);
    try {
      const body = { term: draft.term, expansions: draft.expansions };
      if (draft.id === NEW) {
        await createSynonym(body);
        void message.success(t('catalogAdmin.synonyms.created'));
      } else {
        await updateSynonym(draft.id, { ...body, version: draft.version });
        void message.success(t('common.saved'));
      }
      startEdit(null);
      synonyms.reload();
    } catch (error) {
      fail(error);
    } finally {
      setSaving(false);
    }
  };

  const remove = async (synonym: Synonym) => {
    setFailure(null);
    try {
      await deleteSynonym(synonym.id, synonym.version);
      void message.success(t('catalogAdmin.synonyms.deleted'));
      synonyms.reload();
    } catch (error) {
      fail(error);
    }
  };

  const editing = (row: Row) => draft !== null && draft.id === row.id;
  const actions = (row: Row) =>
    editing(row) ? (
      <Space size={4} wrap>
        <Button
          type="primary"
          size="small"
          loading={saving}
          onClick={() => void save()}
          data-testid="synonym-save"
        >
          {t('common.save')}
        </Button>
        <Button size="small" onClick={() => startEdit(null)}>
          {t('common.cancel')}
        </Button>
      </Space>
    ) : (
      <Space size={4}>
        <Button
          size="small"
          type="text"
          icon={<EditOutlined />}
          disabled={draft !== null}
          onClick={() => startEdit({ ...(row as Synonym) })}
          aria-label={t('common.edit')}
          data-testid="synonym-edit"
        />
        <Popconfirm
          title={t('catalogAdmin.synonyms.deleteConfirm', { term: row.term })}
          okButtonProps={{ danger: true }}
          okText={t('catalogAdmin.synonyms.delete')}
          onConfirm={() => remove(row as Synonym)}
        >
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            disabled={draft !== null}
            aria-label={t('catalogAdmin.synonyms.delete')}
            data-testid="synonym-delete"
          />
        </Popconfirm>
      </Space>
    );
  const columns: TableColumnsType<Row> = [
    {
      title: t('catalogAdmin.synonyms.term'),
      key: 'term',
      width: narrow ? '40%' : '28%',
      render: (_, row) =>
        editing(row) && draft ? (
          <>
            <Input
              value={draft.term}
              maxLength={20}
              autoFocus
              status={errors.term ? 'error' : undefined}
              onChange={(event) => setDraft({ ...draft, term: event.target.value })}
              onPressEnter={() => void save()}
              aria-label={t('catalogAdmin.synonyms.term')}
              data-testid="synonym-term"
            />
            {errors.term && (
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                {errors.term}
              </Typography.Text>
            )}
            {narrow && <div style={{ marginTop: 8 }}>{actions(row)}</div>}
          </>
        ) : (
          <>
            <Typography.Text strong>{row.term}</Typography.Text>
            {narrow && <div>{actions(row)}</div>}
          </>
        ),
    },
    {
      title: t('catalogAdmin.synonyms.expansions'),
      key: 'expansions',
      render: (_, row) =>
        editing(row) && draft ? (
          <>
            <Select
              mode="tags"
              open={false}
              suffixIcon={null}
              value={draft.expansions}
              maxCount={10}
              tokenSeparators={[',', '，', '、', ' ']}
              status={errors.expansions ? 'error' : undefined}
              onChange={(expansions: string[]) => setDraft({ ...draft, expansions })}
              placeholder={t('catalogAdmin.synonyms.expansionsHint')}
              aria-label={t('catalogAdmin.synonyms.expansions')}
              style={{ width: '100%' }}
              data-testid="synonym-expansions"
            />
            {errors.expansions && (
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                {errors.expansions}
              </Typography.Text>
            )}
          </>
        ) : (
          <span className="ys-tags">
            {row.expansions.map((e) => (
              <Tag key={e} style={{ marginInlineEnd: 0 }}>
                {e}
              </Tag>
            ))}
          </span>
        ),
    },
    ...(narrow
      ? []
      : [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            render: (_: unknown, row: Row) => actions(row),
          },
        ]),
  ];

  return (
    <div data-testid="synonyms-page">
      <PageHeader
        title={t('catalogAdmin.menu.synonyms')}
        description={t('catalogAdmin.synonyms.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={synonyms.reload} aria-label={t('common.refresh')} />
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={draft !== null}
              onClick={() => startEdit({ id: NEW, version: 0, term: '', expansions: [] })}
              data-testid="synonym-add"
            >
              {t('catalogAdmin.synonyms.add')}
            </Button>
          </>
        }
      />
      {failure && (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={() => setFailure(null)}
          role="alert"
          style={{ marginBottom: 16 }}
          message={failure}
          data-testid="synonym-failure"
        />
      )}
      <Card styles={{ body: { padding: 0 } }}>
        <div className="ys-table-toolbar">
          <Input.Search
            allowClear
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            placeholder={t('catalogAdmin.synonyms.search')}
            style={{ maxWidth: 360 }}
          />
          <Typography.Text type="secondary">
            {t('common.total', { total: rows.filter((row) => row.id !== NEW).length })}
          </Typography.Text>
        </div>
        {synonyms.error && !synonyms.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={synonyms.error} onRetry={synonyms.reload} />
          </div>
        ) : (
          <Table<Row>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={synonyms.loading}
            pagination={{
              pageSize: 50,
              hideOnSinglePage: true,
              showSizeChanger: false,
              style: { padding: '0 16px' },
            }}
            locale={{
              emptyText: (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalogAdmin.synonyms.empty')} />
              ),
            }}
            data-testid="synonym-table"
          />
        )}
      </Card>
    </div>
  );
}
