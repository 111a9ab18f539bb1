// 一窗受理, step 1: find the item in the catalogue (Chinese search, the words people use) and pick it.
import { Alert, Button, Empty, Input, List, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getItemGuide, searchCatalog, type Item, type SearchHit } from '../../../api/catalog-public.ts';
import { isApiError } from '../../../api/client.ts';

export function ServicePicker({ onPicked }: { onPicked: (item: Item) => void }) {
  const { t } = useTranslation();
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function search(q: string) {
    if (!q.trim()) return;
    setBusy(true);
    setFailure(null);
    try {
      setHits((await searchCatalog(q.trim(), { kind: 'item', limit: 12 })).hits);
    } catch (error) {
      setFailure(isApiError(error) ? error.userMessage : String(error));
    } finally {
      setBusy(false);
    }
  }

  async function pick(hit: SearchHit) {
    setBusy(true);
    setFailure(null);
    try {
      onPicked(await getItemGuide(hit.code));
    } catch (error) {
      setFailure(isApiError(error) ? error.userMessage : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div data-testid="intake-service">
      <Input.Search
        allowClear
        enterButton={t('work.intake.searchButton')}
        size="large"
        placeholder={t('work.intake.searchPlaceholder')}
        aria-label={t('work.intake.searchPlaceholder')}
        loading={busy}
        onSearch={(q) => void search(q)}
        data-testid="intake-service-search"
      />
      {failure && <Alert type="error" showIcon message={failure} style={{ marginTop: 12 }} />}
      {hits && (
        <List
          style={{ marginTop: 12 }}
          bordered
          dataSource={hits}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.intake.noHits')} /> }}
          renderItem={(hit) => (
            <List.Item
              actions={[
                <Button key="pick" type="link" onClick={() => void pick(hit)} disabled={busy} data-testid="intake-service-pick">
                  {t('work.intake.pick')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <span className="ys-break">
                    {hit.nameHighlighted.map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
                  </span>
                }
                description={
                  <span className="ys-break">
                    {hit.departmentName ?? ''}
                    {hit.promisedLimitDays !== null && ` · ${hit.promisedLimitDays === 0 ? t('work.intake.onTheSpot') : t('work.intake.promised', { count: hit.promisedLimitDays })}`}
                  </span>
                }
              />
            </List.Item>
          )}
          data-testid="intake-service-hits"
        />
      )}
    </div>
  );
}

/** The chosen item in a line: name, department, limits, and what it allows. */
export function PickedService({ item, onChange }: { item: Item; onChange: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="ys-work-picked" data-testid="intake-picked">
      <div style={{ minWidth: 0 }}>
        <strong className="ys-break" data-testid="intake-item-name">
          {item.name}
        </strong>
        <div className="ys-muted ys-break">
          {item.implementingDepartmentName ?? ''} · {item.promisedLimitDays === 0 ? t('work.intake.onTheSpot') : t('work.intake.promised', { count: item.promisedLimitDays })}
        </div>
        <span className="ys-tags">
          {item.onTheSpot && <Tag color="green">{t('work.intake.onTheSpotTag')}</Tag>}
          {item.commitmentAllowed && <Tag color="purple">{t('work.intake.commitmentTag')}</Tag>}
          {item.resultLicenceTypeCode && <Tag color="blue">{t('work.intake.licenceTag')}</Tag>}
        </span>
      </div>
      <Button onClick={onChange}>{t('work.intake.change')}</Button>
    </div>
  );
}
