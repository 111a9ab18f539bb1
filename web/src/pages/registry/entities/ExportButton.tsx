import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, isSessionEnded, saveDownload } from '../../../api/client.ts';
import { downloadEntities, type ExportQuery } from '../../../api/registry.ts';

/**
 * 导出: the entities the list shows as .xlsx. Fetched through the API client (not a plain link), so
 * an ended session sends the user to sign in instead of saving an error page as a spreadsheet.
 */
export function ExportButton({ query }: { query: ExportQuery }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      saveDownload(await downloadEntities(query), 'entities.xlsx');
    } catch (error) {
      // The session provider already shows the sign-in prompt for an ended session.
      if (!isSessionEnded(error)) void message.error(isApiError(error) ? error.userMessage : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid="entity-export">
      {t('registry.entities.export')}
    </Button>
  );
}
