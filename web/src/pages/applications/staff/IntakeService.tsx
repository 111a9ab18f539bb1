// 一窗受理, step 1: find the item or the 一件事 in the catalogue (Chinese search, the words people use) and
// pick it; its published guide becomes what the clerk files under (intakeSubject.ts).
import { Alert, Button, Empty, Input, List, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getBundleGuide, getItemGuide, searchCatalog, type SearchHit } from '../../../api/catalog-public.ts';
import { isApiError } from '../../../api/client.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { intakeBundleSubject, intakeItemSubject, type IntakeSubject } from './intakeSubject.ts';

/** The 一件事 mark, on search hits and on the chosen bundle. */
export function BundleTag() {
  const { t } = useTranslation();
  return (
    <Tag color="geekblue" data-testid="intake-bundle-tag">
      {t('work.intake.bundleTag')}
    </Tag>
  );
}

export function ServicePicker({ onPicked }: { onPicked: (subject: IntakeSubject) => void }) {
  const { t } = useTranslation();
  const promised = usePromised();
  const label = useDepartmentLabel();
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function search(q: string) {
    if (!q.trim()) return;
    setBusy(true);
    setFailure(null);
    try {
      setHits((await searchCatalog(q.trim(), { kind: 'all', limit: 12 })).hits);
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
      onPicked(hit.kind === 'bundle' ? intakeBundleSubject(await getBundleGuide(hit.code)) : intakeItemSubject(await getItemGuide(hit.code)));
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
              data-kind={hit.kind}
              actions={[
                <Button key="pick" type="link" onClick={() => void pick(hit)} disabled={busy} data-testid="intake-service-pick">
                  {t('work.intake.pick')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <span className="ys-work-hit-title">
                    {hit.kind === 'bundle' && <BundleTag />}
                    <span className="ys-break" data-testid="intake-hit-name">
                      {hit.nameHighlighted.map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
                    </span>
                  </span>
                }
                description={
                  <span className="ys-break">
                    {label(hit.departmentName)}
                    {hit.promisedLimitDays !== null && ` · ${promised(hit.promisedLimitDays)}`}
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

/** 即办件, or the promised working days. */
function usePromised() {
  const { t } = useTranslation();
  return (days: number) => (days === 0 ? t('work.intake.onTheSpot') : t('work.intake.promised', { count: days }));
}

/** The chosen item or 一件事 in a line: name, department, limits, what it allows — and a bundle's member items. */
export function PickedService({ subject, onChange }: { subject: IntakeSubject; onChange: () => void }) {
  const { t } = useTranslation();
  const promised = usePromised();
  const label = useDepartmentLabel();
  const bundle = subject.kind === 'bundle';
  return (
    <div data-testid="intake-picked" data-kind={subject.kind}>
      <div className="ys-work-picked">
        <div style={{ minWidth: 0 }}>
          <div className="ys-work-hit-title">
            {bundle && <BundleTag />}
            <strong className="ys-break" data-testid="intake-item-name">
              {subject.name}
            </strong>
          </div>
          <div className="ys-muted ys-break">
            {label(subject.departmentName)} · {promised(subject.promisedLimitDays)}
          </div>
          {(subject.onTheSpot || subject.commitmentAllowed || subject.licence) && (
            <span className="ys-tags">
              {subject.onTheSpot && <Tag color="green">{t('work.intake.onTheSpotTag')}</Tag>}
              {subject.commitmentAllowed && <Tag color="purple">{t('work.intake.commitmentTag')}</Tag>}
              {subject.licence && <Tag color="blue">{t('work.intake.licenceTag')}</Tag>}
            </span>
          )}
        </div>
        <Button onClick={onChange}>{t('work.intake.change')}</Button>
      </div>
      {bundle && (
        <div className="ys-work-members" data-testid="intake-members">
          <div className="ys-muted">{t('work.intake.bundleMembers', { count: subject.members.length })}</div>
          <ol>
            {subject.members.map((m) => (
              <li key={m.itemCode} data-testid="intake-member">
                <span className="ys-break">{m.name}</span>
                <span className="ys-muted ys-break">
                  {label(m.departmentName)}
                  {m.promisedLimitDays !== null && ` · ${promised(m.promisedLimitDays)}`}
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
