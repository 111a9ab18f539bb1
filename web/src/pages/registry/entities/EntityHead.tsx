import { Card, Descriptions, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../api/org.ts';
import type { Entity } from '../../../api/registry.ts';
import { districtName, entityKindLabel, formatCapital, industryLabel } from '../labels.ts';
import { EntityStatusTag, EntityTagList } from '../RegistryTags.tsx';

/** The top of an enterprise file: name, status, USCC, tags, the key registration facts, and the page's actions. */
export function EntityHead({
  entity,
  regions,
  actions,
}: {
  entity: Entity;
  regions: readonly Region[];
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card className="ys-entity-head" data-testid="entity-head">
      <Flex justify="space-between" align="flex-start" gap="middle" wrap>
        <div style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Flex gap="small" align="center" wrap>
            <Typography.Title
              level={1}
              style={{ fontSize: 22, margin: 0 }}
              className="ys-break"
              data-testid="entity-name"
            >
              {entity.name}
            </Typography.Title>
            <EntityStatusTag status={entity.status} />
          </Flex>
          <div className="ys-code ys-entity-uscc" data-testid="entity-uscc">
            {entity.uscc}
          </div>
          <EntityTagList entity={entity} />
        </div>
        {actions && (
          <Flex gap="small" wrap className="ys-entity-actions">
            {actions}
          </Flex>
        )}
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        style={{ marginTop: 16 }}
        items={[
          { key: 'kind', label: t('registry.entity.fields.kind'), children: entityKindLabel(entity.kind) },
          {
            key: 'legal',
            label: t('registry.entity.fields.legalRepresentative'),
            children: entity.legalRepresentative,
          },
          {
            key: 'capital',
            label: t('registry.entity.fields.registeredCapital'),
            children: formatCapital(entity.registeredCapitalFen),
          },
          {
            key: 'established',
            label: t('registry.entity.fields.establishedOn'),
            children: entity.establishedOn,
          },
          {
            key: 'district',
            label: t('registry.entity.fields.district'),
            children: districtName(regions, entity.districtCode),
          },
          {
            key: 'industry',
            label: t('registry.entity.fields.industry'),
            children: industryLabel(entity),
          },
          {
            key: 'address',
            label: t('registry.entity.fields.address'),
            children: <span className="ys-break">{entity.address}</span>,
            span: { xs: 1, sm: 2, lg: 3 },
          },
        ]}
      />
    </Card>
  );
}
