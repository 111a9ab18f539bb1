// What the wizard applies for, read from an item's or a bundle's published guide: its form, the
// materials, whether it may be applied for online or on the phone, and whether 告知承诺 is allowed.
// Pure; tested in subject.test.ts.
import type { Bundle, Item } from '../../../api/catalog-public.ts';
import { mergedFormSchema } from '../../catalog/public/materials.ts';
import type { AskedMaterial } from './draft.ts';

export interface ApplySubject {
  kind: 'item' | 'bundle';
  code: string;
  name: string;
  /** Who it is for: citizens, enterprises or both (bundles: a business event is for enterprises). */
  target: 'person' | 'entity' | 'both';
  schema: Record<string, unknown>;
  uiSchema: Record<string, unknown>;
  materials: AskedMaterial[];
  commitmentAllowed: boolean;
  /** 收件 (stage 2) online: applying here is possible at all. */
  online: boolean;
  /** Offered in the phone app (掌上办). */
  mobile: boolean;
  onTheSpot: boolean;
  departmentName: string | null;
  promisedLimitDays: number;
  hallAddress: string;
  /** Items pre-fill through their own edition; a bundle through each member's (item code → edition id). */
  prefillItems: { itemCode: string; itemId: string }[];
  /** A bundle's merged fields (pre-fill mapping); empty for an item. */
  fields: Bundle['fields'];
}

const hasProperties = (schema: Record<string, unknown>) => {
  const properties = schema.properties;
  return typeof properties === 'object' && properties !== null && Object.keys(properties).length > 0;
};

export function itemSubject(item: Item): ApplySubject {
  return {
    kind: 'item',
    code: item.code,
    name: item.name,
    target: item.target,
    schema: item.form.schema,
    uiSchema: item.form.uiSchema,
    materials: item.materials.map((m) => ({ key: m.key, name: m.name, source: m.source, required: m.required, condition: m.condition, note: m.note, form: m.form })),
    commitmentAllowed: item.commitmentAllowed,
    online: item.onlineStages.includes(2),
    mobile: item.mobile,
    onTheSpot: item.onTheSpot,
    departmentName: item.implementingDepartmentName,
    promisedLimitDays: item.promisedLimitDays,
    hallAddress: item.hallAddress,
    prefillItems: [{ itemCode: item.code, itemId: item.id }],
    fields: [],
  };
}

/**
 * A bundle: one merged form and one merged list of materials. Whether every member may be applied for
 * online is the server's check (it names the member that may not); the phone channel is offered only
 * when the bundle is fully online.
 */
export function bundleSubject(bundle: Bundle): ApplySubject {
  const { schema, uiSchema } = mergedFormSchema(bundle.fields);
  return {
    kind: 'bundle',
    code: bundle.code,
    name: bundle.name,
    target: bundle.kind === 'business' ? 'entity' : 'person',
    schema,
    uiSchema,
    materials: bundle.materials.map((m) => ({ key: m.key, name: m.name, source: m.source, required: m.required, condition: m.condition, note: m.note, form: m.form, fetched: m.fetched })),
    commitmentAllowed: false,
    online: true,
    mobile: bundle.fullyOnline,
    onTheSpot: false,
    departmentName: bundle.leadDepartmentName,
    promisedLimitDays: bundle.promisedLimitDays,
    hallAddress: bundle.hallAddress,
    prefillItems: bundle.memberItems.filter((m): m is typeof m & { itemId: string } => Boolean(m.itemId)).map((m) => ({ itemCode: m.itemCode, itemId: m.itemId })),
    fields: bundle.fields,
  };
}

/** True when the subject has questions to answer (an empty form skips straight to the materials). */
export const hasForm = (subject: Pick<ApplySubject, 'schema'>) => hasProperties(subject.schema);
