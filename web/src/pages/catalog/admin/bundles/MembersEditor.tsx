import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, LoadingOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listPublishedItems, type ItemSummary } from '../../../../api/catalog-admin.ts';
import { useDepartmentLabel } from '../../../../api/departmentNames.ts';
import { formFields } from '../../../../../../common/catalog/form-fields.ts';
import { promisedText } from '../labels.ts';
import { itemPath } from '../paths.ts';
import type { Member } from './bundleBody.ts';
import type { MemberItem } from './useMemberItems.ts';
import { withNote } from '../../../../i18n/punctuation.ts';

interface Props {
  members: readonly Member[];
  onChange: (members: Member[]) => void;
  items: ReadonlyMap<string, MemberItem>;
  /** Names the server gave for the saved members (shown while the guide loads, or when there is none). */
  savedNames: ReadonlyMap<string, string | null>;
  readonly: boolean;
}

/** 成员事项: the items of the bundle in guide order, added by searching published items. */
export function MembersEditor({ members, onChange, items, savedNames, readonly }: Props) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const [options, setOptions] = useState<ItemSummary[]>([]);
  const [searching, setSearching] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const taken = new Set(members.map((m) => m.itemCode));

  const search = (q: string) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setSearching(true);
      listPublishedItems({ q: q.trim() || undefined, pageSize: 20 })
        .then((reply) => setOptions(reply.items))
        .catch(() => setOptions([]))
        .finally(() => setSearching(false));
    }, 250);
  };
  const move = (index: number, by: number) => {
    const next = [...members];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    onChange(next);
  };

  return (
    <div data-testid="members-editor">
      {!readonly && (
        <Select<string>
          showSearch
          value={null}
          placeholder={t('catalogAdmin.members.search')}
          filterOption={false}
          onSearch={search}
          onFocus={() => options.length === 0 && search('')}
          onChange={(code) =>
            code && !taken.has(code) && onChange([...members, { itemCode: code, note: '' }])
          }
          notFoundContent={searching ? <LoadingOutlined /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          options={options.map((item) => ({
            value: item.code,
            disabled: taken.has(item.code),
            label: `${withNote(item.name, `${item.code}${item.implementingDepartmentName ? ` · ${label(item.implementingDepartmentName, item.implementingDepartmentId)}` : ''}`)}${taken.has(item.code) ? ` · ${t('catalogAdmin.members.already')}` : ''}`,
          }))}
          style={{ width: '100%', marginBottom: 16 }}
          aria-label={t('catalogAdmin.members.add')}
          data-testid="member-picker"
        />
      )}
      {members.length < 2 && (
        <Typography.Paragraph type="warning">{t('catalogAdmin.members.empty')}</Typography.Paragraph>
      )}
      {members.map((member, index) => {
        const entry = items.get(member.itemCode) ?? { status: 'loading' as const };
        const name =
          entry.status === 'ok' ? entry.item.name : (savedNames.get(member.itemCode) ?? member.itemCode);
        return (
          <div key={member.itemCode} className="ys-list-row" data-testid="member-row">
            <div className="ys-list-row-head">
              <span style={{ minWidth: 0 }}>
                <span className="ys-muted">{index + 1}. </span>
                {entry.status === 'ok' ? (
                  <Link to={itemPath(entry.item.id)} className="ys-break">
                    {name}
                  </Link>
                ) : (
                  <span className="ys-break">{name}</span>
                )}
              </span>
              {!readonly && (
                <Space size={4}>
                  <Tooltip title={t('catalogAdmin.members.moveUp')}>
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowUpOutlined />}
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                      aria-label={t('catalogAdmin.members.moveUp')}
                    />
                  </Tooltip>
                  <Tooltip title={t('catalogAdmin.members.moveDown')}>
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowDownOutlined />}
                      disabled={index === members.length - 1}
                      onClick={() => move(index, 1)}
                      aria-label={t('catalogAdmin.members.moveDown')}
                    />
                  </Tooltip>
                  <Tooltip title={t('catalogAdmin.members.remove')}>
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => onChange(members.filter((_, i) => i !== index))}
                      aria-label={t('catalogAdmin.members.remove')}
                      data-testid="member-remove"
                    />
                  </Tooltip>
                </Space>
              )}
            </div>
            <div className="ys-cat-meta" style={{ marginBottom: 8 }}>
              <span className="ys-code">{member.itemCode}</span>
              {entry.status === 'ok' && (
                <>
                  {' · '}
                  {entry.item.implementingDepartmentName ? label(entry.item.implementingDepartmentName, entry.item.implementingDepartmentId) : '—'} · {promisedText(entry.item)} ·{' '}
                  {t('catalogAdmin.members.fieldCount', {
                    count: formFields(entry.item.form.schema, entry.item.form.uiSchema).length,
                  })}
                </>
              )}
              {entry.status === 'loading' && ` · ${t('catalogAdmin.members.formLoading')}`}
              {entry.status === 'missing' && (
                <>
                  {' '}
                  <Tag color="red">{t('catalogAdmin.members.notPublished')}</Tag>
                </>
              )}
              {entry.status === 'failed' && (
                <>
                  {' '}
                  <Tag color="orange" title={entry.message}>
                    {t('catalogAdmin.members.formUnavailable')}
                  </Tag>
                </>
              )}
            </div>
            <Input
              value={member.note}
              maxLength={200}
              disabled={readonly}
              placeholder={t('catalogAdmin.members.note')}
              aria-label={t('catalogAdmin.members.note')}
              onChange={(event) =>
                onChange(members.map((m, i) => (i === index ? { ...m, note: event.target.value } : m)))
              }
              style={{ marginBottom: 12 }}
            />
          </div>
        );
      })}
    </div>
  );
}
