// How the audit log shows its codes and actors, in the table and in a record's detail alike: a readable name
// first, the raw code (auditors search by it) and any UUID small and muted beneath; an unknown code as itself,
// muted, never blank.
import { Tag, Tooltip, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../../api/org.ts';
import { actionName, actorParts, actorTypeName, entityName } from './labels.ts';

const secondaryLine: CSSProperties = { fontSize: 12, display: 'block' };
const mono: CSSProperties = { ...secondaryLine, fontFamily: 'monospace' };

/** A name with its code beneath (`codeAs`: muted text in the table, a muted code chip in the detail), or the code alone. */
function CodeName({ name, code, codeAs }: { name: string | null; code: string; codeAs: 'text' | 'chip' }) {
  if (name === null) {
    return (
      <Typography.Text type="secondary" className="ys-break" data-code={code}>
        {code}
      </Typography.Text>
    );
  }
  return (
    <span className="ys-break" data-code={code}>
      {name}
      {codeAs === 'chip' ? (
        <Typography.Text type="secondary" code style={{ ...secondaryLine, width: 'fit-content', maxWidth: '100%', marginTop: 2 }}>
          {code}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary" style={secondaryLine}>
          {code}
        </Typography.Text>
      )}
    </span>
  );
}

export function ActionText({ code, codeAs = 'text' }: { code: string; codeAs?: 'text' | 'chip' }) {
  const { t } = useTranslation();
  return <CodeName name={actionName(t, code)} code={code} codeAs={codeAs} />;
}

/** The object: its type's name (the code in a tooltip in the table, beneath it in the detail) and its id, muted. */
export function EntityText({ row, detail = false }: { row: Pick<AuditRow, 'entity' | 'entityId'>; detail?: boolean }) {
  const { t } = useTranslation();
  const name = entityName(t, row.entity);
  const id = row.entityId && (
    <Typography.Text type="secondary" className="ys-break" style={mono}>
      {row.entityId}
    </Typography.Text>
  );
  if (detail) {
    return (
      <span className="ys-break">
        <CodeName name={name} code={row.entity} codeAs="chip" />
        {id}
      </span>
    );
  }
  return (
    <span className="ys-break">
      {name === null ? (
        <Typography.Text type="secondary">{row.entity}</Typography.Text>
      ) : (
        <Tooltip title={t('audit.code', { code: row.entity })}>
          <span data-code={row.entity}>{name}</span>
        </Tooltip>
      )}
      {id}
    </span>
  );
}

/**
 * Who acted: the name (or, with none, what kind of actor it was) and the kind; the UUID small and muted beneath, in
 * the detail always, in the table when there is no name.
 */
export function ActorText({ row, detail = false }: { row: Pick<AuditRow, 'actorType' | 'actorId' | 'actorName'>; detail?: boolean }) {
  const { t } = useTranslation();
  const { name, id } = actorParts(row);
  const type = actorTypeName(t, row.actorType) ?? row.actorType;
  return (
    <span className="ys-break">
      {name ?? type}
      {name !== null &&
        (detail ? (
          <Tag style={{ marginInlineStart: 8 }}>{type}</Tag>
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
            {type}
          </Typography.Text>
        ))}
      {id && (detail || name === null) && (
        <Typography.Text type="secondary" style={mono}>
          {id}
        </Typography.Text>
      )}
    </span>
  );
}
