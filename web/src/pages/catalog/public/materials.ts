// 申请材料 as the guides show them, and the 一件事's merged form (一表填报) as a JSON Schema for the
// form preview. Materials another department issued or the registry holds are fetched, never asked
// for (国发〔2021〕7号), so the guides mark them 无需提交 and list them last.
import type { MergedField } from '../../../api/catalog-public.ts';

export interface GuideMaterial {
  key: string;
  name: string;
  source: 'applicant' | 'department' | 'licence';
  form: 'paper' | 'electronic' | 'either';
  copies: number;
  required: boolean;
  condition: string | null;
  note: string | null;
  /** Bundles: the member items that need it. */
  usedBy?: readonly string[];
  /** Bundles say it; items derive it from the source. */
  fetched?: boolean;
}

export const isFetched = (material: Pick<GuideMaterial, 'source' | 'fetched'>) => material.fetched ?? material.source !== 'applicant';

/** Order of the list: what the applicant brings (required, then conditional), then what is fetched. */
function rank(material: GuideMaterial): number {
  if (isFetched(material)) return 2;
  return material.required ? 0 : 1;
}

/** Materials in guide order; the stored order is kept within each group. */
export function sortMaterials<M extends GuideMaterial>(materials: readonly M[]): M[] {
  return materials
    .map((material, index) => ({ material, index }))
    .sort((a, b) => rank(a.material) - rank(b.material) || a.index - b.index)
    .map(({ material }) => material);
}

export interface MaterialCounts {
  /** Required materials the applicant provides. */
  required: number;
  /** Needed only in some cases. */
  conditional: number;
  /** Fetched by the department: nothing to hand in. */
  fetched: number;
}

export function materialCounts(materials: readonly GuideMaterial[]): MaterialCounts {
  const counts: MaterialCounts = { required: 0, conditional: 0, fetched: 0 };
  for (const material of materials) {
    if (isFetched(material)) counts.fetched += 1;
    else if (material.required) counts.required += 1;
    else counts.conditional += 1;
  }
  return counts;
}

/** Member items' names for a merged material's `usedBy` codes (unknown codes stay as codes). */
export function usedByNames(codes: readonly string[] | undefined, members: readonly { itemCode: string; name: string | null }[]): string[] {
  const names = new Map(members.map((member) => [member.itemCode, member.name ?? member.itemCode]));
  return (codes ?? []).map((code) => names.get(code) ?? code);
}

/** The merged form as JSON Schema + rjsf UI hints, in the order the fields are defined. */
export function mergedFormSchema(fields: readonly MergedField[]): { schema: Record<string, unknown>; uiSchema: Record<string, unknown> } {
  const properties: Record<string, Record<string, unknown>> = {};
  const uiSchema: Record<string, unknown> = {};
  const required: string[] = [];
  for (const field of fields) {
    const base: Record<string, unknown> = { title: field.label };
    if (field.description) base.description = field.description;
    const ui: Record<string, unknown> = {};
    switch (field.type) {
      case 'text':
        Object.assign(base, { type: 'string' });
        ui['ui:widget'] = 'textarea';
        break;
      case 'number':
      case 'integer':
      case 'boolean':
        Object.assign(base, { type: field.type });
        break;
      case 'date':
        Object.assign(base, { type: 'string', format: 'date' });
        break;
      case 'enum':
        Object.assign(base, { type: 'string', enum: field.options.length > 0 ? [...field.options] : undefined });
        break;
      default:
        Object.assign(base, { type: 'string' });
    }
    if (base.enum === undefined) delete base.enum;
    properties[field.key] = base;
    if (Object.keys(ui).length > 0) uiSchema[field.key] = ui;
    if (field.required) required.push(field.key);
  }
  uiSchema['ui:order'] = [...fields.map((field) => field.key), '*'];
  return { schema: { type: 'object', properties, required }, uiSchema };
}
