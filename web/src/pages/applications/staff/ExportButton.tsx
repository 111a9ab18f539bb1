import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadApplications, type ApplicationsQuery } from '../../../api/applications.ts';
import { isApiError, isSessionEnded, saveDownload } from '../../../api/client.ts';

/**
 * 导出 Excel: the applications the list's filters select, as .xlsx. Fetched through the API client (not a
 * plain link), so an ended session sends the user to sign in instead of saving an error page.
 */
export function ExportButton({ query }: { query: Omit<ApplicationsQuery, 'page' | 'pageSize'> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      saveDownload(await downloadApplications(query), 'applications.xlsx');
    } catch (error) {
      if (!isSessionEnded(error)) void message.error(isApiError(error) ? error.userMessage : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid="applications-export">
      {t('work.list.export')}
    </Button>
  );
}
