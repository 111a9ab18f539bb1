import { useEffect, useMemo, useRef, useState } from 'react';
import type { MemberForm } from '../../../../../../common/catalog/bundle-rules.ts';
import { formFields } from '../../../../../../common/catalog/form-fields.ts';
import { isApiError } from '../../../../api/client.ts';
import { getPublishedItem, type Item } from '../../../../api/catalog-admin.ts';

export type MemberItem =
  | { status: 'loading' }
  | { status: 'ok'; item: Item }
  | { status: 'missing' }
  | { status: 'failed'; message: string };

/**
 * The current published edition of each member (its public guide), fetched once per code: the
 * fields its form offers to the mapping matrix, its materials for the merged list, its name.
 */
export function useMemberItems(codes: readonly string[]) {
  const [loaded, setLoaded] = useState<ReadonlyMap<string, MemberItem>>(new Map());
  // Codes asked for already: each is fetched once, whatever the members do meanwhile.
  const requested = useRef(new Set<string>());

  useEffect(() => {
    for (const code of codes) {
      if (requested.current.has(code)) continue;
      requested.current.add(code);
      getPublishedItem(code).then(
        (item) => setLoaded((previous) => new Map(previous).set(code, { status: 'ok', item })),
        (error: unknown) => {
          const entry: MemberItem =
            isApiError(error) && error.status === 404
              ? { status: 'missing' }
              : { status: 'failed', message: isApiError(error) ? error.userMessage : String(error) };
          setLoaded((previous) => new Map(previous).set(code, entry));
        },
      );
    }
  }, [codes]);

  const items = useMemo(
    () => new Map(codes.map((code) => [code, loaded.get(code) ?? ({ status: 'loading' } as MemberItem)])),
    [codes, loaded],
  );
  /** The member forms as the shared bundle check reads them; null for a member without a published edition. */
  const forms = useMemo(() => {
    const map = new Map<string, MemberForm | null>();
    for (const [code, entry] of items) {
      if (entry.status === 'ok') {
        const { item } = entry;
        map.set(code, {
          code,
          name: item.name,
          fields: formFields(item.form.schema, item.form.uiSchema),
          prefill: { ...item.form.prefill },
        });
      } else if (entry.status === 'missing') map.set(code, null);
    }
    return map;
  }, [items]);
  const settled = [...items.values()].every((entry) => entry.status !== 'loading');
  return { items, forms, settled };
}
