// 试一试: a category and a district, and what the seat console would propose for them — the server's own answer
// (GET /appeals/proposal, as the console asks it), with the rule it came from (the same order as the server's), so
// the editor sees the effect of the catalogue. Asked again whenever the rules are read again.
import { ExperimentOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Select, Spin, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getProposal, type Category, type DispatchRule } from '../../../api/appeals-catalog.ts';
import { isApiError } from '../../../api/client.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { CategorySelect } from '../staff/CategorySelect.tsx';
import { matchingRule, type RuleNames } from './catalogHelpers.ts';
import type { RulePreset } from './RuleDialog.tsx';
import { listMark } from '../../../i18n/punctuation.ts';

interface Props {
  rules: readonly DispatchRule[];
  categories: readonly Category[];
  districts: readonly { code: string; label: string }[];
  names: RuleNames;
  /** Changes each time the rules are read again (the proposal is asked again). */
  stamp: number;
  onAdd: (preset: RulePreset) => void;
  onEdit: (rule: DispatchRule) => void;
}

export function ProposalTry({ rules, categories, districts, names, stamp, onAdd, onEdit }: Props) {
  const { t } = useTranslation();
  const [categoryCode, setCategoryCode] = useState<string | undefined>();
  const [areaCode, setAreaCode] = useState<string | undefined>();
  return (
    <Card
      size="small"
      title={
        <span>
          <ExperimentOutlined /> {t('appealCatalog.rules.try.title')}
        </span>
      }
      style={{ marginBottom: 16 }}
      data-testid="proposal-try"
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {t('appealCatalog.rules.try.hint')}
      </Typography.Paragraph>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={8}>
          <CategorySelect categories={categories} value={categoryCode} onChange={setCategoryCode} placeholder={t('appealCatalog.rules.try.category')} aria-label={t('appealCatalog.rules.try.category')} data-testid="try-category" />
        </Col>
        <Col xs={24} md={6}>
          <Select
            value={areaCode}
            onChange={setAreaCode}
            allowClear
            showSearch
            optionFilterProp="label"
            options={districts.map((d) => ({ value: d.code, label: d.label }))}
            placeholder={t('appealCatalog.rules.try.area')}
            aria-label={t('appealCatalog.rules.try.area')}
            style={{ width: '100%' }}
            data-testid="try-area"
          />
        </Col>
        <Col xs={24} md={10}>
          {categoryCode && areaCode ? (
            <Answer key={stamp} categoryCode={categoryCode} areaCode={areaCode} rules={rules} names={names} onAdd={onAdd} onEdit={onEdit} />
          ) : (
            <span className="ys-muted">{t('appealCatalog.rules.try.pick')}</span>
          )}
        </Col>
      </Row>
    </Card>
  );
}

function Answer({ categoryCode, areaCode, rules, names, onAdd, onEdit }: { categoryCode: string; areaCode: string } & Pick<Props, 'rules' | 'names' | 'onAdd' | 'onEdit'>) {
  const { t } = useTranslation();
  const proposal = useRemote(useCallback((signal: AbortSignal) => getProposal(categoryCode, areaCode, signal), [categoryCode, areaCode]));
  if (proposal.loading) return <Spin size="small" />;
  if (proposal.error) return <Alert type="error" showIcon message={isApiError(proposal.error) ? proposal.error.userMessage : proposal.error.message} />;
  const p = proposal.data?.proposal ?? null;
  const matched = p?.source === 'rule' ? matchingRule(rules, categoryCode, areaCode) : null;
  const exact = rules.find((r) => r.categoryCode === categoryCode && r.areaCode === areaCode);
  return (
    <div className="ys-catalog-try-answer" data-testid="try-answer">
      {!p ? (
        <Alert type="warning" showIcon message={t('appealCatalog.rules.try.none')} />
      ) : (
        <>
          <div data-testid="try-lead">
            <strong className="ys-break">{names.department(p.leadDepartmentId)}</strong> <Tag color={p.source === 'rule' ? 'blue' : 'orange'}>{t(`appealCatalog.rules.try.${p.source}`)}</Tag>
          </div>
          {p.supportDepartmentIds.length > 0 && (
            <div className="ys-break" data-testid="try-support">
              {t('appealCatalog.rules.try.support', { units: p.supportDepartmentIds.map(names.department).join(listMark()) })}
            </div>
          )}
          <div className="ys-muted ys-break" data-testid="try-source">
            {matched ? t('appealCatalog.rules.try.matched', { category: names.category(matched.categoryCode), area: names.area(matched.areaCode) }) : t('appealCatalog.rules.try.noRule')}
          </div>
        </>
      )}
      <div>
        {exact ? (
          <Button size="small" type="link" style={{ paddingInline: 0 }} onClick={() => onEdit(exact)} data-testid="try-edit">
            {t('appealCatalog.rules.try.editMatched')}
          </Button>
        ) : (
          <Button size="small" type="link" style={{ paddingInline: 0 }} onClick={() => onAdd({ categoryCode, areaCode })} data-testid="try-add">
            {t('appealCatalog.rules.try.addForThis')}
          </Button>
        )}
      </div>
    </div>
  );
}
