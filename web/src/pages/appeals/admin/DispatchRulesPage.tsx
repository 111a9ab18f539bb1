// /work/hotline/rules — 派单目录: which unit leads (and which support) a category's tickets in an area; the seat
// console's proposal follows it. The rules as a table filtered by category, area and words; 试一试 asks the server
// what it would propose for a category in a district; each rule added or edited in a dialog, deleted after a
// confirmation. A stale version (someone changed the rule meanwhile) says so and reloads the list.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Select } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findRegion } from '../../../../../common/ids/index.ts';
import { deleteDispatchRule, listCategories, listDispatchRules, type DispatchRule } from '../../../api/appeals-catalog.ts';
import { isApiError, isSessionEnded } from '../../../api/client.ts';
import { listDepartments } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { ListToolbar } from '../../../components/ListToolbar.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { CategorySelect } from '../staff/CategorySelect.tsx';
import { AREAS } from '../staff/labels.ts';
import { areaChoices, categoryPath, filterRules, sortRules, type RuleFilter, type RuleNames } from './catalogHelpers.ts';
import { ProposalTry } from './ProposalTry.tsx';
import { RuleDialog, type RulePreset } from './RuleDialog.tsx';
import { RulesTable } from './RulesTable.tsx';
import './catalog.css';

type Editing = { rule: DispatchRule } | { preset: RulePreset };

export function DispatchRulesPage() {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const english = i18n.language === 'en';
  const rules = useRemote(useCallback((signal: AbortSignal) => listDispatchRules(signal), []));
  const categories = useRemote(useCallback((signal: AbortSignal) => listCategories(signal), []));
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  const [filter, setFilter] = useState<RuleFilter>({});
  const [editing, setEditing] = useState<Editing | null>(null);
  const [stamp, setStamp] = useState(0);

  const categoryList = useMemo(() => categories.data?.categories ?? [], [categories.data]);
  const departmentList = useMemo(() => departments.data?.departments ?? [], [departments.data]);
  const districts = useMemo(() => AREAS.map((a) => ({ code: a.code, label: english ? a.nameEn : a.name })), [english]);
  const names: RuleNames = useMemo(() => {
    const units = new Map(departmentList.map((d) => [d.id, english ? d.nameEn : d.name]));
    const cityWide = t('appealCatalog.rules.cityWide');
    return {
      category: (code) => categoryPath(categoryList, code, english),
      area: (code) => {
        if (code === null) return cityWide;
        const region = districts.find((d) => d.code === code) ?? null;
        if (region) return region.label;
        const known = findRegion(code);
        return known ? (english ? known.nameEn : known.name) : code;
      },
      department: (id) => units.get(id) ?? id,
    };
  }, [categoryList, departmentList, districts, english, t]);

  const all = useMemo(() => sortRules(rules.data?.rules ?? [], categoryList), [rules.data, categoryList]);
  const shown = useMemo(() => filterRules(all, filter, names), [all, filter, names]);
  const filterCount = (filter.categoryCode ? 1 : 0) + (filter.areaKey ? 1 : 0);
  const filtered = filterCount > 0 || Boolean(filter.text?.trim());

  const refresh = () => {
    rules.reload();
    setStamp((s) => s + 1);
  };

  const confirmDelete = (rule: DispatchRule) => {
    void modal.confirm({
      title: t('appealCatalog.rules.deleteTitle'),
      content: <span className="ys-break">{t('appealCatalog.rules.deleteBody', { category: names.category(rule.categoryCode), area: names.area(rule.areaCode), lead: names.department(rule.leadDepartmentId) })}</span>,
      okText: t('appealCatalog.rules.delete'),
      okButtonProps: { danger: true, 'data-testid': 'rule-delete-confirm' },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await deleteDispatchRule(rule.id, rule.version);
          void message.success(t('appealCatalog.rules.deleted'));
        } catch (error) {
          if (isSessionEnded(error)) return;
          if (isApiError(error) && (error.code === 'VERSION_CONFLICT' || error.status === 404)) void message.warning(t('appealCatalog.rules.stale'));
          else void message.error(isApiError(error) ? error.userMessage : String(error));
        }
        refresh();
      },
    });
  };

  const loadError = rules.error ?? categories.error ?? departments.error;
  return (
    <div data-testid="dispatch-rules-page">
      <PageHeader
        title={t('appealCatalog.menu.rules')}
        description={t('appealCatalog.rules.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ preset: {} })} disabled={!categories.data || !departments.data} data-testid="rule-add">
            {t('appealCatalog.rules.add')}
          </Button>
        }
      />
      <ProposalTry rules={all} categories={categoryList} districts={districts} names={names} stamp={stamp} onAdd={(preset) => setEditing({ preset })} onEdit={(rule) => setEditing({ rule })} />
      <Card size="small" styles={{ body: { padding: 0 } }} className="ys-catalog-card" title={t('appealCatalog.rules.listTitle')} extra={rules.data && <span className="ys-muted">{t('appealCatalog.rules.shown', { shown: shown.length, total: all.length })}</span>}>
        <ListToolbar
          search={{ placeholder: t('appealCatalog.rules.search'), onChange: (e) => setFilter((f) => ({ ...f, text: e.target.value })), onSearch: (text) => setFilter((f) => ({ ...f, text })), enterButton: false, 'data-testid': 'rules-search' }}
          filtersLabel={filterCount ? t('appealCatalog.rules.filtersCount', { n: filterCount }) : t('appealCatalog.rules.filters')}
          toggleTestId="rules-filters-toggle"
          columns={2}
        >
          <CategorySelect categories={categoryList} value={filter.categoryCode} onChange={(categoryCode) => setFilter((f) => ({ ...f, categoryCode }))} parentsSelectable placeholder={t('appealCatalog.rules.allCategories')} aria-label={t('appealCatalog.rules.fields.category')} data-testid="rules-filter-category" />
          <Select
            value={filter.areaKey}
            onChange={(areaKey: string | undefined) => setFilter((f) => ({ ...f, areaKey }))}
            allowClear
            showSearch
            optionFilterProp="label"
            options={areaChoices(districts, t('appealCatalog.rules.cityWide'))}
            placeholder={t('appealCatalog.rules.allAreas')}
            aria-label={t('appealCatalog.rules.fields.area')}
            data-testid="rules-filter-area"
          />
        </ListToolbar>
        {loadError && !rules.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError
              error={loadError}
              onRetry={() => {
                rules.reload();
                categories.reload();
                departments.reload();
              }}
            />
          </div>
        ) : (
          <RulesTable rules={shown} names={names} loading={rules.loading} loaded={rules.data !== undefined} filtered={filtered} onEdit={(rule) => setEditing({ rule })} onDelete={confirmDelete} />
        )}
      </Card>
      {editing && (
        <RuleDialog
          rule={'rule' in editing ? editing.rule : undefined}
          preset={'preset' in editing ? editing.preset : undefined}
          categories={categoryList}
          departments={departmentList}
          areas={districts}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            refresh();
          }}
          onStale={() => {
            setEditing(null);
            refresh();
          }}
        />
      )}
    </div>
  );
}
