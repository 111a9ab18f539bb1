// A knowledge entry's validity today as a tag: 有效 (green), 未生效 (blue), 已过期 (grey), 已停用 (red).
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Validity } from './catalogHelpers.ts';

const colors: Record<Validity, string> = { valid: 'green', pending: 'blue', expired: 'default', retired: 'red' };

export function ValidityTag({ validity }: { validity: Validity }) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[validity]} data-testid="knowledge-status" data-validity={validity}>
      {t(`appealCatalog.knowledge.statuses.${validity}`)}
    </Tag>
  );
}
