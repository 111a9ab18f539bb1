// /office/ledger/import — 导入台账: upload the office's .xlsx (purpose ledger.workbook), choose the source and the
// sheet, check the mapping the server guessed from the headers (and change it), start; the import runs on the
// server and its progress and row-by-row report show below (the import's id is kept in the address).
import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ImportField } from '../../../../../common/api/ledger.ts';
import { isApiError, isSessionEnded } from '../../../api/client.ts';
import { listSources, previewImport, startImport, uploadLedgerFile, type ImportPreview, type ImportView } from '../../../api/ledger.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { sourceKindLabel } from '../labels.ts';
import { FIELDS, guessedMapping, mappingBody, missingFields, REQUIRED_FIELDS, type Mapping } from './importMapping.ts';
import { ImportReport } from './ImportReport.tsx';
import '../ledger.css';
import './office.css';
import { withNote, listMark } from '../../../i18n/punctuation.ts';

interface Uploaded {
  fileId: string;
  name: string;
  preview: ImportPreview;
}

export function ImportPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const importId = params.get('import');
  const sources = useRemote(useCallback((signal: AbortSignal) => listSources(signal), []));
  const input = useRef<HTMLInputElement>(null);
  const [uploaded, setUploaded] = useState<Uploaded | null>(null);
  const [sheet, setSheet] = useState<string | undefined>();
  const [sourceId, setSourceId] = useState<string | undefined>();
  const [mapping, setMapping] = useState<Mapping>({});
  const [busy, setBusy] = useState<'upload' | 'preview' | 'start' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [started, setStarted] = useState<ImportView | null>(null);

  const fail = (error: unknown) => {
    if (isSessionEnded(error)) return;
    setFailure(isApiError(error) ? error.userMessage : String(error));
  };

  async function pick(file: File) {
    setFailure(null);
    setBusy('upload');
    try {
      const stored = await uploadLedgerFile(file, 'ledger.workbook');
      const preview = await previewImport({ fileId: stored.id });
      setUploaded({ fileId: stored.id, name: stored.name, preview });
      setSheet(preview.sheets[0]);
      setMapping(guessedMapping(preview.guessed, preview.headers));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  }

  async function chooseSheet(next: string) {
    if (!uploaded) return;
    setSheet(next);
    setBusy('preview');
    try {
      const preview = await previewImport({ fileId: uploaded.fileId, sheet: next });
      setUploaded({ ...uploaded, preview });
      setMapping(guessedMapping(preview.guessed, preview.headers));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  }

  async function start() {
    if (!uploaded || !sourceId) return;
    setFailure(null);
    setBusy('start');
    try {
      const view = await startImport({ fileId: uploaded.fileId, sourceId, sheet, mapping: mappingBody(mapping) });
      setStarted(view);
      setUploaded(null);
      setParams({ import: view.id });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  }

  const missing = missingFields(mapping);
  const headers = uploaded?.preview.headers ?? [];
  return (
    <div data-testid="ledger-import-page">
      <PageHeader title={t('ledger.menu.import')} description={t('ledger.import.description')} />
      {importId && <ImportReport key={importId} importId={importId} first={started} />}
      <Card size="small" title={importId ? t('ledger.import.another') : t('ledger.import.upload')} style={{ marginTop: importId ? 16 : 0 }}>
        <div className="ys-ledger-upload">
          <InboxOutlined className="ys-ledger-upload-icon" aria-hidden />
          <div>
            <Button icon={<UploadOutlined />} loading={busy === 'upload'} onClick={() => input.current?.click()} data-testid="ledger-import-pick">
              {t('ledger.import.pick')}
            </Button>
            <div className="ys-muted ys-ledger-small" style={{ marginTop: 4 }}>
              {uploaded ? t('ledger.import.picked', { name: uploaded.name, rows: uploaded.preview.rows }) : t('ledger.import.pickHint')}
            </div>
          </div>
        </div>
        <input
          ref={input}
          type="file"
          accept=".xlsx"
          style={{ display: 'none' }}
          data-testid="ledger-import-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void pick(file);
            event.target.value = '';
          }}
        />
        {failure && <Alert type="error" showIcon message={failure} className="ys-break" style={{ marginTop: 12 }} data-testid="ledger-import-error" />}
        {uploaded && (
          <Form layout="vertical" style={{ marginTop: 16 }} data-testid="ledger-import-setup">
            <div className="ys-ledger-form-pair">
              <Form.Item label={t('ledger.fields.source')} required>
                <Select
                  showSearch
                  optionFilterProp="label"
                  value={sourceId}
                  onChange={setSourceId}
                  loading={sources.loading}
                  placeholder={t('ledger.import.sourceHint')}
                  options={(sources.data ?? []).map((s) => ({ value: s.id, label: withNote(`${s.code} ${s.title}`, sourceKindLabel(s.kind)) }))}
                  popupMatchSelectWidth={false}
                  data-testid="ledger-import-source"
                />
              </Form.Item>
              <Form.Item label={t('ledger.import.sheet')}>
                <Select value={sheet} onChange={(next: string) => void chooseSheet(next)} loading={busy === 'preview'} options={uploaded.preview.sheets.map((s) => ({ value: s, label: s }))} data-testid="ledger-import-sheet" />
              </Form.Item>
            </div>
            <Typography.Text strong>{t('ledger.import.mapping')}</Typography.Text>
            <Typography.Paragraph type="secondary" className="ys-ledger-small">
              {t('ledger.import.mappingHint')}
            </Typography.Paragraph>
            <Table<{ field: ImportField }>
              rowKey="field"
              size="small"
              pagination={false}
              dataSource={FIELDS.map((field) => ({ field }))}
              columns={[
                {
                  title: t('ledger.import.field'),
                  key: 'field',
                  render: (_, { field }) => (
                    <span>
                      {t(`ledger.import.fields.${field}`)} {REQUIRED_FIELDS.includes(field) && <Tag color="red">{t('ledger.import.required')}</Tag>}
                    </span>
                  ),
                },
                {
                  title: t('ledger.import.header'),
                  key: 'header',
                  width: '50%',
                  render: (_, { field }) => (
                    <Select allowClear value={mapping[field]} onChange={(header?: string) => setMapping({ ...mapping, [field]: header })} placeholder={t('ledger.import.noColumn')} options={headers.map((h) => ({ value: h, label: h }))} style={{ width: '100%' }} data-testid={`ledger-import-map-${field}`} />
                  ),
                },
              ]}
              data-testid="ledger-import-mapping"
            />
            {missing.length > 0 && <Alert type="warning" showIcon style={{ marginTop: 12 }} message={t('ledger.import.missing', { fields: missing.map((f) => t(`ledger.import.fields.${f}`)).join(listMark()) })} />}
            <Space style={{ marginTop: 16 }} wrap>
              <Button type="primary" disabled={!sourceId || missing.length > 0} loading={busy === 'start'} onClick={() => void start()} data-testid="ledger-import-start">
                {t('ledger.import.start', { rows: uploaded.preview.rows })}
              </Button>
              {!sourceId && <span className="ys-muted">{t('ledger.import.sourceFirst')}</span>}
            </Space>
          </Form>
        )}
      </Card>
    </div>
  );
}
