import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENTS, THEMES } from '../../../../../common/catalog/vocabulary.ts';
import { facetKindOf, readServiceFilters, writeServiceFilters, type ServiceFilters } from './filters.ts';

const read = (qs: string) => readServiceFilters(new URLSearchParams(qs));
const dept = '0190c8a2-7d1e-7f00-8000-000000000001';

describe('the catalogue address', () => {
  it('reads the search, one browse filter, the tab and the page', () => {
    expect(read('q=我要开饭店&event=birth&tab=bundles&page=2&online=1')).toEqual({
      q: '我要开饭店',
      departmentId: undefined,
      event: 'birth',
      theme: undefined,
      fullyOnline: true,
      tab: 'bundles',
      page: 2,
    });
  });

  it('drops what it does not know and keeps one filter: department, then event, then theme', () => {
    expect(read('department=nope&event=party&theme=tax&tab=x&page=-3')).toMatchObject({ departmentId: undefined, event: undefined, theme: 'tax', tab: 'items', page: 1 });
    expect(read(`department=${dept}&event=birth&theme=tax`)).toMatchObject({ departmentId: dept, event: undefined, theme: undefined });
    expect(read('q=%20%20')).toMatchObject({ q: undefined });
  });

  it('writes nothing for the defaults', () => {
    expect(writeServiceFilters({ tab: 'items', page: 1 }).toString()).toBe('');
  });

  it('reads back what it wrote', () => {
    const filters = fc.record({
      q: fc.option(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0), { nil: undefined }),
      which: fc.constantFrom('none', 'department', 'event', 'theme'),
      event: fc.constantFrom(...EVENTS),
      theme: fc.constantFrom(...THEMES),
      fullyOnline: fc.option(fc.constant(true), { nil: undefined }),
      tab: fc.constantFrom('items', 'bundles'),
      page: fc.integer({ min: 1, max: 10000 }),
    });
    fc.assert(
      fc.property(filters, ({ which, event, theme, ...rest }) => {
        const f: ServiceFilters = {
          ...rest,
          tab: rest.tab as ServiceFilters['tab'],
          departmentId: which === 'department' ? dept : undefined,
          event: which === 'event' ? event : undefined,
          theme: which === 'theme' ? theme : undefined,
        };
        expect(readServiceFilters(writeServiceFilters(f))).toEqual(f);
      }),
    );
  });
});

describe('browse helpers', () => {
  it('open the facet list a filter belongs to', () => {
    expect(facetKindOf({ departmentId: dept })).toBe('department');
    expect(facetKindOf({ event: 'retirement' })).toBe('life');
    expect(facetKindOf({ event: 'startup' })).toBe('business');
    expect(facetKindOf({ theme: 'tax' })).toBe('theme');
    expect(facetKindOf({})).toBeUndefined();
  });
});
