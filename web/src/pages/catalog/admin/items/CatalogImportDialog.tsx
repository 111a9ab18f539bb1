import { InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Checkbox,
  Modal,
  Result,
  Space,
  Table,
  Typography,
  Upload,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CATALOG_IMPORT_MAX_BYTES,
  ITEM_COLUMNS,
  MATERIAL_COLUMNS,
} from '../../../../../../common/api/catalog-excel.ts';
import { isApiError } from '../../../../api/client.ts';
import { importCatalog, type CatalogImportReport } from '../../../../api/catalog-admin.ts';
import { bilingual } from '../labels.ts';

type State =
  | { step: 'choose' }
  | { step: 'sending'; name: string }
  | { step: 'done'; name: string; report: CatalogImportReport }
  | { step: 'failed'; name: string; message: string };

type ImportError = CatalogImportReport['errors'][number];

/** The column a problem is in, as the workbook's header names it. */
function columnLabel(error: ImportError, english: boolean): string {
  const columns: readonly (readonly [string, string, string])[] =
    error.sheet === 'materials' ? MATERIAL_COLUMNS : ITEM_COLUMNS;
  const column = columns.find(([key]) => key === error.field);
  if (column) return english ? column[2] : column[1];
  if (error.field === 'row') return english ? 'Whole row' : '整行';
  return error.field;
}

/** 导入事项清单: send the workbook (items sheet + materials sheet); every refused row comes back with its reason. */
export function CatalogImportDialog({
  onClose,
  onImported,
}: {
  onClose: () => void;
  onImported: () => void;
}) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const [state, setState] = useState<State>({ step: 'choose' });
  const [publish, setPublish] = useState(false);

  const send = async (file: File) => {
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      setState({ step: 'failed', name: file.name, message: t('catalogAdmin.import.badType') });
      return;
    }
    if (file.size > CATALOG_IMPORT_MAX_BYTES) {
      setState({
        step: 'failed',
        name: file.name,
        message: t('catalogAdmin.import.tooLarge', { mb: CATALOG_IMPORT_MAX_BYTES / 1024 / 1024 }),
      });
      return;
    }
    setState({ step: 'sending', name: file.name });
    try {
      const report = await importCatalog(file, { publish });
      setState({ step: 'done', name: file.name, report });
      if (report.created + report.updated > 0) onImported();
    } catch (error) {
      const message = isApiError(error)
        ? error.status === 404
          ? t('catalogAdmin.import.unavailable')
          : [error.userMessage, ...error.errors.map((e) => e.message)].join('；')
        : String(error);
      setState({ step: 'failed', name: file.name, message });
    }
  };

  const columns: TableColumnsType<ImportError & { key: number }> = [
    {
      title: t('catalogAdmin.import.sheet'),
      dataIndex: 'sheet',
      key: 'sheet',
      width: 90,
      render: (sheet: ImportError['sheet']) => t(`catalogAdmin.import.sheets.${sheet}`),
    },
    { title: t('catalogAdmin.import.row'), dataIndex: 'row', key: 'row', width: 56 },
    {
      title: t('catalogAdmin.import.code'),
      dataIndex: 'code',
      key: 'code',
      width: 130,
      responsive: ['md'],
      render: (code: string | null) => <span className="ys-code">{code ?? '—'}</span>,
    },
    {
      title: t('catalogAdmin.import.column'),
      key: 'field',
      width: 130,
      render: (_, error) => columnLabel(error, english),
    },
    {
      title: t('catalogAdmin.import.problem'),
      dataIndex: 'message',
      key: 'message',
      render: (message: ImportError['message']) => <span className="ys-break">{bilingual(message)}</span>,
    },
  ];

  const report = state.step === 'done' ? state.report : null;
  return (
    <Modal
      open
      title={t('catalogAdmin.import.title')}
      onCancel={onClose}
      maskClosable={false}
      width="min(860px, calc(100vw - 24px))"
      destroyOnHidden
      footer={
        <Space>
          {(state.step === 'done' || state.step === 'failed') && (
            <Button onClick={() => setState({ step: 'choose' })}>{t('catalogAdmin.import.another')}</Button>
          )}
          <Button type="primary" onClick={onClose} disabled={state.step === 'sending'}>
            {t('catalogAdmin.import.close')}
          </Button>
        </Space>
      }
    >
      <div data-testid="catalog-import-dialog">
        {(state.step === 'choose' || state.step === 'sending') && (
          <>
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple={false}
              showUploadList={false}
              disabled={state.step === 'sending'}
              customRequest={({ file }) => void send(file as File)}
              data-testid="catalog-import-upload"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">
                {state.step === 'sending'
                  ? t('catalogAdmin.import.sending', { name: state.name })
                  : t('catalogAdmin.import.drop')}
              </p>
              <p className="ant-upload-hint">
                {t('catalogAdmin.import.hint', { mb: CATALOG_IMPORT_MAX_BYTES / 1024 / 1024 })}
              </p>
            </Upload.Dragger>
            <Checkbox
              checked={publish}
              onChange={(event) => setPublish(event.target.checked)}
              disabled={state.step === 'sending'}
              style={{ marginTop: 12 }}
            >
              {t('catalogAdmin.import.publish')}
            </Checkbox>
          </>
        )}
        {state.step === 'failed' && (
          <Result
            status="error"
            title={t('catalogAdmin.import.failed')}
            subTitle={<span className="ys-break">{state.message}</span>}
          />
        )}
        {report && (
          <div data-testid="catalog-import-report">
            <Alert
              type={
                report.skipped === 0 ? 'success' : report.created + report.updated === 0 ? 'error' : 'warning'
              }
              showIcon
              message={t('catalogAdmin.import.summary', {
                ...report,
                name: state.step === 'done' ? state.name : '',
              })}
              style={{ marginBottom: 16 }}
            />
            {report.errors.length > 0 && (
              <>
                <Typography.Title level={2} style={{ fontSize: 15, margin: '0 0 8px' }}>
                  {t('catalogAdmin.import.errorsTitle', { count: report.errors.length })}
                </Typography.Title>
                <Table
                  size="small"
                  rowKey="key"
                  columns={columns}
                  dataSource={report.errors.map((error, key) => ({ ...error, key }))}
                  pagination={{ pageSize: 10, showSizeChanger: false, simple: true, hideOnSinglePage: true }}
                  data-testid="catalog-import-errors"
                />
              </>
            )}
          </div>
        )}
      </div>
    </Modal>
  );
}
