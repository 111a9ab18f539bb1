import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Result, Space, Table, Typography, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_COLUMNS,
  IMPORT_FIELDS,
  MAX_IMPORT_BYTES,
  type ImportField,
} from '../../../../../common/api/registry-import.ts';
import { isApiError, isSessionEnded } from '../../../api/client.ts';
import {
  importEntities,
  importFileKind,
  type ImportError,
  type ImportReport,
} from '../../../api/registry.ts';
import { bilingual } from '../labels.ts';
import { listMark } from '../../../i18n/punctuation.ts';

type State =
  | { step: 'choose' }
  | { step: 'sending'; name: string }
  | { step: 'done'; name: string; report: ImportReport }
  | { step: 'failed'; name: string; message: string };

/** The column a problem is in, as the spreadsheet's header names it (or "整行" for the whole row). */
export function columnLabel(field: string, english: boolean): string {
  const column = (IMPORT_COLUMNS as Record<string, { zh: string; en: string } | undefined>)[field];
  if (column) return english ? column.en : column.zh;
  if (field === 'row') return english ? 'Whole row' : '整行';
  return field;
}

/** 批量导入: send an .xlsx or .csv file; every bad row comes back with its row number, column and reason. */
export function ImportDialog({ onClose, onImported }: { onClose: () => void; onImported: () => void }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const [state, setState] = useState<State>({ step: 'choose' });

  const send = async (file: File) => {
    if (!importFileKind(file)) {
      setState({ step: 'failed', name: file.name, message: t('registry.import.badType') });
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      setState({
        step: 'failed',
        name: file.name,
        message: t('registry.import.tooLarge', { mb: MAX_IMPORT_BYTES / 1024 / 1024 }),
      });
      return;
    }
    setState({ step: 'sending', name: file.name });
    try {
      const report = await importEntities(file);
      setState({ step: 'done', name: file.name, report });
      if (report.inserted > 0) onImported();
    } catch (error) {
      // An ended session is the session provider's to handle (it asks the user to sign in again).
      if (isSessionEnded(error)) {
        setState({ step: 'choose' });
        return;
      }
      const text = isApiError(error)
        ? error.status === 404
          ? t('registry.import.unavailable')
          : [error.userMessage, ...error.errors.map((e) => e.message)].join('；')
        : String(error);
      setState({ step: 'failed', name: file.name, message: text });
    }
  };

  const columns: TableColumnsType<ImportError & { key: number }> = [
    { title: t('registry.import.row'), dataIndex: 'row', key: 'row', width: 64 },
    {
      title: t('registry.import.column'),
      dataIndex: 'field',
      key: 'field',
      width: 150,
      render: (field: string) => columnLabel(field, english),
    },
    {
      title: t('registry.import.problem'),
      dataIndex: 'message',
      key: 'message',
      render: (message: ImportError['message']) => <span className="ys-break">{bilingual(message)}</span>,
    },
  ];

  return (
    <Modal
      open
      title={t('registry.import.title')}
      onCancel={onClose}
      maskClosable={false}
      width="min(760px, calc(100vw - 24px))"
      footer={
        <Space>
          {(state.step === 'done' || state.step === 'failed') && (
            <Button onClick={() => setState({ step: 'choose' })}>{t('registry.import.another')}</Button>
          )}
          <Button type="primary" onClick={onClose} disabled={state.step === 'sending'}>
            {t('registry.import.close')}
          </Button>
        </Space>
      }
      destroyOnHidden
    >
      <div data-testid="import-dialog">
        {(state.step === 'choose' || state.step === 'sending') && (
          <>
            <Upload.Dragger
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple={false}
              showUploadList={false}
              disabled={state.step === 'sending'}
              customRequest={({ file }) => void send(file as File)}
              data-testid="import-upload"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">
                {state.step === 'sending'
                  ? t('registry.import.sending', { name: state.name })
                  : t('registry.import.drop')}
              </p>
              <p className="ant-upload-hint">
                {t('registry.import.hint', { mb: MAX_IMPORT_BYTES / 1024 / 1024 })}
              </p>
            </Upload.Dragger>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 13 }}>
              {t('registry.import.columns')}
              {IMPORT_FIELDS.map(
                (field: ImportField) =>
                  `${columnLabel(field, english)}${IMPORT_COLUMNS[field].required ? '*' : ''}`,
              ).join(listMark())}
            </Typography.Paragraph>
          </>
        )}
        {state.step === 'failed' && (
          <div data-testid="import-failed">
            <Result
              status="error"
              title={t('registry.import.failed')}
              subTitle={<span className="ys-break">{state.message}</span>}
            />
          </div>
        )}
        {state.step === 'done' && (
          <div data-testid="import-report">
            <Alert
              type={
                state.report.skipped === 0 ? 'success' : state.report.inserted === 0 ? 'error' : 'warning'
              }
              showIcon
              message={t('registry.import.summary', {
                name: state.name,
                total: state.report.total,
                inserted: state.report.inserted,
                skipped: state.report.skipped,
              })}
              style={{ marginBottom: 16 }}
            />
            <div className="ys-import-stats">
              <Figure label={t('registry.import.total')} value={state.report.total} />
              <Figure label={t('registry.import.inserted')} value={state.report.inserted} tone="good" />
              <Figure
                label={t('registry.import.skipped')}
                value={state.report.skipped}
                tone={state.report.skipped ? 'bad' : undefined}
              />
            </div>
            {state.report.errors.length > 0 && (
              <>
                <Typography.Title level={2} style={{ fontSize: 15, margin: '16px 0 8px' }}>
                  {t('registry.import.errorsTitle', { count: state.report.errors.length })}
                </Typography.Title>
                {state.report.errorsTruncated && (
                  <Alert type="info" message={t('registry.import.truncated')} style={{ marginBottom: 8 }} />
                )}
                <Table
                  size="small"
                  rowKey="key"
                  columns={columns}
                  dataSource={state.report.errors.map((error, key) => ({ ...error, key }))}
                  pagination={{ pageSize: 10, showSizeChanger: false, simple: true, hideOnSinglePage: true }}
                  data-testid="import-errors"
                />
              </>
            )}
          </div>
        )}
      </div>
    </Modal>
  );
}

function Figure({ label, value, tone }: { label: string; value: number; tone?: 'good' | 'bad' }) {
  return (
    <div className="ys-figure">
      <div className="ys-figure-label">{label}</div>
      <div className={`ys-figure-value${tone ? ` is-${tone}` : ''}`}>{value.toLocaleString()}</div>
    </div>
  );
}
