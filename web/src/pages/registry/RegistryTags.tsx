import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../api/registry.ts';
import {
  entityStatusColors,
  entityStatusLabel,
  entityTagLabel,
  licenceStatusColors,
  tagColors,
  type EntityStatus,
  type EntityTag,
  type LicenceStatus,
} from './labels.ts';

const flat = { marginInlineEnd: 0 };

export function EntityStatusTag({ status }: { status: EntityStatus }) {
  return (
    <Tag color={entityStatusColors[status]} style={flat} data-testid="entity-status">
      {entityStatusLabel(status)}
    </Tag>
  );
}

export function EntityTagList({ entity }: { entity: Pick<Entity, 'tags' | 'usccOverride'> }) {
  const { t } = useTranslation();
  if (entity.tags.length === 0 && !entity.usccOverride) return null;
  return (
    <span className="ys-tags">
      {entity.tags.map((tag: EntityTag) => (
        <Tag key={tag} color={tagColors[tag]} style={flat}>
          {entityTagLabel(tag)}
        </Tag>
      ))}
      {entity.usccOverride && (
        <Tag color="warning" style={flat} title={t('registry.entity.overrideHint')}>
          {t('registry.entity.override')}
        </Tag>
      )}
    </span>
  );
}

export function LicenceStatusTag({ status }: { status: LicenceStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={licenceStatusColors[status]} style={flat} data-testid="licence-status">
      {t(`registry.licence.status.${status}`)}
    </Tag>
  );
}

export function AllowedTag({ allowed }: { allowed: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag color={allowed ? 'green' : 'red'} style={flat}>
      {allowed ? t('registry.sharing.allowed') : t('registry.sharing.refused')}
    </Tag>
  );
}
