// 月度/季度工作进展: the monthly or quarterly progress report (the period containing today), as Excel or Word —
// what the office sends up each month and quarter.
import { DownOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, isSessionEnded, saveDownload } from '../../../api/client.ts';
import { downloadProgressReport } from '../../../api/ledger.ts';

type Choice = { period: 'month' | 'quarter'; format: 'xlsx' | 'docx' };
type ChoiceKey = 'monthXlsx' | 'monthDocx' | 'quarterXlsx' | 'quarterDocx';
const CHOICES: Record<ChoiceKey, Choice> = {
  monthXlsx: { period: 'month', format: 'xlsx' },
  monthDocx: { period: 'month', format: 'docx' },
  quarterXlsx: { period: 'quarter', format: 'xlsx' },
  quarterDocx: { period: 'quarter', format: 'docx' },
};

export function ReportsMenu({ on }: { on: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const fetchReport = async (key: string) => {
    const choice = CHOICES[key as ChoiceKey];
    if (!choice) return;
    setBusy(true);
    try {
      saveDownload(await downloadProgressReport(choice.period, choice.format, on), `ledger-progress-${choice.period}-${on}.${choice.format}`);
    } catch (error) {
      if (!isSessionEnded(error)) void message.error(isApiError(error) ? error.userMessage : t('ledger.board.reportFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{ items: (Object.keys(CHOICES) as ChoiceKey[]).map((key) => ({ key, label: t(`ledger.board.${key}` as const) })), onClick: ({ key }) => void fetchReport(key) }}
    >
      <Button icon={<FileTextOutlined />} loading={busy} data-testid="ledger-reports">
        {t('ledger.board.reports')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
